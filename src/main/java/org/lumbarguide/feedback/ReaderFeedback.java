package org.lumbarguide.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores readers' answers to "Was this page helpful?" and gives editors the counts and open comments.
 * Nothing about the reader is stored: no address, no name, only the day.
 */
@Service
public class ReaderFeedback {

    /** The comment column's size (reader_feedback.comment). */
    public static final int MAX_COMMENT = 500;

    public record Counts(int helpful, int notHelpful, int openComments) {
    }

    public record Comment(long id, String topicKey, String language, boolean helpful, String comment,
                          LocalDate createdOn) {
    }

    /** One row of {@link #countsByTopic}, mapped by column name. */
    private record TopicCounts(String topicKey, int helpful, int notHelpful, int openComments) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ReaderFeedback(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    void record(String topicKey, String language, boolean helpful, String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        jdbc.sql("insert into reader_feedback (topic_key, language, helpful, comment, created_on) "
                        + "values (:topicKey, :language, :helpful, :comment, :createdOn)")
                .param("topicKey", topicKey)
                .param("language", language)
                .param("helpful", helpful)
                .param("comment", text)
                .param("createdOn", LocalDate.now(clock))
                .update();
    }

    @Transactional(readOnly = true)
    public Map<String, Counts> countsByTopic(String language) {
        return jdbc.sql("select topic_key, sum(case when helpful then 1 else 0 end) as helpful, "
                        + "sum(case when helpful then 0 else 1 end) as not_helpful, "
                        + "sum(case when comment is not null and status = 'OPEN' then 1 else 0 end) as open_comments "
                        + "from reader_feedback where language = :language group by topic_key")
                .param("language", language)
                .query(TopicCounts.class)
                .list().stream()
                .collect(Collectors.toMap(TopicCounts::topicKey,
                        row -> new Counts(row.helpful(), row.notHelpful(), row.openComments())));
    }

    @Transactional(readOnly = true)
    public List<Comment> openComments() {
        return jdbc.sql("select id, topic_key, language, helpful, comment, created_on from reader_feedback "
                        + "where comment is not null and status = 'OPEN' order by created_on desc, id desc")
                .query(Comment.class)
                .list();
    }

    @Transactional
    public boolean close(long id, String editor) {
        return jdbc.sql("update reader_feedback set status = 'CLOSED', closed_by = :editor "
                        + "where id = :id and status = 'OPEN'")
                .param("editor", editor)
                .param("id", id)
                .update() == 1;
    }
}
