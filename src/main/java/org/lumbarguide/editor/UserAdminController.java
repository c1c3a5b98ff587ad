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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN only (see EditorSecurityConfig): editor accounts and the audit log. */
@Controller
class UserAdminController {

    /** The account form as the page shows it again. The password is never put back into the page. */
    public record AccountForm(String username, String displayName, String clinicalRole, String password, List<Role> roles) {
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
    String create(@RequestParam(name = "username", required = false) String username,
                  @RequestParam(name = "displayName", required = false) String displayName,
                  @RequestParam(name = "clinicalRole", required = false) String clinicalRole,
                  @RequestParam(name = "password", required = false) String password,
                  @RequestParam(name = "roles", required = false) List<String> roleNames,
                  Model model, Principal admin, HttpServletResponse response, RedirectAttributes redirect) {
        // Plain parameters, not a bound record: Spring's binder turns an index beyond its collection limit
        // (roles[100000]) into an IndexOutOfBoundsException, a 500; here such a name is just not a role.
        Optional<Set<Role>> roles = roles(roleNames);
        if (roles.isEmpty()) {
            return nonsense(model, response);
        }
        Accounts.NewAccount account = new Accounts.NewAccount(username, displayName, clinicalRole, password,
                roles.get());
        Set<Accounts.Problem> problems = accounts.check(account);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", problems.stream().map(p -> p.messageKey).toList());
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            problems.forEach(p -> fieldErrors.putIfAbsent(p.field, p.messageKey));
            model.addAttribute("fieldErrors", fieldErrors);
            model.addAttribute("form", new AccountForm(username, displayName, clinicalRole, "",
                    List.copyOf(roles.get())));
            return users(model);
        }
        EditorUser created = accounts.create(account);
        audit.record(admin.getName(), AuditLog.Action.USER_CREATED, created.getUsername(),
                "roles " + created.getRoles());
        redirect.addFlashAttribute("created", created.getUsername());
        return "redirect:/editor/users";
    }

    // Ids, flags and roles arrive as text and are parsed here: a value that does not parse is a 400 on this
    // page, and Spring's own conversion error (which logs the value typed) never happens.

    @PostMapping("/editor/users/{id}/enabled")
    String enable(@PathVariable String id, @RequestParam(name = "enabled", required = false) String enabled,
                  Principal admin, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Long> account = id(id);
        if (account.isEmpty() || !("true".equals(enabled) || "false".equals(enabled))) {
            return nonsense(model, response);
        }
        boolean allowed = Boolean.parseBoolean(enabled);
        String username;
        try {
            username = accounts.setEnabled(admin.getName(), account.get(), allowed);
        } catch (Accounts.Refused refused) {
            return refused(refused, model, response);
        }
        audit.record(admin.getName(), allowed ? AuditLog.Action.USER_ENABLED : AuditLog.Action.USER_DISABLED,
                username, null);
        redirect.addFlashAttribute("changed", username);
        return "redirect:/editor/users";
    }

    /** The roles named, or empty when a name is not a role. */
    private static Optional<Set<Role>> roles(List<String> names) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            Optional<Role> known = java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
            if (known.isEmpty()) {
                return Optional.empty();
            }
            chosen.add(known.get());
        }
        return Optional.of(chosen);
    }

    @PostMapping("/editor/users/{id}/roles")
    String roles(@PathVariable String id, @RequestParam(name = "roles", required = false) List<String> roles,
                 Principal admin, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Long> account = id(id);
        Optional<Set<Role>> parsed = roles(roles);
        if (account.isEmpty() || parsed.isEmpty()) {
            return nonsense(model, response);
        }
        Set<Role> chosen = parsed.get();
        String username;
        try {
            username = accounts.setRoles(admin.getName(), account.get(), chosen);
        } catch (Accounts.Refused refused) {
            return refused(refused, model, response);
        }
        audit.record(admin.getName(), AuditLog.Action.USER_ROLES_CHANGED, username, "roles " + chosen);
        redirect.addFlashAttribute("changed", username);
        return "redirect:/editor/users";
    }

    @GetMapping("/editor/users/{id}/password")
    String resetForm(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<EditorUser> user = id(id).flatMap(accounts::byId);
        if (user.isEmpty()) {
            return refused(new Accounts.Refused(Accounts.Refused.Reason.UNKNOWN), model, response);
        }
        model.addAttribute("account", EditorViews.AccountRow.of(user.get()));
        model.addAttribute("minPassword", Accounts.MIN_PASSWORD_LENGTH);
        return "editor/reset-password";
    }

    @PostMapping("/editor/users/{id}/password")
    String reset(@PathVariable String id, @RequestParam(name = "password", required = false) String password,
                 Principal admin, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Long> account = id(id);
        if (account.isEmpty()) {
            return refused(new Accounts.Refused(Accounts.Refused.Reason.UNKNOWN), model, response);
        }
        Optional<Accounts.Problem> problem;
        try {
            problem = accounts.resetPassword(admin.getName(), account.get(), password);
        } catch (Accounts.Refused refused) {
            return refused(refused, model, response);
        }
        if (problem.isPresent()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("passwordError", problem.get().messageKey);
            return resetForm(id, model, response);
        }
        String username = accounts.byId(account.get()).map(EditorUser::getUsername).orElseThrow();
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

    private String nonsense(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("refusal", "editor.users.refused.nonsense");
        return users(model);
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @GetMapping("/editor/audit")
    String auditLog(Model model) {
        model.addAttribute("events", audit.latest(200).stream().map(EditorViews.AuditRow::of).toList());
        return "editor/audit";
    }
}
