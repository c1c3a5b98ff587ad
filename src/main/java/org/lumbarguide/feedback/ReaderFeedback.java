package org.lumbarguide.feedback;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores readers' answers to "Was this page helpful?" and gives editors the counts and open comments.
 * Each client may send {@value #PER_HOUR} answers an hour (Bucket4j, in memory: the client's address is
 * used only as the key of its bucket and is never stored or logged).
 */
@Service
public class ReaderFeedback {

    public static final int MAX_COMMENT = 500;
    static final int PER_HOUR = 10;

    public record Counts(int helpful, int notHelpful, int openComments) {
    }

    public record Comment(long id, String topicKey, String language, boolean helpful, String comment,
                          LocalDate createdOn) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    ReaderFeedback(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** False when this client has sent too many answers this hour. */
    boolean allow(String client) {
        return buckets.get(client, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(PER_HOUR).refillGreedy(PER_HOUR, Duration.ofHours(1)).build())
                .build()).tryConsume(1);
    }

    @Transactional
    void record(String topicKey, String language, boolean helpful, String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        jdbc.update("insert into reader_feedback (topic_key, language, helpful, comment, created_on) values "
                + "(?, ?, ?, ?, ?)", topicKey, language, helpful, text, Date.valueOf(LocalDate.now(clock)));
    }

    @Transactional(readOnly = true)
    public Map<String, Counts> countsByTopic(String language) {
        Map<String, Counts> counts = new java.util.HashMap<>();
        jdbc.query("select topic_key, sum(case when helpful then 1 else 0 end), sum(case when helpful then 0 else 1 end), "
                + "sum(case when comment is not null and status = 'OPEN' then 1 else 0 end) from reader_feedback "
                + "where language = ? group by topic_key", rs -> {
                    counts.put(rs.getString(1), new Counts(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                }, language);
        return counts;
    }

    @Transactional(readOnly = true)
    public List<Comment> openComments() {
        return jdbc.query("select id, topic_key, language, helpful, comment, created_on from reader_feedback "
                + "where comment is not null and status = 'OPEN' order by created_on desc, id desc", (rs, i) ->
                new Comment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
                        rs.getDate(6).toLocalDate()));
    }

    @Transactional
    public boolean close(long id, String editor) {
        return jdbc.update("update reader_feedback set status = 'CLOSED', closed_by = ? where id = ? and status = 'OPEN'",
                editor, id) == 1;
    }
}
