package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.ReleaseProposals.Proposal;
import org.lumbarguide.content.ReleaseProposals.TopicListing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The content module's write API for release proposals, on its own: a source proposal's current text and
 * its application, the claim that succeeds once, a refused text that leaves the proposal pending, and the
 * dashboard's topic list. Each change runs in a transaction rolled back at the end (the shared database
 * stays as seeded).
 */
@SiteIntegrationTest
class ReleaseProposalsIT {

    @Autowired
    ReleaseProposals proposals;

    @Autowired
    ContentWrites writes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void noProposalsLeft() {
        jdbc.update("delete from content_proposal where item_key like 'rp-%' or proposed_text like '%rp-test%'");
    }

    @Test
    void aSourceProposalShowsTheCurrentSourceAndIsAppliedOnceClaimed() {
        String key = jdbc.queryForObject("select min(source_key) from source", String.class);
        Map<String, Object> before = jdbc.queryForMap("select publisher, title from source where source_key = ?", key);
        long id = proposal("SOURCE", key, "publisher: NHS\ntitle: A newer title rp-test\nyear: 2025\n"
                + "year-kind: accessed\nurl: https://www.nhs.uk/\n");
        Proposal p = proposals.find(id).orElseThrow();
        assertThat(p.pending()).isTrue();
        assertThat(p.appliedByReviewer()).isTrue();
        assertThat(proposals.current(p)).contains("publisher: " + before.get("publisher")).contains("year-kind: ");

        inRolledBackTransaction(() -> {
            assertThat(writes.decide(id, ReleaseProposals.Status.ACCEPTED, "rp-reviewer")).isTrue();
            assertThat(writes.decide(id, ReleaseProposals.Status.DISMISSED, "rp-other")).as("decided once").isFalse();
            writes.apply(p);
            assertThat(jdbc.queryForMap("select title, published_year, year_kind from source where source_key = ?",
                    key)).containsEntry("TITLE", "A newer title rp-test").containsEntry("PUBLISHED_YEAR", 2025)
                    .containsEntry("YEAR_KIND", "ACCESSED");
            Proposal decided = proposals.find(id).orElseThrow();
            assertThat(decided.status()).isEqualTo(ReleaseProposals.Status.ACCEPTED);
            assertThat(decided.resolvedBy()).isEqualTo("rp-reviewer");
            assertThat(decided.resolvedAt()).isNotNull();
        });
        assertThat(jdbc.queryForObject("select title from source where source_key = ?", String.class, key))
                .isEqualTo(before.get("TITLE"));
    }

    @Test
    void aTextThatBreaksTheTablesRulesIsRefusedWithItsReason() {
        String key = jdbc.queryForObject("select min(source_key) from source", String.class);
        long broken = proposal("SOURCE", key, "publisher: [not, text rp-test\n");
        long badYear = proposal("SOURCE", key, "publisher: NHS\ntitle: t rp-test\nyear: soon\nyear-kind: accessed\n"
                + "url: https://www.nhs.uk/\n");
        long taken = proposal("GLOSSARY_TERM", "rp-word", "term: " + jdbc.queryForObject(
                "select min(term) from glossary_term where language = 'en'", String.class) + "\ndefinition: d rp-test\n");
        assertThat(problem(broken)).isEqualTo("editor.proposals.problem.yaml");
        assertThat(problem(badYear)).isEqualTo("editor.proposals.problem.year");
        assertThat(problem(taken)).isEqualTo("editor.proposals.problem.termTaken");
        assertThat(proposals.find(broken).orElseThrow().pending()).as("rolled back: still pending").isTrue();
    }

    @Test
    void claimingAndApplyingNeedTheCallersTransaction() {
        long id = proposal("SOURCE", "rp-none", "title: rp-test\n");
        assertThatThrownBy(() -> writes.decide(id, ReleaseProposals.Status.ACCEPTED, "rp-reviewer"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(proposals.find(id).orElseThrow().pending()).isTrue();
    }

    @Test
    void theTopicListCountsPendingProposalsForATopicAndItsSections() {
        TopicListing first = proposals.topicListings().get(0);
        long id = proposal("SECTION", "rp-section", "## New {#rp-section}\n\nrp-test\n", first.topicKey());
        TopicListing after = proposals.topicListings().stream().filter(t -> t.topicKey().equals(first.topicKey())
                && t.language().equals(first.language())).findFirst().orElseThrow();
        assertThat(after.pendingProposals()).isEqualTo(first.pendingProposals() + 1);
        assertThat(after.title()).isEqualTo(first.title());
        assertThat(proposals.pending()).extracting(Proposal::id).contains(id);
    }

    private String problem(long id) {
        Proposal p = proposals.find(id).orElseThrow();
        String[] code = new String[1];
        inRolledBackTransaction(() -> {
            assertThat(writes.decide(id, ReleaseProposals.Status.ACCEPTED, "rp-reviewer")).isTrue();
            assertThatThrownBy(() -> writes.apply(p)).isInstanceOfSatisfying(ReleaseProposals.Unusable.class,
                    u -> code[0] = u.problem.getCodes()[0]);
        });
        return code[0];
    }

    /**
     * Every status the table allows reads back: a proposal a later release superseded ({@code SUPERSEDED}, written
     * by the import) opens as decided, not as an error.
     */
    @Test
    void aProposalOfEveryStatusTheTableAllowsReadsBack() {
        String key = jdbc.queryForObject("select min(source_key) from source", String.class);
        for (String status : List.of("PENDING", "ACCEPTED", "DISMISSED", "SUPERSEDED")) {
            long id = proposal("SOURCE", key, "publisher: NHS\n");
            jdbc.update("update content_proposal set status = ? where id = ?", status, id);
            try {
                Proposal p = proposals.find(id).orElseThrow();
                assertThat(p.status().name()).isEqualTo(status);
                assertThat(p.pending()).isEqualTo(status.equals("PENDING"));
            } finally {
                jdbc.update("delete from content_proposal where id = ?", id);
            }
        }
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    private long proposal(String target, String itemKey, String text) {
        return proposal(target, itemKey, text, null);
    }

    private long proposal(String target, String itemKey, String text, String topicKey) {
        jdbc.update("insert into content_proposal (target, change_kind, language, topic_key, item_key, proposed_text, "
                + "created_at, status) values (?, 'UPDATE', 'en', ?, ?, ?, current_timestamp, 'PENDING')", target,
                topicKey, itemKey, text);
        return jdbc.queryForObject("select max(id) from content_proposal", Long.class);
    }
}
