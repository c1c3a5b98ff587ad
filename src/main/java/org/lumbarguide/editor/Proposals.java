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
                           String proposedText, java.time.Instant createdAt) {

        public boolean becomesDraft() {
            return (target.equals("SECTION") || target.equals("TOPIC")) && !(target.equals("TOPIC")
                    && change.equals("REMOVE"));
        }

        public boolean appliedByReviewer() {
            return (target.equals("GLOSSARY_TERM") || target.equals("SOURCE")) && !change.equals("REMOVE");
        }
    }

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
        return jdbc.query("select id, target, change_kind, language, topic_key, item_key, proposed_text, created_at "
                + "from content_proposal where status = 'PENDING' order by created_at, id", (rs, i) -> proposal(rs));
    }

    @Transactional(readOnly = true)
    Optional<Proposal> find(long id) {
        return jdbc.query("select id, target, change_kind, language, topic_key, item_key, proposed_text, created_at "
                + "from content_proposal where id = ? and status = 'PENDING'", (rs, i) -> proposal(rs), id)
                .stream().findFirst();
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

    /** Topic and section proposals become the topic's draft; glossary words and sources are applied. */
    @Transactional
    void accept(long id, String editor, boolean reviewer) {
        Proposal p = find(id).orElseThrow(() -> new Drafts.Refused("editor.proposals.gone"));
        if (p.becomesDraft()) {
            TopicItem published = rows.load(p.language(), p.target().equals("TOPIC") ? p.itemKey() : p.topicKey())
                    .orElseThrow(() -> new Drafts.Refused("editor.proposals.gone"));
            String text = p.target().equals("TOPIC") ? p.proposedText() : withSection(published, p);
            drafts.startFrom(published.language(), published.key(), text, editor);
        } else if (p.appliedByReviewer()) {
            if (!reviewer) {
                throw new Drafts.Refused("editor.proposals.reviewerOnly");
            }
            apply(p);
        } else {
            throw new Drafts.Refused("editor.proposals.dismissOnly");
        }
        resolve(p, "ACCEPTED", editor);
    }

    @Transactional
    void dismiss(long id, String editor) {
        resolve(find(id).orElseThrow(() -> new Drafts.Refused("editor.proposals.gone")), "DISMISSED", editor);
    }

    private void resolve(Proposal p, String status, String editor) {
        jdbc.update("update content_proposal set status = ?, resolved_at = ? where id = ?", status,
                Timestamp.from(clock.instant()), p.id());
        audit.record(editor, status.equals("ACCEPTED") ? AuditLog.Action.PROPOSAL_ACCEPTED
                : AuditLog.Action.PROPOSAL_DISMISSED, p.target() + " " + p.itemKey(), p.change());
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
        Map<String, Object> fields = ContentFiles.readYaml(p.proposedText());
        if (p.target().equals("GLOSSARY_TERM")) {
            @SuppressWarnings("unchecked")
            List<Object> forms = fields.get("other-forms") instanceof List<?> list ? (List<Object>) list : List.of();
            String aliases = String.join("|", forms.stream().map(String::valueOf).toList());
            int updated = jdbc.update("update glossary_term set term = ?, aliases = ?, short_definition = ?, "
                    + "version = version + 1 where term_key = ? and language = ?", fields.get("term"), aliases,
                    fields.get("definition"), p.itemKey(), p.language());
            if (updated == 0) {
                jdbc.update("insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) "
                        + "values (?, ?, ?, ?, ?, ?)", p.itemKey(), p.language(), fields.get("term"), p.itemKey(),
                        fields.get("definition"), aliases);
            }
        } else {
            jdbc.update("update source set publisher = ?, title = ?, published_year = ?, year_kind = ?, url = ? "
                    + "where source_key = ?", fields.get("publisher"), fields.get("title"),
                    Integer.parseInt(String.valueOf(fields.get("year"))),
                    String.valueOf(fields.get("year-kind")).toUpperCase(java.util.Locale.ROOT), fields.get("url"),
                    p.itemKey());
        }
        contentVersion.published();
    }

    private static Proposal proposal(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Proposal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }
}
