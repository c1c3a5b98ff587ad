package org.lumbarguide.editor;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.content.ReleaseProposals.Proposal;
import org.lumbarguide.editor.EditorRights.ReviewersOnly;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Release proposals: see the difference, then accept, apply or dismiss, each a button and a handler of its
 * own (the form's {@code decision}). Any editor accepts a topic or section proposal (it only becomes a
 * draft, reviewed as usual); applying a glossary word or a source and dismissing anything are a reviewer's
 * decisions ({@link EditorRights}). Refusals and lost races are answered by {@link EditorRefusals}.
 */
@Controller
class ProposalController {

    private static final String PROPOSAL = "/editor/proposals/{id}";

    private final Proposals proposals;
    private final ProposalPage page;

    ProposalController(Proposals proposals, ProposalPage page) {
        this.proposals = proposals;
        this.page = page;
    }

    @GetMapping("/editor/proposals")
    String list(Model model) {
        model.addAttribute("proposals", proposals.pending());
        return "editor/proposals";
    }

    @GetMapping(PROPOSAL)
    String show(@PathVariable long id, Model model, Authentication user, Locale locale) {
        return page.show(model, find(id), user, locale);
    }

    /** A topic or section proposal becomes the topic's draft. */
    @PostMapping(path = PROPOSAL, params = "decision=accept")
    String accept(@PathVariable long id, Authentication user) {
        Proposal proposal = find(id);
        proposals.accept(id, user.getName());
        return "redirect:/editor/topics/" + proposal.language() + "/" + proposal.draftTopicKey() + "?fromProposal";
    }

    /** A glossary word or source proposal is applied at once. */
    @ReviewersOnly
    @PostMapping(path = PROPOSAL, params = "decision=apply")
    String apply(@PathVariable long id, Authentication user) {
        find(id);
        proposals.apply(id, user.getName());
        return "redirect:/editor/proposals?accept";
    }

    @ReviewersOnly
    @PostMapping(path = PROPOSAL, params = "decision=dismiss")
    String dismiss(@PathVariable long id, Authentication user) {
        find(id);
        proposals.dismiss(id, user.getName());
        return "redirect:/editor/proposals?dismiss";
    }

    /** A post with no decision this page offers (a garbled or made-up request): nothing is done. */
    @PostMapping(PROPOSAL)
    String unknownDecision(@PathVariable long id, Model model, Authentication user, Locale locale,
                           HttpServletResponse response) {
        Proposal proposal = find(id);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page.problem(model, proposal, page.message("editor.refused.nonsense", locale), user, locale);
    }

    private Proposal find(long id) {
        return proposals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
