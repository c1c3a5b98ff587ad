package org.lumbarguide.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;

import org.lumbarguide.content.TopicCatalog;
import org.lumbarguide.content.TopicViews.RenderFailure;
import org.lumbarguide.editor.EditorViews.ReviewState;
import org.lumbarguide.feedback.ReaderFeedback;
import org.lumbarguide.editor.EditorViews.TopicRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editor's home: every topic with its review state, topics due for review first. */
@Service
class Dashboard {

    /** Topics whose next review is this close (or past) head the list. */
    static final Period DUE_SOON = Period.ofDays(60);

    private final JdbcTemplate jdbc;
    private final ReaderFeedback feedback;
    private final Clock clock;
    private final TopicCatalog catalog;

    Dashboard(JdbcTemplate jdbc, ReaderFeedback feedback, Clock clock, TopicCatalog catalog) {
        this.jdbc = jdbc;
        this.feedback = feedback;
        this.clock = clock;
        this.catalog = catalog;
    }

    /** Published text that could not be rendered, in the languages the guide has (issue 17: includes). */
    List<RenderFailure> renderFailures(List<TopicRow> topics) {
        return catalog.failures(topics.stream().map(TopicRow::language).distinct().toList());
    }

    @Transactional(readOnly = true)
    List<TopicRow> topics() {
        LocalDate today = LocalDate.now(clock);
        java.util.Map<String, java.util.Map<String, ReaderFeedback.Counts>> counts = new java.util.HashMap<>();
        return jdbc.query("select t.topic_key, t.language, t.title, t.slug, t.written_on, t.reviewed_on, t.reviewer_role, "
                + "(select count(*) from content_proposal p where p.status = 'PENDING' and p.language = t.language "
                + "and (p.topic_key = t.topic_key or (p.target = 'TOPIC' and p.item_key = t.topic_key))), "
                + "(select d.status from topic_draft d where d.topic_key = t.topic_key and d.language = t.language) "
                + "from topic t order by t.language, t.position", (rs, i) -> {
                    LocalDate reviewed = rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate();
                    LocalDate due = catalog.reviewDue(reviewed);
                    ReaderFeedback.Counts readers = count(counts, rs.getString(2), rs.getString(1));
                    return new TopicRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), reviewed, rs.getString(7), due,
                            state(due, today), rs.getInt(8), rs.getString(9), readers.helpful(), readers.notHelpful(),
                            readers.openComments());
                }).stream()
                .sorted(Comparator.comparing(TopicRow::state))
                .toList();
    }

    private ReaderFeedback.Counts count(java.util.Map<String, java.util.Map<String, ReaderFeedback.Counts>> counts,
                                        String language, String key) {
        return counts.computeIfAbsent(language, feedback::countsByTopic)
                .getOrDefault(key, new ReaderFeedback.Counts(0, 0, 0));
    }

    static ReviewState state(LocalDate due, LocalDate today) {
        if (due == null) {
            return ReviewState.NEVER_REVIEWED;
        }
        if (due.isBefore(today)) {
            return ReviewState.OVERDUE;
        }
        return due.isAfter(today.plus(DUE_SOON)) ? ReviewState.CURRENT : ReviewState.DUE_SOON;
    }
}
