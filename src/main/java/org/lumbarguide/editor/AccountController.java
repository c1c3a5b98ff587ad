package org.lumbarguide.editor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in editor's own account: changing the password (any role). */
@Controller
class AccountController {

    /** The change-password form. No password is ever put back into the page. */
    public record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
    }

    private final Accounts accounts;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(Accounts accounts, AuditLog audit, SignInThrottle throttle) {
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
    }

    @InitBinder("passwordForm")
    void passwordForm(WebDataBinder binder) {
        binder.setAllowedFields("currentPassword", "newPassword", "confirmPassword");
    }

    @GetMapping(AccountSessionFilter.CHANGE_PASSWORD)
    String form(Authentication authentication, Model model) {
        model.addAttribute("minPassword", Accounts.MIN_PASSWORD_LENGTH);
        model.addAttribute("mustChange", accounts.byUsername(authentication.getName())
                .map(EditorUser::isMustChangePassword).orElse(false));
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm(null, null, null));
        }
        return "editor/password";
    }

    @PostMapping(AccountSessionFilter.CHANGE_PASSWORD)
    String change(PasswordForm passwordForm, BindingResult result, Authentication authentication,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String username = authentication.getName();
        String client = request.getRemoteAddr();
        // A session left open must not become a way round the sign-in throttle for guessing the password.
        if (throttle.blocked(username, client)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            result.rejectValue("currentPassword", "editor.password.error.throttled");
            return form(authentication, model);
        }
        Accounts.PasswordChanged changed;
        try {
            changed = accounts.changePassword(username, passwordForm.currentPassword(), passwordForm.newPassword(),
                    passwordForm.confirmPassword());
        } catch (Accounts.ChangeRefused refused) {
            // The password rules (PasswordRules) and the current password are checked under the account's lock,
            // in the service; each problem is reported on its field.
            if (refused.problems.contains(Accounts.ChangeProblem.CURRENT_WRONG)) {
                throttle.failed(username, client);
            }
            refused.problems.stream().filter(problem -> !result.hasFieldErrors(problem.field))
                    .forEach(problem -> result.rejectValue(problem.field, problem.messageKey,
                            new Object[] {Accounts.MIN_PASSWORD_LENGTH}, null));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(authentication, model);
        }
        keepThisSession(authentication, changed, request, response);
        audit.record(username, AuditLog.Action.PASSWORD_CHANGED, username, null);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:" + AccountSessionFilter.CHANGE_PASSWORD;
    }

    /**
     * Every session of the account ended with the change; this one goes on under a new session id and
     * with the new stamp, so the filter lets it through.
     */
    private void keepThisSession(Authentication authentication, Accounts.PasswordChanged changed,
                                 HttpServletRequest request, HttpServletResponse response) {
        EditorUser user = accounts.byUsername(authentication.getName()).orElseThrow();
        Accounts.EditorPrincipal principal = new Accounts.EditorPrincipal(user, changed.sessionStamp());
        principal.eraseCredentials();
        UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(principal,
                null, principal.getAuthorities());
        renewed.setDetails(new WebAuthenticationDetails(request));
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(renewed);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
