package org.lumbarguide.editor;

import java.security.Principal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN only (see EditorSecurityConfig): editor accounts and the audit log. */
@Controller
class UserAdminController {

    /** The account form. The password is never put back into the page. */
    public record AccountForm(String username, String displayName, String clinicalRole, String password, List<Role> roles) {

        Set<Role> roleSet() {
            return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        }
    }

    private final Accounts accounts;
    private final AuditLog audit;

    UserAdminController(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/editor/users")
    String users(Model model) {
        model.addAttribute("users", accounts.all().stream().map(EditorViews.AccountRow::of).toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("minPassword", Accounts.MIN_PASSWORD_LENGTH);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AccountForm("", "", "", "", List.of()));
        }
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "editor/users";
    }

    @PostMapping("/editor/users")
    String create(@ModelAttribute("form") AccountForm form, Model model, Principal admin,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Accounts.NewAccount account = new Accounts.NewAccount(form.username(), form.displayName(), form.clinicalRole(),
                form.password(), form.roleSet());
        Set<Accounts.Problem> problems = accounts.check(account);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", problems.stream().map(p -> p.messageKey).toList());
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            problems.forEach(p -> fieldErrors.putIfAbsent(p.field, p.messageKey));
            model.addAttribute("fieldErrors", fieldErrors);
            model.addAttribute("form", new AccountForm(form.username(), form.displayName(), form.clinicalRole(), "",
                    form.roles()));
            return users(model);
        }
        EditorUser created = accounts.create(account);
        audit.record(admin.getName(), AuditLog.Action.USER_CREATED, created.getUsername(),
                "roles " + created.getRoles());
        redirect.addFlashAttribute("created", created.getUsername());
        return "redirect:/editor/users";
    }

    @PostMapping("/editor/users/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, Principal admin, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        String username;
        try {
            username = accounts.setEnabled(admin.getName(), id, enabled);
        } catch (Accounts.Refused refused) {
            return refused(refused, model, response);
        }
        audit.record(admin.getName(), enabled ? AuditLog.Action.USER_ENABLED : AuditLog.Action.USER_DISABLED,
                username, null);
        redirect.addFlashAttribute("changed", username);
        return "redirect:/editor/users";
    }

    @PostMapping("/editor/users/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(name = "roles", required = false) List<Role> roles,
                 Principal admin, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        String username;
        try {
            username = accounts.setRoles(admin.getName(), id, chosen);
        } catch (Accounts.Refused refused) {
            return refused(refused, model, response);
        }
        audit.record(admin.getName(), AuditLog.Action.USER_ROLES_CHANGED, username, "roles " + new java.util.TreeSet<>(chosen));
        redirect.addFlashAttribute("changed", username);
        return "redirect:/editor/users";
    }

    @GetMapping("/editor/users/{id}/password")
    String resetForm(@PathVariable long id, Model model, HttpServletResponse response) {
        Optional<EditorUser> user = accounts.byId(id);
        if (user.isEmpty()) {
            return refused(new Accounts.Refused(Accounts.Refused.Reason.UNKNOWN), model, response);
        }
        model.addAttribute("account", EditorViews.AccountRow.of(user.get()));
        model.addAttribute("minPassword", Accounts.MIN_PASSWORD_LENGTH);
        return "editor/reset-password";
    }

    @PostMapping("/editor/users/{id}/password")
    String reset(@PathVariable long id, @RequestParam(name = "password", required = false) String password,
                 Principal admin, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Accounts.Problem> problem;
        try {
            problem = accounts.resetPassword(admin.getName(), id, password);
        } catch (Accounts.Refused refused) {
            return refused(refused, model, response);
        }
        if (problem.isPresent()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("passwordError", problem.get().messageKey);
            return resetForm(id, model, response);
        }
        String username = accounts.byId(id).map(EditorUser::getUsername).orElseThrow();
        audit.record(admin.getName(), AuditLog.Action.PASSWORD_RESET, username, "temporary password, must change");
        redirect.addFlashAttribute("reset", username);
        return "redirect:/editor/users";
    }

    /** The accounts page again, with the reason at the top: 404 for an unknown account, 409 for a refused change. */
    private String refused(Accounts.Refused refused, Model model, HttpServletResponse response) {
        response.setStatus(refused.reason == Accounts.Refused.Reason.UNKNOWN ? HttpStatus.NOT_FOUND.value()
                : refused.reason == Accounts.Refused.Reason.NO_ROLE ? HttpStatus.BAD_REQUEST.value()
                : HttpStatus.CONFLICT.value());
        model.addAttribute("refusal", refused.reason.messageKey);
        return users(model);
    }

    @GetMapping("/editor/audit")
    String auditLog(Model model) {
        model.addAttribute("events", audit.latest(200).stream().map(EditorViews.AuditRow::of).toList());
        return "editor/audit";
    }
}
