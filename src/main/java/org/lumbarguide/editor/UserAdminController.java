package org.lumbarguide.editor;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.lumbarguide.editor.EditorRights.AdministratorsOnly;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editor accounts and the audit log: an administrator's, every handler ({@link EditorRights}). Refusals
 * (an unknown account, one's own, the last administrator) are answered by {@link EditorRefusals}.
 */
@Controller
@AdministratorsOnly
class UserAdminController {

    /** An account's roles, from the row's check boxes. A name that is no role is a binding error, never a 500. */
    public record RolesForm(Set<Role> roles) {
    }

    /** Allowing or stopping an account (the row's hidden field). */
    public record EnabledForm(@NotNull Boolean enabled) {
    }

    /** An administrator's temporary password for an account. */
    public record ResetForm(String password) {
    }

    private final Accounts accounts;
    private final AuditLog audit;
    private final UsersPage page;

    UserAdminController(Accounts accounts, AuditLog audit, UsersPage page) {
        this.accounts = accounts;
        this.audit = audit;
        this.page = page;
    }

    // Each form binds only its own fields, and a role or flag that does not convert is a binding error on the
    // form (shown as such, the value never logged), not Spring's conversion exception.

    @InitBinder("accountForm")
    void accountForm(WebDataBinder binder) {
        binder.setAllowedFields("username", "displayName", "clinicalRole", "clinicalRoleEs", "password", "roles");
    }

    @InitBinder("rolesForm")
    void rolesForm(WebDataBinder binder) {
        binder.setAllowedFields("roles");
    }

    @InitBinder("enabledForm")
    void enabledForm(WebDataBinder binder) {
        binder.setAllowedFields("enabled");
    }

    @InitBinder("clinicalRoles")
    void clinicalRoles(WebDataBinder binder) {
        binder.setAllowedFields("clinicalRole", "clinicalRoleEs");
    }

    @InitBinder("resetForm")
    void resetForm(WebDataBinder binder) {
        binder.setAllowedFields("password");
    }

    @GetMapping("/editor/users")
    String users(Model model) {
        return page.show(model);
    }

    @PostMapping("/editor/users")
    String create(@Valid @ModelAttribute("accountForm") Accounts.NewAccount account, BindingResult result,
                  Principal admin, Model model, HttpServletResponse response, RedirectAttributes redirect)
            throws BindException {
        EditorRefusals.requireReadable(result);
        // The form's own rules are checked by binding; a name already taken and a weak password are the service's.
        accounts.check(account).stream().filter(problem -> !result.hasFieldErrors(problem.field))
                .forEach(problem -> result.rejectValue(problem.field, problem.messageKey,
                        new Object[] {Accounts.MIN_PASSWORD_LENGTH}, null));
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page.show(model);
        }
        EditorUser created = accounts.create(account);
        audit.record(admin.getName(), AuditLog.Action.USER_CREATED, created.getUsername(),
                "roles " + created.getRoles());
        redirect.addFlashAttribute("created", created.getUsername());
        return "redirect:/editor/users";
    }

    @PostMapping("/editor/users/{id}/enabled")
    String enable(@PathVariable long id, @Valid EnabledForm enabledForm, BindingResult result, Principal admin,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return nonsense(model, response);
        }
        boolean allowed = enabledForm.enabled();
        String username = accounts.setEnabled(admin.getName(), id, allowed);
        audit.record(admin.getName(), allowed ? AuditLog.Action.USER_ENABLED : AuditLog.Action.USER_DISABLED,
                username, null);
        redirect.addFlashAttribute("changed", username);
        return "redirect:/editor/users";
    }

    @PostMapping("/editor/users/{id}/roles")
    String roles(@PathVariable long id, RolesForm rolesForm, BindingResult result, Principal admin, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return nonsense(model, response);
        }
        String username = accounts.setRoles(admin.getName(), id, rolesForm.roles());
        audit.record(admin.getName(), AuditLog.Action.USER_ROLES_CHANGED, username, "roles " + rolesForm.roles());
        redirect.addFlashAttribute("changed", username);
        return "redirect:/editor/users";
    }

    @GetMapping("/editor/users/{id}/password")
    String resetPage(@PathVariable long id, Model model) {
        EditorUser user = accounts.byId(id).orElseThrow(() -> new Accounts.Refused(Accounts.Refused.Reason.UNKNOWN));
        model.addAttribute("account", EditorViews.AccountRow.of(user));
        model.addAttribute("minPassword", Accounts.MIN_PASSWORD_LENGTH);
        if (!model.containsAttribute("resetForm")) {
            model.addAttribute("resetForm", new ResetForm(null));
        }
        return "editor/reset-password";
    }

    @PostMapping("/editor/users/{id}/password")
    String reset(@PathVariable long id, ResetForm resetForm, BindingResult result, Principal admin, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        accounts.resetPassword(admin.getName(), id, resetForm.password()).ifPresent(problem ->
                result.rejectValue("password", problem.messageKey, new Object[] {Accounts.MIN_PASSWORD_LENGTH}, null));
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return resetPage(id, model);
        }
        String username = accounts.byId(id).map(EditorUser::getUsername).orElseThrow();
        audit.record(admin.getName(), AuditLog.Action.PASSWORD_RESET, username, "temporary password, must change");
        redirect.addFlashAttribute("reset", username);
        return "redirect:/editor/users";
    }

    /** An account's clinical roles, English and Spanish, in a form of their own (the accounts table has no room). */
    @GetMapping("/editor/users/{id}/clinical-roles")
    String clinicalRolesPage(@PathVariable long id, Model model) {
        EditorUser user = accounts.byId(id).orElseThrow(() -> new Accounts.Refused(Accounts.Refused.Reason.UNKNOWN));
        model.addAttribute("account", EditorViews.AccountRow.of(user));
        if (!model.containsAttribute("clinicalRoles")) {
            model.addAttribute("clinicalRoles", Accounts.ClinicalRoles.of(user));
        }
        return "editor/clinical-roles";
    }

    /** Saves both roles; one over its length is shown beside its box with both kept as typed (400). */
    @PostMapping("/editor/users/{id}/clinical-roles")
    String clinicalRoles(@PathVariable long id, @Valid @ModelAttribute("clinicalRoles") Accounts.ClinicalRoles roles,
                         BindingResult result, Principal admin, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return clinicalRolesPage(id, model);
        }
        String username = accounts.setClinicalRoles(admin.getName(), id, roles);
        audit.record(admin.getName(), AuditLog.Action.CLINICAL_ROLES_CHANGED, username,
                "en: " + Objects.toString(roles.clinicalRole(), "none") + "; es: "
                        + Objects.toString(roles.clinicalRoleEs(), "none"));
        redirect.addFlashAttribute("clinicalRolesSaved", username);
        return "redirect:/editor/users";
    }

    @GetMapping("/editor/audit")
    String auditLog(Model model) {
        model.addAttribute("events", audit.latest(200).stream().map(EditorViews.AuditRow::of).toList());
        return "editor/audit";
    }

    private String nonsense(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page.refused(model, "editor.users.refused.nonsense");
    }
}
