package org.lumbarguide.editor;

import org.lumbarguide.editor.EditorRights.ReviewersOrAdministrators;
import org.lumbarguide.feedback.ReaderFeedback;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Editors read readers' open comments; a reviewer or an administrator closes them when dealt with
 * (closing hides a reader's report of a possible error, so an author alone may not: {@link EditorRights}).
 */
@Controller
class FeedbackAdminController {

    private final ReaderFeedback feedback;
    private final AuditLog audit;

    FeedbackAdminController(ReaderFeedback feedback, AuditLog audit) {
        this.feedback = feedback;
        this.audit = audit;
    }

    @GetMapping("/editor/feedback")
    String comments(Model model, Authentication user) {
        model.addAttribute("comments", feedback.openComments());
        // What the page offers; closing itself is checked by EditorRights.
        model.addAttribute("canClose", Role.REVIEWER.heldBy(user) || Role.ADMIN.heldBy(user));
        return "editor/feedback";
    }

    @ReviewersOrAdministrators
    @PostMapping("/editor/feedback/{id}/close")
    String close(@PathVariable long id, Authentication user) {
        if (feedback.close(id, user.getName())) {
            audit.record(user.getName(), AuditLog.Action.FEEDBACK_CLOSED, "feedback " + id, null);
        }
        return "redirect:/editor/feedback?closed";
    }
}
