package org.lumbarguide.editor;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
        return "editor/users";
    }

    @PostMapping("/editor/users")
    String create(@ModelAttribute("form") AccountForm form, Model model, Principal admin,
                  jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
        Accounts.NewAccount account = new Accounts.NewAccount(form.username(), form.displayName(), form.clinicalRole(),
                form.password(), form.roleSet());
        Set<Accounts.Problem> problems = accounts.check(account);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", problems.stream().map(p -> p.messageKey).toList());
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
    String enable(@PathVariable long id, @RequestParam boolean enabled, Principal admin) {
        accounts.setEnabled(id, enabled);
        audit.record(admin.getName(), enabled ? AuditLog.Action.USER_ENABLED : AuditLog.Action.USER_DISABLED,
                "account " + id, null);
        return "redirect:/editor/users";
    }

    @GetMapping("/editor/audit")
    String auditLog(Model model) {
        model.addAttribute("events", audit.latest(200).stream().map(EditorViews.AuditRow::of).toList());
        return "editor/audit";
    }
}
