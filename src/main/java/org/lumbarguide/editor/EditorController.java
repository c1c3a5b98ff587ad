package org.lumbarguide.editor;

import java.security.Principal;
import java.util.List;

import org.lumbarguide.editor.EditorViews.TopicRow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class EditorController {

    private final Dashboard dashboard;
    private final Accounts accounts;

    EditorController(Dashboard dashboard, Accounts accounts) {
        this.dashboard = dashboard;
        this.accounts = accounts;
    }

    @GetMapping(EditorSecurityConfig.SIGN_IN)
    String signIn() {
        return "editor/sign-in";
    }

    @GetMapping("/editor")
    String dashboard(Model model, Principal principal) {
        List<TopicRow> topics = dashboard.topics();
        model.addAttribute("topics", topics);
        model.addAttribute("renderFailures", dashboard.renderFailures(topics));
        model.addAttribute("outOfDateTranslations", dashboard.outOfDateTranslations(topics));
        accounts.byUsername(principal.getName()).ifPresent(user -> model.addAttribute("me", user));
        return "editor/dashboard";
    }
}
