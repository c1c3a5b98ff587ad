package org.lumbarguide.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lumbarguide.content.ReleaseProposals;
import org.lumbarguide.content.ReleaseProposals.Proposal;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.TopicRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Release proposals: a content release's text for something an editor had changed. An editor sees
 * the difference and accepts it (a topic or section becomes a draft, reviewed as usual; a glossary
 * word or source is applied by a reviewer) or dismisses it. The proposals table and the glossary and
 * source tables are the content module's ({@link ReleaseProposals}); who may decide, the draft it
 * becomes and the audit trail are the editor's.
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
    private final TopicRows rows;
    private final Drafts drafts;
    private final AuditLog audit;

    Proposals(ReleaseProposals content, TopicRows rows, Drafts drafts, AuditLog audit) {
        this.content = content;
        this.rows = rows;
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
     * Topic and section proposals become the topic's draft; glossary words and sources are applied (by a
     * reviewer). The proposal is claimed first, by a conditional update in this transaction: of two editors
     * deciding at once, the second waits for the first's row lock, then finds it decided and changes nothing.
     * A glossary word or source whose text breaks its table's rules is refused
     * ({@link ReleaseProposals.Unusable}) and the transaction rolls back: the proposal stays pending.
     */
    @Transactional
    void accept(long id, String editor, boolean reviewer) {
        Proposal p = find(id).orElseThrow(() -> new Drafts.Refused("editor.proposals.gone"));
        if (!p.becomesDraft() && !p.appliedByReviewer()) {
            throw new Drafts.Refused("editor.proposals.dismissOnly");
        }
        if (p.appliedByReviewer() && !reviewer) {
            throw new Drafts.Refused("editor.proposals.reviewerOnly", true);
        }
        claim(p, "ACCEPTED", editor);
        if (p.becomesDraft()) {
            TopicItem published = rows.load(p.language(), p.target().equals("TOPIC") ? p.itemKey() : p.topicKey())
                    .orElseThrow(() -> new Drafts.Refused("editor.proposals.gone"));
            String text = p.target().equals("TOPIC") ? p.proposedText() : withSection(published, p);
            drafts.startFrom(published.language(), published.key(), text, editor);
        } else {
            content.apply(p);
        }
        audit.record(editor, AuditLog.Action.PROPOSAL_ACCEPTED, p.target() + " " + p.itemKey(), p.change());
    }

    /** Dismissing sets a release's clinical text aside unread by the public: a reviewer's decision. */
    @Transactional
    void dismiss(long id, String editor, boolean reviewer) {
        if (!reviewer) {
            throw new Drafts.Refused("editor.proposals.reviewerOnlyDismiss", true);
        }
        Proposal p = find(id).orElseThrow(() -> new Drafts.Refused("editor.proposals.gone"));
        claim(p, "DISMISSED", editor);
        audit.record(editor, AuditLog.Action.PROPOSAL_DISMISSED, p.target() + " " + p.itemKey(), p.change());
    }

    /** Marks the proposal decided if, and only if, it is still pending; otherwise says who decided it. */
    private void claim(Proposal p, String status, String editor) {
        if (!content.claim(p.id(), status, editor)) {
            throw new AlreadyDecided(find(p.id()).orElse(p));
        }
    }

    /** The published topic with the proposal's section replaced, added or removed. */
    private static String withSection(TopicItem topic, Proposal p) {
        List<SectionItem> sections = new ArrayList<>();
        boolean found = false;
        for (SectionItem section : topic.sections()) {
            if (section.anchor().equals(p.itemKey())) {
                found = true;
                if (!p.change().equals("REMOVE")) {
                    sections.add(proposed(topic, p));
                }
            } else {
                sections.add(section);
            }
        }
        if (!found && !p.change().equals("REMOVE")) {
            sections.add(proposed(topic, p));
        }
        return ContentFiles.write(new TopicItem(topic.language(), topic.key(), topic.slug(), topic.title(),
                topic.summary(), topic.position(), topic.sourceKeys(), topic.written(), topic.reviewed(),
                topic.reviewerRole(), sections, topic.origin()));
    }

    private static SectionItem proposed(TopicItem topic, Proposal p) {
        String file = "---\nkey: " + topic.key() + "\nslug: " + topic.slug() + "\ntitle: t\nsummary: s\nposition: 1\n"
                + "sources: []\nreview:\n  written: 2000-01-01\n---\n\n" + p.proposedText();
        return ContentFiles.parseTopic(topic.language(), topic.key() + ".md", file).sections().get(0);
    }
}
