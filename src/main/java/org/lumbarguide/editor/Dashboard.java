package org.lumbarguide.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lumbarguide.content.ReleaseProposals;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.OutOfDateTranslation;
import org.lumbarguide.content.catalog.TopicViews.RenderFailure;
import org.lumbarguide.editor.EditorViews.ReviewState;
import org.lumbarguide.feedback.ReaderFeedback;
import org.lumbarguide.editor.EditorViews.TopicRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editor's home: every topic with its review state, topics due for review first. */
@Service
class Dashboard {

    /** Topics whose next review is this close (or past) head the list. */
    static final Period DUE_SOON = Period.ofDays(60);

    private final ReleaseProposals proposals;
    private final TopicDraftRepository drafts;
    private final ReaderFeedback feedback;
    private final Clock clock;
    private final TopicCatalog catalog;

    Dashboard(ReleaseProposals proposals, TopicDraftRepository drafts, ReaderFeedback feedback, Clock clock,
              TopicCatalog catalog) {
        this.proposals = proposals;
        this.drafts = drafts;
        this.feedback = feedback;
        this.clock = clock;
        this.catalog = catalog;
    }

    /**
     * Translated parts whose English changed since they were translated, in the languages of the topics listed, most
     * urgent first (the catalog compares each translation with the English as published now).
     */
    List<OutOfDateTranslation> outOfDateTranslations(List<TopicRow> topics) {
        return catalog.outOfDateTranslations(topics.stream().map(TopicRow::language).distinct().toList());
    }

    /** Published text that could not be rendered, in the languages the guide has (issue 17: includes). */
    List<RenderFailure> renderFailures(List<TopicRow> topics) {
        return catalog.failures(topics.stream().map(TopicRow::language).distinct().toList());
    }

    /**
     * Every topic (from the content module, with its pending proposals) and its draft's status (the editor's
     * own table), in one read-only transaction.
     */
    @Transactional(readOnly = true)
    List<TopicRow> topics() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Map<String, ReaderFeedback.Counts>> counts = new HashMap<>();
        Map<String, String> draftStatus = new HashMap<>();
        for (TopicDraft draft : drafts.findAll()) {
            draftStatus.put(draft.getLanguage() + "/" + draft.getTopicKey(), draft.getStatus().name());
        }
        return proposals.topicListings().stream().map(t -> {
                    LocalDate due = catalog.reviewDue(t.reviewedOn());
                    ReaderFeedback.Counts readers = count(counts, t.language(), t.topicKey());
                    return new TopicRow(t.topicKey(), t.language(), t.title(), t.slug(), t.writtenOn(),
                            t.reviewedOn(), t.reviewerRole(), due, state(due, today), t.pendingProposals(),
                            draftStatus.get(t.language() + "/" + t.topicKey()), readers.helpful(),
                            readers.notHelpful(), readers.openComments());
                })
                .sorted(Comparator.comparing(TopicRow::state))
                .toList();
    }

    private ReaderFeedback.Counts count(Map<String, Map<String, ReaderFeedback.Counts>> counts,
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
