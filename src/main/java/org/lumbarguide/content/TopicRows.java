package org.lumbarguide.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lumbarguide.content.format.SectionKind;
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
                            LocalDate reviewedOn, String reviewerRole) {
    }

    private record SectionRow(String anchor, String heading, SectionKind kind, String bodyMarkdown) {
    }

    private final JdbcClient jdbc;

    TopicRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TopicItem> load(String language, String key) {
        return jdbc.sql("select id, slug, title, summary, position, written_on, reviewed_on, reviewer_role from topic "
                        + "where topic_key = :key and language = :language")
                .param("key", key).param("language", language)
                .query(TopicRow.class).optional()
                .map(row -> new TopicItem(language, key, row.slug(), row.title(), row.summary(), row.position(),
                        sourceKeys(row.id()), row.writtenOn(), row.reviewedOn(), row.reviewerRole(),
                        sections(row.id(), key), new Origin(key, 0)));
    }

    private List<String> sourceKeys(long topicId) {
        return jdbc.sql("select s.source_key from topic_source ts join source s on s.id = ts.source_id "
                        + "where ts.topic_id = :topic order by ts.position")
                .param("topic", topicId).query(String.class).list();
    }

    private List<SectionItem> sections(long topicId, String key) {
        return jdbc.sql("select anchor, heading, kind, body_markdown from section where topic_id = :topic "
                        + "order by position")
                .param("topic", topicId).query(SectionRow.class).list().stream()
                .map(s -> new SectionItem(s.anchor(), s.heading(), s.kind(), s.bodyMarkdown(), new Origin(key, 0), 0))
                .toList();
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

    /** Whether another topic in the language already uses this web address. */
    boolean slugTaken(String language, String key, String slug) {
        return jdbc.sql("select count(*) from topic where slug = :slug and language = :language and topic_key <> :key")
                .param("slug", slug).param("language", language).param("key", key)
                .query(Long.class).single() > 0;
    }

    /** Replaces a topic's published text with the given one, in the caller's transaction. */
    void publish(TopicItem topic, LocalDate reviewed, String reviewerRole) {
        long id = jdbc.sql("select id from topic where topic_key = :key and language = :language")
                .param("key", topic.key()).param("language", topic.language()).query(Long.class).single();
        jdbc.sql("update topic set slug = :slug, title = :title, summary = :summary, position = :position, "
                        + "written_on = :written, reviewed_on = :reviewed, reviewer_role = :role, version = version + 1 "
                        + "where id = :id")
                .param("slug", topic.slug()).param("title", topic.title()).param("summary", topic.summary())
                .param("position", topic.position()).param("written", topic.written()).param("reviewed", reviewed)
                .param("role", reviewerRole).param("id", id)
                .update();
        jdbc.sql("delete from topic_source where topic_id = :id").param("id", id).update();
        int position = 0;
        for (String key : topic.sourceKeys()) {
            jdbc.sql("insert into topic_source (topic_id, source_id, position) select :id, id, :position from source "
                            + "where source_key = :key")
                    .param("id", id).param("position", position++).param("key", key)
                    .update();
        }
        jdbc.sql("delete from section where topic_id = :id").param("id", id).update();
        position = 1;
        for (SectionItem section : topic.sections()) {
            jdbc.sql("insert into section (topic_id, position, anchor, heading, body_markdown, kind) "
                            + "values (:id, :position, :anchor, :heading, :body, :kind)")
                    .param("id", id).param("position", position++).param("anchor", section.anchor())
                    .param("heading", section.heading()).param("body", section.body())
                    .param("kind", section.kind().name())
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
