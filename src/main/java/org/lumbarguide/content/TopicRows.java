package org.lumbarguide.content;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.Origin;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A topic's rows as one {@link TopicItem} and back: how the editor reads the published text into the
 * topic-file format, and publishes an approved draft. Publishing leaves {@code seeded_hash} alone, so
 * the next content release sees an editor's change and turns its own text into a proposal.
 */
@Component
public class TopicRows {

    private final JdbcTemplate jdbc;

    public TopicRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TopicItem> load(String language, String key) {
        List<TopicItem> found = jdbc.query("select id, slug, title, summary, position, written_on, reviewed_on, "
                + "reviewer_role from topic where topic_key = ? and language = ?", (rs, i) -> {
                    long id = rs.getLong(1);
                    List<String> sources = jdbc.queryForList("select s.source_key from topic_source ts join source s "
                            + "on s.id = ts.source_id where ts.topic_id = ? order by ts.position", String.class, id);
                    List<SectionItem> sections = jdbc.query("select anchor, heading, kind, body_markdown from section "
                            + "where topic_id = ? order by position", (row, j) -> new SectionItem(row.getString(1),
                            row.getString(2), SectionKind.valueOf(row.getString(3)), row.getString(4),
                            new Origin(key, 0), 0), id);
                    return new TopicItem(language, key, rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            sources, localDate(rs.getDate(6)), localDate(rs.getDate(7)), rs.getString(8), sections,
                            new Origin(key, 0));
                }, key, language);
        return found.stream().findFirst();
    }

    /** The keys of a language's topics, in reading order. */
    public List<String> keys(String language) {
        return jdbc.queryForList("select topic_key from topic where language = ? order by position", String.class,
                language);
    }

    /** The source keys that exist, so a draft can be checked before it is saved or published. */
    public List<String> sourceKeys() {
        return jdbc.queryForList("select source_key from source order by source_key", String.class);
    }

    /** Replaces a topic's published text with the given one, in the caller's transaction. */
    public void publish(TopicItem topic, LocalDate reviewed, String reviewerRole) {
        Long id = jdbc.queryForObject("select id from topic where topic_key = ? and language = ?", Long.class,
                topic.key(), topic.language());
        jdbc.update("update topic set slug = ?, title = ?, summary = ?, position = ?, written_on = ?, reviewed_on = ?, "
                        + "reviewer_role = ?, version = version + 1 where id = ?", topic.slug(), topic.title(),
                topic.summary(), topic.position(), date(topic.written()), date(reviewed), reviewerRole, id);
        jdbc.update("delete from topic_source where topic_id = ?", id);
        int position = 0;
        for (String key : topic.sourceKeys()) {
            jdbc.update("insert into topic_source (topic_id, source_id, position) select ?, id, ? from source "
                    + "where source_key = ?", id, position++, key);
        }
        jdbc.update("delete from section where topic_id = ?", id);
        position = 1;
        for (SectionItem section : topic.sections()) {
            jdbc.update("insert into section (topic_id, position, anchor, heading, body_markdown, kind) "
                    + "values (?, ?, ?, ?, ?, ?)", id, position++, section.anchor(), section.heading(), section.body(),
                    section.kind().name());
        }
    }

    /** Renews a topic's review without changing its text. */
    public void reconfirm(String language, String key, LocalDate reviewed, String reviewerRole) {
        jdbc.update("update topic set reviewed_on = ?, reviewer_role = ?, version = version + 1 where topic_key = ? "
                + "and language = ?", date(reviewed), reviewerRole, key, language);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** Whether another topic in the language already uses this web address. */
    public boolean slugTaken(String language, String key, String slug) {
        Integer count = jdbc.queryForObject("select count(*) from topic where slug = ? and language = ? "
                + "and topic_key <> ?", Integer.class, slug, language, key);
        return count != null && count > 0;
    }

    /**
     * Holds the topic's row until the caller's transaction commits (select … for update: H2 and PostgreSQL), so
     * two changes that open a draft or add a revision take turns and the second sees what the first did.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String language, String key) {
        jdbc.query("select id from topic where topic_key = ? and language = ? for update", (rs, i) -> rs.getLong(1),
                key, language);
    }
}
