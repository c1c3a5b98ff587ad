package org.lumbarguide.editor;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.lumbarguide.content.ReleaseProposals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Release proposals: see the difference, accept or dismiss. Any editor may accept a topic or section
 * proposal (it only becomes a draft, reviewed as usual); applying a glossary word or a source and
 * dismissing anything are a reviewer's decisions (docs/architecture.md, "Who may do what").
 */
@Controller
class ProposalController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Proposals proposals;
    private final MessageSource messages;
    private final Clock clock;

    ProposalController(Proposals proposals, MessageSource messages, Clock clock) {
        this.proposals = proposals;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/editor/proposals")
    String list(Model model) {
        model.addAttribute("proposals", proposals.pending());
        return "editor/proposals";
    }

    @GetMapping("/editor/proposals/{id}")
    String show(@PathVariable long id, Model model, Authentication user) {
        return page(proposals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), model,
                user);
    }

    @PostMapping("/editor/proposals/{id}")
    String decide(@PathVariable long id, @RequestParam String decision, Authentication user, Model model,
                  HttpServletResponse response) {
        ReleaseProposals.Proposal proposal = proposals.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            switch (decision) {
                case "accept" -> proposals.accept(id, user.getName(), isReviewer(user));
                case "dismiss" -> proposals.dismiss(id, user.getName(), isReviewer(user));
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        } catch (Proposals.AlreadyDecided decided) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(decided.proposal, model, user);
        } catch (ConcurrencyFailureException | DataIntegrityViolationException lost) {
            // Lost a row lock to, or inserted the same draft as, another editor deciding at this moment.
            response.setStatus(HttpStatus.CONFLICT.value());
            ReleaseProposals.Proposal now = proposals.find(id).orElse(proposal);
            if (now.pending()) {
                model.addAttribute("problem", message("editor.refused.draftOpen"));
            }
            return page(now, model, user);
        } catch (ReleaseProposals.Unusable unusable) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", messages.getMessage("editor.proposals.unusable",
                    new Object[] {messages.getMessage(unusable.problem, LocaleContextHolder.getLocale())},
                    LocaleContextHolder.getLocale()));
            return page(proposal, model, user);
        } catch (Drafts.Refused refused) {
            response.setStatus(refused.forbidden ? HttpStatus.FORBIDDEN.value() : HttpStatus.CONFLICT.value());
            model.addAttribute("problem", message(refused.messageKey));
            return page(proposals.find(id).orElse(proposal), model, user);
        }
        if (decision.equals("accept") && proposal.becomesDraft()) {
            String key = proposal.draftTopicKey();
            return "redirect:/editor/topics/" + proposal.language() + "/" + key + "?fromProposal";
        }
        return "redirect:/editor/proposals?" + decision;
    }

    private String page(ReleaseProposals.Proposal proposal, Model model, Authentication user) {
        boolean reviewer = isReviewer(user);
        model.addAttribute("proposal", proposal);
        model.addAttribute("lines", TopicEditorController.diff(proposals.current(proposal),
                proposal.proposedText() == null ? "" : proposal.proposedText(), "now", "release"));
        model.addAttribute("canAccept", proposal.pending()
                && (proposal.becomesDraft() || (proposal.appliedByReviewer() && reviewer)));
        model.addAttribute("canDismiss", proposal.pending() && reviewer);
        if (!proposal.pending()) {
            model.addAttribute("decided", decided(proposal));
        }
        return "editor/proposal";
    }

    /** "This proposal was already accepted by … at …", or replaced by a later release. */
    private String decided(ReleaseProposals.Proposal proposal) {
        String when = proposal.resolvedAt() == null ? "" : WHEN.format(proposal.resolvedAt().atZone(clock.getZone()));
        if (proposal.status().equals("SUPERSEDED")) {
            return message("editor.proposals.decidedByRelease", when);
        }
        if (proposal.resolvedBy() == null) {
            // Decided before the decider was recorded (V10).
            return message("editor.proposals.alreadyDecidedEarlier", message("editor.proposals.status."
                    + proposal.status()), when);
        }
        return message("editor.proposals.alreadyDecided", message("editor.proposals.status." + proposal.status()),
                proposal.resolvedBy(), when);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    private static boolean isReviewer(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> Role.REVIEWER.authority().equals(a.getAuthority()));
    }
}
