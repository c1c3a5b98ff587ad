package org.lumbarguide.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content side of release proposals (a content release's text for something an editor had changed):
 * listing them, what they would replace and the draft they become. The one place that reads and writes
 * {@code content_proposal}, and writes {@code glossary_term} and {@code source} for a proposal; its writes
 * (claiming a proposal once, applying a glossary word or a source) are package-private and reached through
 * {@link ContentWrites}, the content module's one way in for writers. Who may decide, and the audit trail, are
 * the editor's: the caller passes who decided, which the table records.
 */
@Service
public class ReleaseProposals {

    /** What a release proposes to change (the {@code target} column). */
    public enum Target { TOPIC, SECTION, GLOSSARY_TERM, SOURCE }

    /** How (the {@code change_kind} column). */
    public enum Change { ADD, UPDATE, REMOVE }

    /**
     * Where a proposal stands (the {@code status} column, V5's check): pending until an editor accepts or dismisses
     * it, or until a later release proposes something else for the same item (superseded, by the import).
     */
    public enum Status { PENDING, ACCEPTED, DISMISSED, SUPERSEDED }

    public record Proposal(long id, Target target, Change change, String language, String topicKey, String itemKey,
                           String proposedText, Instant createdAt, Status status, String resolvedBy,
                           Instant resolvedAt) {

        public boolean pending() {
            return status == Status.PENDING;
        }

        /** A topic or section proposal becomes the topic's draft (a topic's removal cannot: it is only dismissed). */
        public boolean becomesDraft() {
            return target == Target.SECTION || target == Target.TOPIC && change != Change.REMOVE;
        }

        /** A glossary word or source is applied by a reviewer (their removal is only dismissed). */
        public boolean appliedByReviewer() {
            return (target == Target.GLOSSARY_TERM || target == Target.SOURCE) && change != Change.REMOVE;
        }

        /** The topic whose draft the proposal becomes: the topic itself, or the topic the section is in. */
        public String draftTopicKey() {
            return target == Target.TOPIC ? itemKey : topicKey;
        }
    }

    /** A published topic as the editors' dashboard lists it, with its pending proposals counted. */
    public record TopicListing(String topicKey, String language, String title, String slug, LocalDate writtenOn,
                               LocalDate reviewedOn, String reviewerRole, int pendingProposals) {
    }

    /** The release's text breaks a rule of the table it would go into; the message says which. */
    public static final class Unusable extends RuntimeException {
        public final transient MessageSourceResolvable problem;

        Unusable(String code, Object... args) {
            super("The proposal cannot be applied");
            this.problem = new DefaultMessageSourceResolvable(new String[] {code}, args);
        }
    }

    /** The columns a glossary word and a source are stored in (V1, V3): longer text would fail the insert. */
    static final int TERM = 120;
    static final int DEFINITION = 1_000;
    static final int ALIASES = 500;
    static final int PUBLISHER = 200;
    static final int SOURCE_TITLE = 400;
    static final int URL = 1_000;

    private static final String COLUMNS = "select id, target, change_kind, language, topic_key, item_key, "
            + "proposed_text, created_at, status, resolved_by, resolved_at from content_proposal ";

    private record GlossaryRow(String term, String aliases, String shortDefinition) {
    }

    private record SourceRow(String publisher, String title, int publishedYear, String yearKind, String url) {
    }

    private final JdbcClient jdbc;
    private final TopicRows rows;
    private final Clock clock;

    ReleaseProposals(JdbcClient jdbc, TopicRows rows, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.clock = clock;
    }

    /** The pending proposals, oldest first. */
    @Transactional(readOnly = true)
    public List<Proposal> pending() {
        return jdbc.sql(COLUMNS + "where status = 'PENDING' order by created_at, id").query(ReleaseProposals::proposal).list();
    }

    /** The proposal, pending or decided. */
    @Transactional(readOnly = true)
    public Optional<Proposal> find(long id) {
        return jdbc.sql(COLUMNS + "where id = :id").param("id", id).query(ReleaseProposals::proposal).optional();
    }

    /** What the item says now, in the same form as the proposal, so the two can be compared line by line. */
    @Transactional(readOnly = true)
    public String current(Proposal p) {
        return switch (p.target()) {
            case TOPIC -> rows.load(p.language(), p.itemKey()).map(ContentFiles::write).orElse("");
            case SECTION -> rows.load(p.language(), p.topicKey()).flatMap(t -> t.sections().stream()
                    .filter(s -> s.anchor().equals(p.itemKey())).findFirst()).map(SectionItem::asMarkdown).orElse("");
            case GLOSSARY_TERM -> jdbc.sql("select term, aliases, short_definition from glossary_term "
                            + "where term_key = :key and language = :language")
                    .param("key", p.itemKey()).param("language", p.language())
                    .query(GlossaryRow.class).optional().map(row -> {
                        Map<String, Object> fields = new LinkedHashMap<>();
                        fields.put("term", row.term());
                        fields.put("other-forms", row.aliases().isEmpty() ? List.of()
                                : List.of(row.aliases().split("\\|")));
                        fields.put("definition", row.shortDefinition());
                        return ContentFiles.yaml(fields);
                    }).orElse("");
            case SOURCE -> jdbc.sql("select publisher, title, published_year, year_kind, url from source "
                            + "where source_key = :key")
                    .param("key", p.itemKey())
                    .query(SourceRow.class).optional().map(row -> {
                        Map<String, Object> fields = new LinkedHashMap<>();
                        fields.put("publisher", row.publisher());
                        fields.put("title", row.title());
                        fields.put("year", row.publishedYear());
                        fields.put("year-kind", row.yearKind().toLowerCase(Locale.ROOT));
                        fields.put("url", row.url());
                        return ContentFiles.yaml(fields);
                    }).orElse("");
        };
    }

    /**
     * The topic file a topic or section proposal becomes as a draft: the release's whole topic, or the published
     * topic with the proposal's section replaced, added (at the end) or removed. Empty when the topic is gone.
     */
    @Transactional(readOnly = true)
    public Optional<String> draftText(Proposal p) {
        if (!p.becomesDraft()) {
            throw new IllegalArgumentException("Only a topic or section proposal becomes a draft");
        }
        return rows.load(p.language(), p.draftTopicKey()).map(published -> p.target() == Target.TOPIC
                ? p.proposedText() : ContentFiles.write(withSection(published, p)));
    }

    /** The published topic with the proposal's section replaced, added or removed. */
    private static TopicItem withSection(TopicItem topic, Proposal p) {
        List<SectionItem> sections = new ArrayList<>();
        boolean found = false;
        for (SectionItem section : topic.sections()) {
            if (section.anchor().equals(p.itemKey())) {
                found = true;
                if (p.change() != Change.REMOVE) {
                    sections.add(proposedSection(topic, p));
                }
            } else {
                sections.add(section);
            }
        }
        if (!found && p.change() != Change.REMOVE) {
            sections.add(proposedSection(topic, p));
        }
        return topic.withSections(sections);
    }

    /** The proposal's section (its Markdown, heading line first) read as the topic file format reads one. */
    private static SectionItem proposedSection(TopicItem topic, Proposal p) {
        String file = "---\nkey: " + topic.key() + "\nslug: " + topic.slug() + "\ntitle: t\nsummary: s\nposition: 1\n"
                + "sources: []\nreview:\n  written: 2000-01-01\n---\n\n" + p.proposedText();
        return ContentFiles.parseTopic(topic.language(), topic.key() + ".md", file).sections().get(0);
    }

    /**
     * Marks the proposal decided ({@code status} ACCEPTED or DISMISSED, by {@code decidedBy}) if, and only if,
     * it is still pending: a conditional update in the caller's transaction. Of two editors deciding at once,
     * the second waits for the first's row lock, then finds it decided and changes nothing.
     *
     * @return true if this call claimed it, false when someone had decided it first
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean claim(long id, Status status, String decidedBy) {
        if (status != Status.ACCEPTED && status != Status.DISMISSED) {
            throw new IllegalArgumentException("An editor accepts or dismisses a proposal");
        }
        return jdbc.sql("update content_proposal set status = :status, resolved_at = :at, resolved_by = :by "
                        + "where id = :id and status = 'PENDING'")
                .param("status", status.name()).param("at", Timestamp.from(clock.instant())).param("by", decidedBy)
                .param("id", id)
                .update() == 1;
    }

    /**
     * Applies an accepted glossary-word or source proposal to its table and publishes the change. Refused
     * ({@link Unusable}) when the release's text breaks a rule of that table; the caller's transaction then
     * rolls back, so the proposal stays pending.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void apply(Proposal p) {
        if (!p.appliedByReviewer()) {
            throw new IllegalArgumentException("Only a glossary word or source is applied");
        }
        Map<String, Object> fields = fields(p);
        if (p.target() == Target.GLOSSARY_TERM) {
            applyGlossaryTerm(p, fields);
        } else {
            applySource(p, fields);
        }
    }

    private void applyGlossaryTerm(Proposal p, Map<String, Object> fields) {
        String term = text(fields, "term", TERM);
        String definition = text(fields, "definition", DEFINITION);
        List<Object> forms = fields.get("other-forms") instanceof List<?> list ? List.copyOf(list) : List.of();
        String aliases = String.join("|", forms.stream().map(String::valueOf).toList());
        if (length(aliases) > ALIASES) {
            throw new Unusable("editor.proposals.problem.tooLong", "other-forms", ALIASES);
        }
        long taken = jdbc.sql("select count(*) from glossary_term where language = :language and term_key <> :key "
                        + "and (term = :term or anchor = :key)")
                .param("language", p.language()).param("key", p.itemKey()).param("term", term)
                .query(Long.class).single();
        if (taken > 0) {
            throw new Unusable("editor.proposals.problem.termTaken", term);
        }
        int updated = jdbc.sql("update glossary_term set term = :term, aliases = :aliases, "
                        + "short_definition = :definition, version = version + 1 "
                        + "where term_key = :key and language = :language")
                .param("term", term).param("aliases", aliases).param("definition", definition)
                .param("key", p.itemKey()).param("language", p.language())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) "
                            + "values (:key, :language, :term, :key, :definition, :aliases)")
                    .param("key", p.itemKey()).param("language", p.language()).param("term", term)
                    .param("definition", definition).param("aliases", aliases)
                    .update();
        }
    }

    private void applySource(Proposal p, Map<String, Object> fields) {
        String publisher = text(fields, "publisher", PUBLISHER);
        String title = text(fields, "title", SOURCE_TITLE);
        String url = text(fields, "url", URL);
        int year;
        try {
            year = Integer.parseInt(String.valueOf(fields.get("year")));
        } catch (NumberFormatException e) {
            throw new Unusable("editor.proposals.problem.year");
        }
        String yearKind = String.valueOf(fields.get("year-kind")).toUpperCase(Locale.ROOT);
        if (!yearKind.equals("PUBLISHED") && !yearKind.equals("ACCESSED")) {
            throw new Unusable("editor.proposals.problem.yearKind");
        }
        jdbc.sql("update source set publisher = :publisher, title = :title, published_year = :year, "
                        + "year_kind = :yearKind, url = :url where source_key = :key")
                .param("publisher", publisher).param("title", title).param("year", year)
                .param("yearKind", yearKind).param("url", url).param("key", p.itemKey())
                .update();
    }

    /** Every published topic in list order, with the proposals pending for it or its sections. */
    @Transactional(readOnly = true)
    public List<TopicListing> topicListings() {
        return jdbc.sql("select t.topic_key, t.language, t.title, t.slug, t.written_on, t.reviewed_on, "
                        + "t.reviewer_role, (select count(*) from content_proposal p where p.status = 'PENDING' "
                        + "and p.language = t.language and (p.topic_key = t.topic_key "
                        + "or (p.target = 'TOPIC' and p.item_key = t.topic_key))) as pending_proposals "
                        + "from topic t order by t.language, t.position")
                .query(TopicListing.class).list();
    }

    /** The release's YAML as a map; anything else is a release to fix, not a reason for a 500. */
    private static Map<String, Object> fields(Proposal p) {
        try {
            return ContentFiles.readYaml(p.proposedText() == null ? "" : p.proposedText());
        } catch (RuntimeException e) {
            // SnakeYAML's YAMLException, or not a map: the text is not what the release tool writes.
            throw new Unusable("editor.proposals.problem.yaml");
        }
    }

    private static String text(Map<String, Object> fields, String name, int limit) {
        Object value = fields.get(name);
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?> || String.valueOf(value).isBlank()) {
            throw new Unusable("editor.proposals.problem.missing", name);
        }
        String text = String.valueOf(value).strip();
        if (length(text) > limit) {
            throw new Unusable("editor.proposals.problem.tooLong", name, limit);
        }
        return text;
    }

    private static Proposal proposal(ResultSet rs, int row) throws SQLException {
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        return new Proposal(rs.getLong("id"), Target.valueOf(rs.getString("target")),
                Change.valueOf(rs.getString("change_kind")), rs.getString("language"), rs.getString("topic_key"),
                rs.getString("item_key"), rs.getString("proposed_text"), rs.getTimestamp("created_at").toInstant(),
                Status.valueOf(rs.getString("status")),
                rs.getString("resolved_by"), resolvedAt == null ? null : resolvedAt.toInstant());
    }

    /** Characters as the database counts them (a character outside the BMP is one, not two Java chars). */
    private static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }
}
