package org.lumbarguide.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.config.Languages;
import org.lumbarguide.content.format.SeedContent.CodeItem;
import org.lumbarguide.content.format.SeedContent.CodeKind;
import org.lumbarguide.content.format.SeedContent.Origin;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A topic's published rows as one {@link TopicItem} (the topic-file format the editor's drafts are kept in)
 * and back. Package-private: writers go through {@link ContentWrites}. Publishing leaves {@code seeded_hash}
 * alone, so the next content release sees an editor's change and turns its own text into a proposal.
 */
@Component
class TopicRows {

    private record TopicRow(long id, String slug, String title, String summary, int position, LocalDate writtenOn,
                            LocalDate reviewedOn, String reviewerRole, String translatedFrom, Timestamp textChangedAt) {
    }

    private record SectionRow(String anchor, String heading, SectionKind kind, String bodyMarkdown,
                              String translatedFrom, Timestamp textChangedAt) {

        boolean sameText(SectionItem section) {
            return heading.equals(section.heading()) && kind == section.kind() && bodyMarkdown.equals(section.body());
        }
    }

    /** A {@code topic_code} row. */
    private record CodeRow(String codeSystem, String code, String display) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    TopicRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<TopicItem> load(String language, String key) {
        return row(language, key).map(row -> {
            List<SectionRow> sections = sectionRows(row.id());
            // A translation's stamps travel with its draft, in the front matter, so an editor can renew them.
            Map<String, String> stamps = new LinkedHashMap<>();
            if (row.translatedFrom() != null) {
                stamps.put(TopicItem.TITLE, row.translatedFrom());
            }
            sections.stream().filter(s -> s.translatedFrom() != null)
                    .forEach(s -> stamps.put(s.anchor(), s.translatedFrom()));
            return new TopicItem(language, key, row.slug(), row.title(), row.summary(), row.position(),
                    sourceKeys(row.id()), row.writtenOn(), row.reviewedOn(), row.reviewerRole(),
                    sections.stream().map(s -> new SectionItem(s.anchor(), s.heading(), s.kind(), s.bodyMarkdown(),
                            new Origin(key, 0), 0)).toList(), new Origin(key, 0), stamps, codes(row.id()));
        });
    }

    /** A topic's clinical codes in its order (only the default language's row has any). */
    private List<CodeItem> codes(long topicId) {
        return jdbc.sql("select code_system, code, display from topic_code where topic_id = :topic order by position")
                .param("topic", topicId).query(CodeRow.class).list().stream()
                .map(c -> new CodeItem(CodeKind.valueOf(c.codeSystem()), c.code(), c.display())).toList();
    }

    private Optional<TopicRow> row(String language, String key) {
        return jdbc.sql("select id, slug, title, summary, position, written_on, reviewed_on, reviewer_role, "
                        + "translated_from, text_changed_at from topic where topic_key = :key and language = :language")
                .param("key", key).param("language", language)
                .query(TopicRow.class).optional();
    }

    private List<String> sourceKeys(long topicId) {
        return jdbc.sql("select s.source_key from topic_source ts join source s on s.id = ts.source_id "
                        + "where ts.topic_id = :topic order by ts.position")
                .param("topic", topicId).query(String.class).list();
    }

    private List<SectionRow> sectionRows(long topicId) {
        return jdbc.sql("select anchor, heading, kind, body_markdown, translated_from, text_changed_at from section "
                        + "where topic_id = :topic order by position")
                .param("topic", topicId).query(SectionRow.class).list();
    }

    /** The keys of a language's topics, in reading order. */
    List<String> keys(String language) {
        return jdbc.sql("select topic_key from topic where language = :language order by position")
                .param("language", language).query(String.class).list();
    }

    /** The source keys that exist, so a draft can be checked before it is saved or published. */
    List<String> sourceKeys() {
        return jdbc.sql("select source_key from source order by source_key").query(String.class).list();
    }

    /** Every source, by publisher then title: what an editor picks a topic's sources from. */
    List<ContentWrites.SourceChoice> sources() {
        return jdbc.sql("select source_key, publisher, title, published_year from source order by lower(publisher), "
                + "lower(title), source_key").query((rs, n) -> new ContentWrites.SourceChoice(rs.getString("source_key"),
                rs.getString("publisher"), rs.getString("title"), rs.getInt("published_year"))).list();
    }

    /**
     * Adds a source unless one with the key exists; a race with another insert of the same key is decided by the
     * unique key ({@code uk_source_key}), which the caller turns into "already there".
     */
    int insertSource(ContentWrites.SourceChoice source, String url) {
        return jdbc.sql("insert into source (source_key, publisher, title, published_year, url, year_kind) "
                        + "select :key, :publisher, :title, :year, :url, 'PUBLISHED' from content_version "
                        + "where not exists (select 1 from source where source_key = :key)")
                .param("key", source.key()).param("publisher", source.publisher()).param("title", source.title())
                .param("year", source.year()).param("url", url).update();
    }

    /** Whether another topic in the language already uses this web address. */
    boolean slugTaken(String language, String key, String slug) {
        return jdbc.sql("select count(*) from topic where slug = :slug and language = :language and topic_key <> :key")
                .param("slug", slug).param("language", language).param("key", key)
                .query(Long.class).single() > 0;
    }

    /**
     * Replaces a topic's published text with the given one, in the caller's transaction. A part whose text changed
     * records when ({@code text_changed_at}: translations of it are out of date since then); a translation's
     * stamps are the draft's ({@code translated-from:}).
     */
    void publish(TopicItem topic, LocalDate reviewed, String reviewerRole) {
        TopicRow before = row(topic.language(), topic.key()).orElseThrow();
        long id = before.id();
        Instant now = clock.instant();
        boolean textChanged = !before.title().equals(topic.title()) || !before.summary().equals(topic.summary());
        jdbc.sql("update topic set slug = :slug, title = :title, summary = :summary, position = :position, "
                        + "written_on = :written, reviewed_on = :reviewed, reviewer_role = :role, "
                        + "translated_from = :stamp, text_changed_at = :changedAt, version = version + 1 where id = :id")
                .param("slug", topic.slug()).param("title", topic.title()).param("summary", topic.summary())
                .param("position", topic.position()).param("written", topic.written()).param("reviewed", reviewed)
                .param("role", reviewerRole).param("stamp", topic.translatedFrom().get(TopicItem.TITLE))
                .param("changedAt", textChanged ? Timestamp.from(now) : before.textChangedAt()).param("id", id)
                .update();
        Map<String, SectionRow> previous = new LinkedHashMap<>();
        sectionRows(id).forEach(s -> previous.put(s.anchor(), s));
        jdbc.sql("delete from topic_source where topic_id = :id").param("id", id).update();
        int position = 0;
        for (String key : topic.sourceKeys()) {
            jdbc.sql("insert into topic_source (topic_id, source_id, position) select :id, id, :position from source "
                            + "where source_key = :key")
                    .param("id", id).param("position", position++).param("key", key)
                    .update();
        }
        if (topic.language().equals(Languages.defaultCode())) {
            // Codes belong to the topic: its default language's file lists them (a translation's has none to give).
            jdbc.sql("delete from topic_code where topic_id = :id").param("id", id).update();
            position = 0;
            for (CodeItem code : topic.codes()) {
                jdbc.sql("insert into topic_code (topic_id, position, code_system, code, display) "
                                + "values (:id, :position, :system, :code, :display)")
                        .param("id", id).param("position", position++).param("system", code.system().name())
                        .param("code", code.code()).param("display", code.title())
                        .update();
            }
        }
        jdbc.sql("delete from section where topic_id = :id").param("id", id).update();
        position = 1;
        for (SectionItem section : topic.sections()) {
            SectionRow was = previous.get(section.anchor());
            Timestamp changedAt = was != null && was.sameText(section) ? was.textChangedAt() : Timestamp.from(now);
            jdbc.sql("insert into section (topic_id, position, anchor, heading, body_markdown, kind, translated_from, "
                            + "text_changed_at) values (:id, :position, :anchor, :heading, :body, :kind, :stamp, :changedAt)")
                    .param("id", id).param("position", position++).param("anchor", section.anchor())
                    .param("heading", section.heading()).param("body", section.body())
                    .param("kind", section.kind().name()).param("stamp", topic.translatedFrom().get(section.anchor()))
                    .param("changedAt", changedAt)
                    .update();
        }
    }

    /** Renews a topic's review without changing its text. */
    void reconfirm(String language, String key, LocalDate reviewed, String reviewerRole) {
        jdbc.sql("update topic set reviewed_on = :reviewed, reviewer_role = :role, version = version + 1 "
                        + "where topic_key = :key and language = :language")
                .param("reviewed", reviewed).param("role", reviewerRole).param("key", key).param("language", language)
                .update();
    }

    /**
     * Holds the topic's row until the caller's transaction commits (select … for update: H2 and PostgreSQL), so
     * two changes that open a draft or add a revision take turns and the second sees what the first did.
     */
    void lock(String language, String key) {
        jdbc.sql("select id from topic where topic_key = :key and language = :language for update")
                .param("key", key).param("language", language).query(Long.class).list();
    }
}
