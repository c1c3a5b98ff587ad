package org.lumbarguide.editor;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The accounts page ("editor/users"): every account, and the form for a new one (empty, or as typed with its
 * errors). Shown by UserAdminController, and by {@link EditorRefusals} with a refusal at the top.
 */
@Component
class UsersPage {

    private final Accounts accounts;

    UsersPage(Accounts accounts) {
        this.accounts = accounts;
    }

    String show(Model model) {
        model.addAttribute("users", accounts.all().stream().map(EditorViews.AccountRow::of).toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("minPassword", Accounts.MIN_PASSWORD_LENGTH);
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", new Accounts.NewAccount("", "", "", "", null, Set.of()));
        }
        return "editor/users";
    }

    /** The page with a refusal at the top (its message key). */
    String refused(Model model, String refusal) {
        model.addAttribute("refusal", refusal);
        return show(model);
    }
}
