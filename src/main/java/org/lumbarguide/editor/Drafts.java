package org.lumbarguide.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lumbarguide.content.ContentVersion;
import org.lumbarguide.content.Includes;
import org.lumbarguide.content.seed.ContentFileException;
import org.lumbarguide.content.seed.ContentFiles;
import org.lumbarguide.content.seed.SeedContent.TopicItem;
import org.lumbarguide.content.seed.TopicRows;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow. An edit makes a draft; the public site keeps the published text. An author
 * submits the draft; a reviewer who wrote none of it approves and publishes it (atomically, with a new
 * revision), or sends it back with a comment. Every rule is enforced here, not only on the page.
 */
@Service
class Drafts {

    /** Someone saved the draft after this editor loaded it: both texts go back to the editor. */
    static final class Conflict extends RuntimeException {
        final String theirs;
        final String savedBy;
        final long currentVersion;

        Conflict(String theirs, String savedBy, long currentVersion) {
            super("The draft changed since it was loaded");
            this.theirs = theirs;
            this.savedBy = savedBy;
            this.currentVersion = currentVersion;
        }
    }

    /** A request the workflow does not allow (for example approving one's own draft). */
    static final class Refused extends RuntimeException {
        final String messageKey;

        Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }
    }

    /** What the edit page shows. {@code version} is null when no draft is open. */
    record Editing(TopicItem published, String text, TopicDraft.Status status, Long version, Set<String> contributors,
                   String updatedBy, String submittedBy, String returnComment) {

        boolean hasDraft() {
            return version != null;
        }
    }

    private final TopicDraftRepository drafts;
    private final TopicRevisionRepository revisions;
    private final TopicRows rows;
    private final ContentVersion contentVersion;
    private final AuditLog audit;
    private final Clock clock;
    private final Includes includes;

    Drafts(TopicDraftRepository drafts, TopicRevisionRepository revisions, TopicRows rows,
           ContentVersion contentVersion, AuditLog audit, Clock clock, Includes includes) {
        this.drafts = drafts;
        this.revisions = revisions;
        this.rows = rows;
        this.contentVersion = contentVersion;
        this.audit = audit;
        this.clock = clock;
        this.includes = includes;
    }

    @Transactional(readOnly = true)
    Optional<Editing> open(String language, String key) {
        return rows.load(language, key).map(published -> drafts.findByTopicKeyAndLanguage(key, language)
                .map(d -> new Editing(published, d.getText(), d.getStatus(), d.getVersion(), d.contributorSet(),
                        d.getUpdatedBy(), d.getSubmittedBy(), d.getReturnComment()))
                .orElseGet(() -> new Editing(published, ContentFiles.write(published), null, null, Set.of(), null,
                        null, null)));
    }

    /** Problems that stop a text being saved: the file format's, and sources that do not exist. */
    @Transactional(readOnly = true)
    List<String> problems(String language, String key, String text) {
        List<String> problems = new ArrayList<>();
        try {
            TopicItem topic = parse(language, key, text);
            if (!topic.key().equals(key)) {
                problems.add("key: " + topic.key());
            }
            List<String> known = rows.sourceKeys();
            topic.sourceKeys().stream().filter(s -> !known.contains(s)).forEach(s -> problems.add("source: " + s));
            problems.addAll(includes.problems(topic));
        } catch (ContentFileException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    @Transactional
    long save(String language, String key, String text, Long expectedVersion, String editor) {
        TopicDraft draft = drafts.findByTopicKeyAndLanguage(key, language).orElse(null);
        if (draft == null) {
            if (expectedVersion != null) {
                throw new Conflict(null, null, -1);
            }
            keepReleaseBaseline(language, key);
            draft = new TopicDraft(key, language);
        } else if (expectedVersion == null || draft.getVersion() != expectedVersion) {
            throw new Conflict(draft.getText(), draft.getUpdatedBy(), draft.getVersion());
        }
        draft.write(normalise(text), editor, clock.instant());
        try {
            TopicDraft saved = drafts.save(draft);
            audit.record(editor, AuditLog.Action.DRAFT_SAVED, target(language, key), null);
            return saved.getVersion();
        } catch (DataIntegrityViolationException e) {
            throw new Conflict(null, null, -1);
        }
    }

    @Transactional
    void submit(String language, String key, long expectedVersion, String editor) {
        TopicDraft draft = current(language, key, expectedVersion);
        draft.submit(editor);
        audit.record(editor, AuditLog.Action.DRAFT_SUBMITTED, target(language, key), null);
    }

    @Transactional
    void discard(String language, String key, long expectedVersion, String editor) {
        drafts.delete(current(language, key, expectedVersion));
        audit.record(editor, AuditLog.Action.DRAFT_DISCARDED, target(language, key), null);
    }

    @Transactional
    void sendBack(String language, String key, long expectedVersion, String reviewer, String comment) {
        TopicDraft draft = current(language, key, expectedVersion);
        requireSubmitted(draft);
        draft.sendBack(comment);
        audit.record(reviewer, AuditLog.Action.DRAFT_RETURNED, target(language, key), comment);
    }

    /** Publishes a submitted draft: the topic's rows, a new revision and the content version, in one transaction. */
    @Transactional
    void approve(String language, String key, long expectedVersion, String reviewer, String reviewerRole,
                 String comment) {
        TopicDraft draft = current(language, key, expectedVersion);
        requireSubmitted(draft);
        if (draft.contributorSet().contains(reviewer)) {
            audit.record(reviewer, AuditLog.Action.SELF_APPROVAL_REFUSED, target(language, key), null);
            throw new Refused("editor.refused.ownDraft");
        }
        if (reviewerRole == null || reviewerRole.isBlank()) {
            throw new Refused("editor.refused.noClinicalRole");
        }
        TopicItem topic = parse(language, key, draft.getText());
        LocalDate today = LocalDate.now(clock);
        rows.publish(topic, today, reviewerRole);
        String authors = String.join(",", draft.contributorSet());
        TopicItem published = rows.load(language, key).orElseThrow();
        revisions.save(new TopicRevision(key, language, nextRevision(language, key), ContentFiles.write(published),
                TopicRevision.Kind.PUBLISHED, clock.instant(), authors, reviewer, reviewerRole, blankToNull(comment)));
        drafts.delete(draft);
        contentVersion.published();
        audit.record(reviewer, AuditLog.Action.PUBLISHED, target(language, key), "authors " + authors);
    }

    /** A reviewer confirms the published text is still right: a new review date, the text unchanged. */
    @Transactional
    void reconfirm(String language, String key, String reviewer, String reviewerRole, String comment) {
        if (reviewerRole == null || reviewerRole.isBlank()) {
            throw new Refused("editor.refused.noClinicalRole");
        }
        keepReleaseBaseline(language, key);
        rows.reconfirm(language, key, LocalDate.now(clock), reviewerRole);
        TopicItem published = rows.load(language, key).orElseThrow();
        revisions.save(new TopicRevision(key, language, nextRevision(language, key), ContentFiles.write(published),
                TopicRevision.Kind.RECONFIRMED, clock.instant(), null, reviewer, reviewerRole, blankToNull(comment)));
        contentVersion.published();
        audit.record(reviewer, AuditLog.Action.RECONFIRMED, target(language, key), null);
    }

    @Transactional(readOnly = true)
    List<TopicRevision> history(String language, String key) {
        return revisions.findByTopicKeyAndLanguageOrderByNumberDesc(key, language);
    }

    @Transactional(readOnly = true)
    Optional<TopicRevision> revision(String language, String key, int number) {
        return revisions.findByTopicKeyAndLanguageAndNumber(key, language, number);
    }

    /** Makes an old version the new draft; history stays as it is. Refused while another draft is open. */
    @Transactional
    void restore(String language, String key, int number, String editor) {
        TopicRevision old = revision(language, key, number).orElseThrow(() -> new Refused("editor.refused.noRevision"));
        if (drafts.findByTopicKeyAndLanguage(key, language).isPresent()) {
            throw new Refused("editor.refused.draftOpen");
        }
        TopicDraft draft = new TopicDraft(key, language);
        draft.write(old.getText(), editor, clock.instant());
        drafts.save(draft);
        audit.record(editor, AuditLog.Action.RESTORED, target(language, key), "revision " + number);
    }

    /** Opens a draft with the given text (an accepted release proposal). Refused while another draft is open. */
    @Transactional
    void startFrom(String language, String key, String text, String editor) {
        if (drafts.findByTopicKeyAndLanguage(key, language).isPresent()) {
            throw new Refused("editor.refused.draftOpen");
        }
        keepReleaseBaseline(language, key);
        TopicDraft draft = new TopicDraft(key, language);
        draft.write(normalise(text), editor, clock.instant());
        drafts.save(draft);
        audit.record(editor, AuditLog.Action.DRAFT_SAVED, target(language, key), "from a release proposal");
    }

    private TopicDraft current(String language, String key, long expectedVersion) {
        TopicDraft draft = drafts.findByTopicKeyAndLanguage(key, language)
                .orElseThrow(() -> new Refused("editor.refused.noDraft"));
        if (draft.getVersion() != expectedVersion) {
            throw new Conflict(draft.getText(), draft.getUpdatedBy(), draft.getVersion());
        }
        return draft;
    }

    private static void requireSubmitted(TopicDraft draft) {
        if (draft.getStatus() != TopicDraft.Status.SUBMITTED) {
            throw new Refused("editor.refused.notSubmitted");
        }
    }

    /** Before the first edit, the text as the content files seeded it becomes revision 1, so diffs start there. */
    private void keepReleaseBaseline(String language, String key) {
        if (revisions.findByTopicKeyAndLanguageOrderByNumberDesc(key, language).isEmpty()) {
            TopicItem published = rows.load(language, key).orElseThrow();
            revisions.save(new TopicRevision(key, language, 1, ContentFiles.write(published), TopicRevision.Kind.RELEASE,
                    clock.instant(), null, null, null, null));
        }
    }

    private int nextRevision(String language, String key) {
        return revisions.findByTopicKeyAndLanguageOrderByNumberDesc(key, language).stream()
                .mapToInt(TopicRevision::getNumber).max().orElse(0) + 1;
    }

    static TopicItem parse(String language, String key, String text) {
        return ContentFiles.parseTopic(language, key + ".md", normalise(text));
    }

    private static String normalise(String text) {
        String unix = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        return unix.endsWith("\n") ? unix : unix + "\n";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String target(String language, String key) {
        return language + "/" + key;
    }
}
