package org.lumbarguide.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.content.format.ContentFileException;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow. An edit makes a draft; the public site keeps the published text. An author
 * submits the draft; a reviewer who wrote none of it approves and publishes it (atomically, with a new
 * revision), or sends it back with a comment. Every rule of the workflow is enforced here, not only on the
 * page, and above all the two-person rule: a reviewer never approves a draft they contributed to. Which role
 * may ask for what is method security's ({@link EditorRights}, on the controllers); this class takes the
 * editor's name and answers with the state of the draft.
 */
@Service
class Drafts {

    /**
     * Someone saved the draft after this editor loaded it. The caller reads the draft afresh, after this
     * transaction, for the page that shows both texts.
     */
    static final class Conflict extends RuntimeException {
        Conflict() {
            super("The draft changed since it was loaded");
        }
    }

    /** A request the workflow does not allow (for example approving one's own draft). */
    static final class Refused extends RuntimeException {
        final String messageKey;
        /** This editor may never do it (403: approving their own draft), as opposed to the draft's state not allowing it now (409). */
        final boolean forbidden;

        Refused(String messageKey) {
            this(messageKey, false);
        }

        Refused(String messageKey, boolean forbidden) {
            super(messageKey);
            this.messageKey = messageKey;
            this.forbidden = forbidden;
        }
    }

    /** A draft the database would refuse (a draft saved before today's checks, or a slug taken since). */
    static final class Invalid extends RuntimeException {
        final List<MessageSourceResolvable> problems;

        Invalid(List<MessageSourceResolvable> problems) {
            super("The draft breaks the topic's rules");
            this.problems = problems;
        }
    }

    /** What the edit page shows. {@code version} is null when no draft is open. */
    record Editing(TopicItem published, String text, TopicDraft.Status status, Long version, Set<String> contributors,
                   String updatedBy, String submittedBy, String returnComment, String submitNote) {

        Editing(TopicItem published, String text, TopicDraft.Status status, Long version, Set<String> contributors,
                String updatedBy, String submittedBy, String returnComment) {
            this(published, text, status, version, contributors, updatedBy, submittedBy, returnComment, null);
        }

        boolean hasDraft() {
            return version != null;
        }
    }

    private final TopicDraftRepository drafts;
    private final TopicRevisionRepository revisions;
    private final ContentWrites content;
    private final AuditLog audit;
    private final Clock clock;

    Drafts(TopicDraftRepository drafts, TopicRevisionRepository revisions, ContentWrites content, AuditLog audit,
           Clock clock) {
        this.drafts = drafts;
        this.revisions = revisions;
        this.content = content;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Editing> open(String language, String key) {
        return content.published(language, key).map(published -> drafts.findByTopicKeyAndLanguage(key, language)
                .map(d -> new Editing(published, d.getText(), d.getStatus(), d.getVersion(), d.contributorSet(),
                        d.getUpdatedBy(), d.getSubmittedBy(), d.getReturnComment(), d.getSubmitNote()))
                .orElseGet(() -> new Editing(published, ContentFiles.write(published), null, null, Set.of(), null,
                        null, null)));
    }

    /**
     * Problems that stop a text being saved, as messages the page resolves in the editor's language: the file
     * format's, sources that do not exist, every length and uniqueness rule of the topic's tables
     * (TopicDraftChecks), and includes that cannot be filled in. The file format's and the includes' come
     * already written (their default message).
     */
    @Transactional(readOnly = true)
    List<MessageSourceResolvable> problems(String language, String key, String text) {
        List<MessageSourceResolvable> problems = new ArrayList<>();
        try {
            TopicItem topic = parse(language, key, text);
            if (!topic.key().equals(key)) {
                problems.add(TopicDraftChecks.problem("editor.problem.key", key));
            }
            List<String> known = content.sourceKeys();
            topic.sourceKeys().stream().filter(s -> !known.contains(s)).distinct()
                    .forEach(s -> problems.add(TopicDraftChecks.problem("editor.problem.source", s)));
            problems.addAll(TopicDraftChecks.check(topic, slug -> slugTaken(language, key, slug)));
            content.includeProblems(topic).forEach(problem -> problems.add(written(problem)));
        } catch (ContentFileException e) {
            problems.add(written(e.getMessage()));
        }
        return problems;
    }

    /** Every source an editor may cite, by publisher then title. */
    List<ContentWrites.SourceChoice> sources() {
        return content.sources();
    }

    /**
     * Adds a source (the structured form's "add this source") and returns its key, which the same publisher, title
     * and year always give: adding it twice, or two editors adding it at the same moment, leaves one row. Not one
     * transaction here: the loser of a race has its insert refused by the unique key, and its transaction
     * (ContentWrites') has ended by the time this finds the winner's row. The audit log records who added the row,
     * once: a source that was there already (or that another editor's insert won) is only ticked, which the draft's
     * own save records.
     */
    String addSource(String publisher, String title, int year, String url, String editor) {
        String key = sourceKey(publisher, title, year);
        try {
            if (content.addSource(new ContentWrites.SourceChoice(key, publisher.strip(), title.strip(), year),
                    url.strip())) {
                audit.record(editor, AuditLog.Action.SOURCE_ADDED, "SOURCE " + key, null);
            }
        } catch (org.springframework.dao.DataIntegrityViolationException addedMeanwhile) {
            // Another editor added the same source a moment ago: it is there, which is what this editor wanted.
        }
        return key;
    }

    /** A source's key: its publisher and title as an anchor is made from a heading, then its year. */
    static String sourceKey(String publisher, String title, int year) {
        // At most 60 characters and the year: within the column's 80.
        return TopicFormAdapter.anchorFor(publisher + " " + title) + "-" + year;
    }

    private boolean slugTaken(String language, String key, String slug) {
        return content.slugTaken(language, key, slug);
    }

    private static MessageSourceResolvable written(String message) {
        return new DefaultMessageSourceResolvable(null, null, message);
    }

    /**
     * Saves the draft. The topic's row is locked first, so two first saves of a never-edited topic take
     * turns: the second finds the first's draft and is a Conflict, instead of a second revision 1 that
     * the unique keys would refuse (the caller still shows such a refusal as a conflict).
     */
    @Transactional
    long save(String language, String key, String text, Long expectedVersion, String editor) {
        lockTopic(language, key);
        TopicDraft draft = drafts.lockByTopicKeyAndLanguage(key, language).orElse(null);
        if (draft == null) {
            if (expectedVersion != null) {
                throw new Conflict();
            }
            keepReleaseBaseline(language, key);
            draft = new TopicDraft(key, language);
        } else if (expectedVersion == null || draft.getVersion() != expectedVersion) {
            throw new Conflict();
        }
        draft.write(normalise(text), editor, clock.instant());
        // Flushed here, not at commit, so the version returned is the saved one and a failure comes before the audit.
        TopicDraft saved = drafts.saveAndFlush(draft);
        audit.record(editor, AuditLog.Action.DRAFT_SAVED, target(language, key), null);
        return saved.getVersion();
    }

    @Transactional
    void submit(String language, String key, Long expectedVersion, String editor, String note) {
        TopicDraft draft = current(language, key, expectedVersion);
        draft.submit(editor, blankToNull(note));
        audit.record(editor, AuditLog.Action.DRAFT_SUBMITTED, target(language, key), null);
    }

    @Transactional
    void discard(String language, String key, Long expectedVersion, String editor) {
        drafts.delete(current(language, key, expectedVersion));
        audit.record(editor, AuditLog.Action.DRAFT_DISCARDED, target(language, key), null);
    }

    @Transactional
    void sendBack(String language, String key, Long expectedVersion, String reviewer, String comment) {
        TopicDraft draft = current(language, key, expectedVersion);
        requireSubmitted(draft);
        draft.sendBack(comment);
        audit.record(reviewer, AuditLog.Action.DRAFT_RETURNED, target(language, key), comment);
    }

    /** Publishes a submitted draft: the topic's rows, a new revision and the content version, in one transaction. */
    @Transactional
    void approve(String language, String key, Long expectedVersion, String reviewer, String reviewerRole,
                 String comment) {
        lockTopic(language, key);
        TopicDraft draft = current(language, key, expectedVersion);
        requireSubmitted(draft);
        List<MessageSourceResolvable> problems = problems(language, key, draft.getText());
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        // The two-person rule: whoever wrote any of the draft cannot be the clinician who signs it off.
        if (draft.contributorSet().contains(reviewer)) {
            audit.record(reviewer, AuditLog.Action.SELF_APPROVAL_REFUSED, target(language, key), null);
            throw new Refused("editor.refused.ownDraft", true);
        }
        requireClinicalRole(language, reviewerRole);
        TopicItem topic = parse(language, key, draft.getText());
        LocalDate today = LocalDate.now(clock);
        content.publish(topic, today, reviewerRole);
        String authors = String.join(",", draft.contributorSet());
        TopicItem published = content.published(language, key).orElseThrow();
        revisions.save(new TopicRevision(key, language, nextRevision(language, key), ContentFiles.write(published),
                TopicRevision.Kind.PUBLISHED, clock.instant(), authors, reviewer, reviewerRole, blankToNull(comment)));
        drafts.delete(draft);
        audit.record(reviewer, AuditLog.Action.PUBLISHED, target(language, key), "authors " + authors);
    }

    /** A reviewer confirms the published text is still right: a new review date, the text unchanged. */
    @Transactional
    void reconfirm(String language, String key, String reviewer, String reviewerRole, String comment) {
        requireClinicalRole(language, reviewerRole);
        lockTopic(language, key);
        keepReleaseBaseline(language, key);
        content.reconfirm(language, key, LocalDate.now(clock), reviewerRole);
        TopicItem published = content.published(language, key).orElseThrow();
        revisions.save(new TopicRevision(key, language, nextRevision(language, key), ContentFiles.write(published),
                TopicRevision.Kind.RECONFIRMED, clock.instant(), null, reviewer, reviewerRole, blankToNull(comment)));
        audit.record(reviewer, AuditLog.Action.RECONFIRMED, target(language, key), null);
    }

    /**
     * A review shows readers the reviewer's role in the page's language; without one it is refused, never signed
     * with the other language's role.
     */
    private static void requireClinicalRole(String language, String reviewerRole) {
        String refusal = clinicalRoleRefusal(language, reviewerRole);
        if (refusal != null) {
            throw new Refused(refusal);
        }
    }

    /** The message key of the refusal for a review signed with no role in the page's language, or null. */
    static String clinicalRoleRefusal(String language, String reviewerRole) {
        if (reviewerRole != null && !reviewerRole.isBlank()) {
            return null;
        }
        return "es".equals(language) ? "editor.refused.noClinicalRoleEs" : "editor.refused.noClinicalRole";
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
    void restore(String language, String key, Integer number, String editor) {
        if (number == null) {
            throw new Refused("editor.refused.noRevision");
        }
        lockTopic(language, key);
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
        lockTopic(language, key);
        if (drafts.findByTopicKeyAndLanguage(key, language).isPresent()) {
            throw new Refused("editor.refused.draftOpen");
        }
        keepReleaseBaseline(language, key);
        TopicDraft draft = new TopicDraft(key, language);
        draft.write(normalise(text), editor, clock.instant());
        drafts.saveAndFlush(draft);
        audit.record(editor, AuditLog.Action.DRAFT_SAVED, target(language, key), "from a release proposal");
    }

    /**
     * Every change that may open a draft or add a revision holds the topic's row until commit, so two of
     * them take turns and the second sees what the first did (select … for update: H2 and PostgreSQL).
     */
    private void lockTopic(String language, String key) {
        content.lockTopic(language, key);
    }

    /**
     * The draft, its row locked until commit, so two reviews or a review and a save take turns. A request
     * that names no version was made from a page that showed no draft.
     */
    private TopicDraft current(String language, String key, Long expectedVersion) {
        TopicDraft draft = drafts.lockByTopicKeyAndLanguage(key, language)
                .filter(d -> expectedVersion != null)
                .orElseThrow(() -> new Refused("editor.refused.noDraft"));
        if (draft.getVersion() != expectedVersion) {
            throw new Conflict();
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
            TopicItem published = content.published(language, key).orElseThrow();
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
