package org.lumbarguide.editor;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.lumbarguide.content.ReleaseProposals.Proposal;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A release proposal's page ("editor/proposal"): the difference, the buttons this editor is offered, and,
 * once it is decided, who decided it and when. Shown by ProposalController, and by {@link EditorRefusals}
 * after a refusal, in the request's language.
 */
@Component
class ProposalPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final Proposals proposals;
    private final MessageSource messages;
    private final Clock clock;

    ProposalPage(Proposals proposals, MessageSource messages, Clock clock) {
        this.proposals = proposals;
        this.messages = messages;
        this.clock = clock;
    }

    String show(Model model, Proposal proposal, Authentication user, Locale locale) {
        boolean reviewer = Role.REVIEWER.heldBy(user);
        model.addAttribute("proposal", proposal);
        model.addAttribute("lines", WordDiff.lines(proposals.current(proposal),
                proposal.proposedText() == null ? "" : proposal.proposedText(), WordDiff.CONTEXT_LINES));
        // What the page offers; whether it is allowed is decided by EditorRights when it is asked.
        model.addAttribute("canAccept", proposal.pending() && proposal.becomesDraft());
        model.addAttribute("canApply", proposal.pending() && proposal.appliedByReviewer() && reviewer);
        model.addAttribute("canDismiss", proposal.pending() && reviewer);
        if (!proposal.pending()) {
            model.addAttribute("decided", decided(proposal, locale));
        }
        return "editor/proposal";
    }

    /** The page with a problem at the top: the proposal as it is now, or as it was if it has gone. */
    String problem(Model model, Proposal proposal, String problem, Authentication user, Locale locale) {
        model.addAttribute("problem", problem);
        return show(model, proposals.find(proposal.id()).orElse(proposal), user, locale);
    }

    String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    String message(MessageSourceResolvable message, Locale locale) {
        return messages.getMessage(message, locale);
    }

    /** "This proposal was already accepted by … at …", or replaced by a later release. */
    private String decided(Proposal proposal, Locale locale) {
        String when = proposal.resolvedAt() == null ? ""
                : WHEN.withLocale(locale).format(proposal.resolvedAt().atZone(clock.getZone()));
        // ReleaseProposals.Status has no SUPERSEDED (the import marks older text so): compared by name.
        if (proposal.status().name().equals("SUPERSEDED")) {
            return message("editor.proposals.decidedByRelease", locale, when);
        }
        String status = message("editor.proposals.status." + proposal.status(), locale);
        if (proposal.resolvedBy() == null) {
            // Decided before the decider was recorded (V10).
            return message("editor.proposals.alreadyDecidedEarlier", locale, status, when);
        }
        return message("editor.proposals.alreadyDecided", locale, status, proposal.resolvedBy(), when);
    }
}
