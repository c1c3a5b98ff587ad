package org.lumbarguide.editor;

import org.lumbarguide.feedback.ReaderFeedback;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Editors read readers' open comments and close them when dealt with. */
@Controller
class FeedbackAdminController {

    private final ReaderFeedback feedback;
    private final AuditLog audit;

    FeedbackAdminController(ReaderFeedback feedback, AuditLog audit) {
        this.feedback = feedback;
        this.audit = audit;
    }

    @GetMapping("/editor/feedback")
    String comments(Model model) {
        model.addAttribute("comments", feedback.openComments());
        return "editor/feedback";
    }

    @PostMapping("/editor/feedback/{id}/close")
    String close(@PathVariable long id, Authentication user) {
        if (feedback.close(id, user.getName())) {
            audit.record(user.getName(), AuditLog.Action.FEEDBACK_CLOSED, "feedback " + id, null);
        }
        return "redirect:/editor/feedback?closed";
    }
}
