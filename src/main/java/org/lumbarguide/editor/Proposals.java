package org.lumbarguide.editor;

import java.util.List;
import java.util.Optional;

import org.lumbarguide.content.ReleaseProposals;
import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.content.ReleaseProposals.Proposal;
import org.lumbarguide.content.ReleaseProposals.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Release proposals: a content release's text for something an editor had changed. An editor sees
 * the difference and accepts it (a topic or section becomes a draft, reviewed as usual), applies it (a
 * glossary word or source) or dismisses it. The proposals table and the glossary and source tables are the
 * content module's ({@link ReleaseProposals}); the draft it becomes and the audit trail are the editor's, and
 * who may decide is method security's ({@link EditorRights}, on ProposalController).
 */
@Service
class Proposals {

    /** Someone decided the proposal first: who, when and how, for the 409 page. */
    static final class AlreadyDecided extends RuntimeException {
        final Proposal proposal;

        AlreadyDecided(Proposal proposal) {
            super("The proposal was already decided");
            this.proposal = proposal;
        }
    }

    private final ReleaseProposals content;
    private final ContentWrites writes;
    private final Drafts drafts;
    private final AuditLog audit;

    Proposals(ReleaseProposals content, ContentWrites writes, Drafts drafts, AuditLog audit) {
        this.content = content;
        this.writes = writes;
        this.drafts = drafts;
        this.audit = audit;
    }

    List<Proposal> pending() {
        return content.pending();
    }

    /** The proposal, pending or decided. */
    Optional<Proposal> find(long id) {
        return content.find(id);
    }

    /** What the item says now, in the same form as the proposal, so the two can be compared line by line. */
    String current(Proposal p) {
        return content.current(p);
    }

    /**
     * A topic or section proposal becomes the topic's draft (reviewed as usual), whoever accepts it. The
     * proposal is claimed first, by a conditional update in this transaction: of two editors deciding at once,
     * the second waits for the first's row lock, then finds it decided and changes nothing.
     */
    @Transactional
    void accept(long id, String editor) {
        Proposal p = find(id).orElseThrow(() -> new Drafts.Refused("editor.proposals.gone"));
        if (!p.becomesDraft()) {
            throw new Drafts.Refused(p.appliedByReviewer() ? "editor.proposals.notADraft" : "editor.proposals.dismissOnly");
        }
        claim(p, Status.ACCEPTED, editor);
        String text = content.draftText(p).orElseThrow(() -> new Drafts.Refused("editor.proposals.gone"));
        drafts.startFrom(p.language(), p.draftTopicKey(), text, editor);
        audited(AuditLog.Action.PROPOSAL_ACCEPTED, p, editor);
    }

    /**
     * A glossary word or source proposal is applied at once (a reviewer's decision: EditorRights). A text that
     * breaks its table's rules is refused ({@link ReleaseProposals.Unusable}) and the transaction rolls back:
     * the proposal stays pending.
     */
    @Transactional
    void apply(long id, String editor) {
        Proposal p = find(id).orElseThrow(() -> new Drafts.Refused("editor.proposals.gone"));
        if (!p.appliedByReviewer()) {
            throw new Drafts.Refused(p.becomesDraft() ? "editor.proposals.notApplied" : "editor.proposals.dismissOnly");
        }
        claim(p, Status.ACCEPTED, editor);
        writes.apply(p);
        audited(AuditLog.Action.PROPOSAL_ACCEPTED, p, editor);
    }

    /** Dismissing sets a release's clinical text aside unread by the public (a reviewer's decision: EditorRights). */
    @Transactional
    void dismiss(long id, String editor) {
        Proposal p = find(id).orElseThrow(() -> new Drafts.Refused("editor.proposals.gone"));
        claim(p, Status.DISMISSED, editor);
        audited(AuditLog.Action.PROPOSAL_DISMISSED, p, editor);
    }

    private void audited(AuditLog.Action action, Proposal p, String editor) {
        audit.record(editor, action, p.target() + " " + p.itemKey(), p.change().name());
    }

    /** Marks the proposal decided if, and only if, it is still pending; otherwise says who decided it. */
    private void claim(Proposal p, Status decision, String editor) {
        if (!writes.decide(p.id(), decision, editor)) {
            throw new AlreadyDecided(find(p.id()).orElse(p));
        }
    }
}
