package org.lumbarguide.editor;

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

/** Release proposals: see the difference, accept or dismiss. */
@Controller
class ProposalController {

    private final Proposals proposals;

    ProposalController(Proposals proposals) {
        this.proposals = proposals;
    }

    @GetMapping("/editor/proposals")
    String list(Model model) {
        model.addAttribute("proposals", proposals.pending());
        return "editor/proposals";
    }

    @GetMapping("/editor/proposals/{id}")
    String show(@PathVariable long id, Model model) {
        Proposals.Proposal proposal = proposals.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("proposal", proposal);
        model.addAttribute("lines", TopicEditorController.diff(proposals.current(proposal),
                proposal.proposedText() == null ? "" : proposal.proposedText(), "now", "release"));
        return "editor/proposal";
    }

    @PostMapping("/editor/proposals/{id}")
    String decide(@PathVariable long id, @RequestParam String decision, Authentication user, Model model,
                  HttpServletResponse response) {
        Proposals.Proposal proposal = proposals.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            switch (decision) {
                case "accept" -> proposals.accept(id, user.getName(), user.getAuthorities().stream()
                        .anyMatch(a -> Role.REVIEWER.authority().equals(a.getAuthority())));
                case "dismiss" -> proposals.dismiss(id, user.getName());
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        } catch (Drafts.Refused refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refused", refused.messageKey);
            return show(id, model);
        }
        if (decision.equals("accept") && proposal.becomesDraft()) {
            String key = proposal.target().equals("TOPIC") ? proposal.itemKey() : proposal.topicKey();
            return "redirect:/editor/topics/" + proposal.language() + "/" + key + "?fromProposal";
        }
        return "redirect:/editor/proposals?" + decision;
    }
}
