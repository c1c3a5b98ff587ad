package org.lumbarguide.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lumbarguide.content.ReleaseProposals.Proposal;
import org.lumbarguide.content.ReleaseProposals.Status;
import org.lumbarguide.content.catalog.ContentVersion;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content module's one way in for writers: every change to published content (publish a topic, re-confirm
 * its review, accept or dismiss a release proposal, apply a glossary word or source) goes through here, and so
 * does what a writer reads to check a draft first. Each write records a new content version in the same
 * transaction, so every instance rebuilds its pages once it commits (see {@link ContentVersion}). The editor
 * holds no SQL on content tables; who may write, the drafts and the audit trail are the editor's.
 */
@Service
public class ContentWrites {

    private final TopicRows rows;
    private final Includes includes;
    private final ReleaseProposals proposals;
    private final ContentVersion version;

    ContentWrites(TopicRows rows, Includes includes, ReleaseProposals proposals, ContentVersion version) {
        this.rows = rows;
        this.includes = includes;
        this.proposals = proposals;
        this.version = version;
    }

    /** A topic's published text, in the topic-file format drafts are kept in. */
    @Transactional(readOnly = true)
    public Optional<TopicItem> published(String language, String key) {
        return rows.load(language, key);
    }

    /** The keys of a language's topics, in reading order. */
    @Transactional(readOnly = true)
    public List<String> topicKeys(String language) {
        return rows.keys(language);
    }

    /** The source keys that exist, so a draft citing another is refused before it is saved. */
    @Transactional(readOnly = true)
    public List<String> sourceKeys() {
        return rows.sourceKeys();
    }

    /** A source as an editor picks it: its key (what a topic file lists), publisher, title and year. */
    public record SourceChoice(String key, String publisher, String title, int year) {
    }

    /** Every source, by publisher then title. */
    @Transactional(readOnly = true)
    public List<SourceChoice> sources() {
        return rows.sources();
    }

    /**
     * Adds a source editors can cite (listed on a page once a published topic cites it). When one with the key
     * exists already nothing changes. Two editors adding it at the same moment: the unique key refuses the second
     * insert, which reaches the caller as a {@link org.springframework.dao.DataIntegrityViolationException} after
     * this transaction rolled back; the source is there either way.
     *
     * @return whether this call added it
     */
    @Transactional
    public boolean addSource(SourceChoice source, String url) {
        boolean added = rows.insertSource(source, url) > 0;
        if (added) {
            version.published();
        }
        return added;
    }

    /** Whether another topic in the language already uses this web address. */
    @Transactional(readOnly = true)
    public boolean slugTaken(String language, String key, String slug) {
        return rows.slugTaken(language, key, slug);
    }

    /**
     * Why the draft's includes cannot be expanded over the published shared blocks (or, for the shared topic,
     * why some published page could not include it), one line each in the request's language; empty when fine.
     */
    @Transactional(readOnly = true)
    public List<String> includeProblems(TopicItem draft) {
        return includes.problems(draft);
    }

    /**
     * Holds the topic's row until the caller's transaction commits (select … for update: H2 and PostgreSQL), so
     * two changes that open a draft or add a revision take turns and the second sees what the first did.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockTopic(String language, String key) {
        rows.lock(language, key);
    }

    /** Replaces a topic's published text with the draft's, reviewed today by a clinician in the given role. */
    @Transactional
    public void publish(TopicItem topic, LocalDate reviewed, String reviewerRole) {
        rows.publish(topic, reviewed, reviewerRole);
        version.published();
    }

    /** Renews a topic's review (a clinician confirms the text is still right) without changing its text. */
    @Transactional
    public void reconfirm(String language, String key, LocalDate reviewed, String reviewerRole) {
        rows.reconfirm(language, key, reviewed, reviewerRole);
        version.published();
    }

    /**
     * Marks the proposal accepted or dismissed by {@code decidedBy} if, and only if, it is still pending: a
     * conditional update in the caller's transaction. Of two editors deciding at once, the second waits for the
     * first's row lock, then finds it decided and changes nothing.
     *
     * @return true if this call decided it, false when someone had decided it first
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean decide(long proposalId, Status decision, String decidedBy) {
        return proposals.claim(proposalId, decision, decidedBy);
    }

    /**
     * Applies an accepted glossary-word or source proposal and publishes it. Refused ({@link
     * ReleaseProposals.Unusable}) when the release's text breaks a rule of its table; the caller's transaction
     * then rolls back, so the proposal stays pending.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(Proposal proposal) {
        proposals.apply(proposal);
        version.published();
    }
}
