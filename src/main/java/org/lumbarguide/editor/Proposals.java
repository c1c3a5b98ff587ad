package org.lumbarguide.editor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lumbarguide.content.ContentVersion;
import org.lumbarguide.content.seed.ContentFiles;
import org.lumbarguide.content.seed.SeedContent.SectionItem;
import org.lumbarguide.content.seed.SeedContent.TopicItem;
import org.lumbarguide.content.seed.TopicRows;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Release proposals: a content release's text for something an editor had changed. An editor sees
 * the difference and accepts it (a topic or section becomes a draft, reviewed as usual; a glossary
 * word or source is applied by a reviewer) or dismisses it.
 */
@Service
class Proposals {

    public record Proposal(long id, String target, String change, String language, String topicKey, String itemKey,
                           String proposedText, java.time.Instant createdAt, String status, String resolvedBy,
                           java.time.Instant resolvedAt) {

        public boolean pending() {
            return status.equals("PENDING");
        }

        public boolean becomesDraft() {
            return (target.equals("SECTION") || target.equals("TOPIC")) && !(target.equals("TOPIC")
                    && change.equals("REMOVE"));
        }

        public boolean appliedByReviewer() {
            return (target.equals("GLOSSARY_TERM") || target.equals("SOURCE")) && !change.equals("REMOVE");
        }
    }

    /** Someone decided the proposal first: who, when and how, for the 409 page. */
    static final class AlreadyDecided extends RuntimeException {
        final Proposal proposal;

        AlreadyDecided(Proposal proposal) {
            super("The proposal was already decided");
            this.proposal = proposal;
        }
    }

    /** The release's text breaks a rule of the table it would go into; the message says which. */
    static final class Unusable extends RuntimeException {
        final MessageSourceResolvable problem;

        Unusable(MessageSourceResolvable problem) {
            super("The proposal cannot be applied");
            this.problem = problem;
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

    private final JdbcTemplate jdbc;
    private final TopicRows rows;
    private final Drafts drafts;
    private final AuditLog audit;
    private final ContentVersion contentVersion;
    private final Clock clock;

    Proposals(JdbcTemplate jdbc, TopicRows rows, Drafts drafts, AuditLog audit, ContentVersion contentVersion,
              Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.drafts = drafts;
        this.audit = audit;
        this.contentVersion = contentVersion;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Proposal> pending() {
        return jdbc.query(COLUMNS + "where status = 'PENDING' order by created_at, id", (rs, i) -> proposal(rs));
    }

    /** The proposal, pending or decided. */
    @Transactional(readOnly = true)
    Optional<Proposal> find(long id) {
        return jdbc.query(COLUMNS + "where id = ?", (rs, i) -> proposal(rs), id).stream().findFirst();
    }

    /** What the item says now, in the same form as the proposal, so the two can be compared line by line. */
    @Transactional(readOnly = true)
    String current(Proposal p) {
        return switch (p.target()) {
            case "TOPIC" -> rows.load(p.language(), p.itemKey()).map(ContentFiles::write).orElse("");
            case "SECTION" -> rows.load(p.language(), p.topicKey()).flatMap(t -> t.sections().stream()
                    .filter(s -> s.anchor().equals(p.itemKey())).findFirst()).map(SectionItem::asMarkdown).orElse("");
            case "GLOSSARY_TERM" -> jdbc.query("select term, aliases, short_definition from glossary_term where "
                    + "term_key = ? and language = ?", (rs, i) -> {
                        Map<String, Object> fields = new java.util.LinkedHashMap<>();
                        fields.put("term", rs.getString(1));
                        fields.put("other-forms", rs.getString(2).isEmpty() ? List.of()
                                : List.of(rs.getString(2).split("\\|")));
                        fields.put("definition", rs.getString(3));
                        return ContentFiles.yaml(fields);
                    }, p.itemKey(), p.language()).stream().findFirst().orElse("");
            default -> jdbc.query("select publisher, title, published_year, year_kind, url from source where "
                    + "source_key = ?", (rs, i) -> {
                        Map<String, Object> fields = new java.util.LinkedHashMap<>();
                        fields.put("publisher", rs.getString(1));
                        fields.put("title", rs.getString(2));
                        fields.put("year", rs.getInt(3));
                        fields.put("year-kind", rs.getString(4).toLowerCase(java.util.Locale.ROOT));
                        fields.put("url", rs.getString(5));
                        return ContentFiles.yaml(fields);
                    }, p.itemKey()).stream().findFirst().orElse("");
        };
    }

    /**
     * Topic and section proposals become the topic's draft; glossary words and sources are applied (by a
     * reviewer). The proposal is claimed first, by a conditional update in this transaction: of two editors
     * deciding at once, the second waits for the first's row lock, then finds it decided and changes nothing.
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
            apply(p);
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
        int claimed = jdbc.update("update content_proposal set status = ?, resolved_at = ?, resolved_by = ? "
                + "where id = ? and status = 'PENDING'", status, Timestamp.from(clock.instant()), editor, p.id());
        if (claimed != 1) {
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

    private void apply(Proposal p) {
        Map<String, Object> fields = fields(p);
        if (p.target().equals("GLOSSARY_TERM")) {
            String term = text(fields, "term", TERM);
            String definition = text(fields, "definition", DEFINITION);
            List<Object> forms = fields.get("other-forms") instanceof List<?> list ? List.copyOf(list) : List.of();
            String aliases = String.join("|", forms.stream().map(String::valueOf).toList());
            if (TopicDraftChecks.length(aliases) > ALIASES) {
                throw unusable("editor.proposals.problem.tooLong", "other-forms", ALIASES);
            }
            if (jdbc.queryForObject("select count(*) from glossary_term where language = ? and term_key <> ? and "
                    + "(term = ? or anchor = ?)", Integer.class, p.language(), p.itemKey(), term, p.itemKey()) > 0) {
                throw unusable("editor.proposals.problem.termTaken", term);
            }
            int updated = jdbc.update("update glossary_term set term = ?, aliases = ?, short_definition = ?, "
                    + "version = version + 1 where term_key = ? and language = ?", term, aliases, definition,
                    p.itemKey(), p.language());
            if (updated == 0) {
                jdbc.update("insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) "
                        + "values (?, ?, ?, ?, ?, ?)", p.itemKey(), p.language(), term, p.itemKey(), definition,
                        aliases);
            }
        } else {
            String publisher = text(fields, "publisher", PUBLISHER);
            String title = text(fields, "title", SOURCE_TITLE);
            String url = text(fields, "url", URL);
            int year;
            try {
                year = Integer.parseInt(String.valueOf(fields.get("year")));
            } catch (NumberFormatException e) {
                throw unusable("editor.proposals.problem.year");
            }
            String yearKind = String.valueOf(fields.get("year-kind")).toUpperCase(java.util.Locale.ROOT);
            if (!yearKind.equals("PUBLISHED") && !yearKind.equals("ACCESSED")) {
                throw unusable("editor.proposals.problem.yearKind");
            }
            jdbc.update("update source set publisher = ?, title = ?, published_year = ?, year_kind = ?, url = ? "
                    + "where source_key = ?", publisher, title, year, yearKind, url, p.itemKey());
        }
        contentVersion.published();
    }

    /** The release's YAML as a map; anything else is a release to fix, not a reason for a 500. */
    private static Map<String, Object> fields(Proposal p) {
        try {
            return ContentFiles.readYaml(p.proposedText() == null ? "" : p.proposedText());
        } catch (RuntimeException e) {
            // SnakeYAML's YAMLException, or not a map: the text is not what the release tool writes.
            throw unusable("editor.proposals.problem.yaml");
        }
    }

    private static String text(Map<String, Object> fields, String name, int limit) {
        Object value = fields.get(name);
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?> || String.valueOf(value).isBlank()) {
            throw unusable("editor.proposals.problem.missing", name);
        }
        String text = String.valueOf(value).strip();
        if (TopicDraftChecks.length(text) > limit) {
            throw unusable("editor.proposals.problem.tooLong", name, limit);
        }
        return text;
    }

    private static Unusable unusable(String code, Object... args) {
        return new Unusable(TopicDraftChecks.problem(code, args));
    }

    private static Proposal proposal(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.Timestamp resolvedAt = rs.getTimestamp(11);
        return new Proposal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10),
                resolvedAt == null ? null : resolvedAt.toInstant());
    }
}
