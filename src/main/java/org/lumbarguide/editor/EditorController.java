package org.lumbarguide.editor;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.editor.EditorViews.TopicRow;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

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

    /**
     * The sign-in page again after a refused sign-in, forwarded here by the sign-in's failure handler: 401 (429 when
     * throttled), why, and the typed user name in its box. Asked for directly (no refusal forwarded), there is
     * nothing here.
     */
    @RequestMapping(EditorSecurityConfig.SIGN_IN_REFUSED)
    String signInRefused(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(EditorSecurityConfig.REFUSED) instanceof EditorSecurityConfig.Refused refused)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setStatus(refused.throttled() ? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.UNAUTHORIZED.value());
        if (!refused.throttled()) {
            // A 401 must name how to authenticate (RFC 9110, 15.5.2): with this page's form. A scheme browsers do
            // not know, so none of them opens its own password dialog.
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Form realm=\"editor\"");
        }
        model.addAttribute("signInRefused", refused.throttled() ? "throttled" : "error");
        model.addAttribute("signInName", refused.typedName());
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
