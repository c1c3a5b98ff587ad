package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.quality.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two editors acting on the same thing at the same moment (two threads released by one barrier, a few
 * rounds each): exactly one wins, the change is made once, the other is told why with a 409, never a 5xx.
 */
@SiteIntegrationTest
class WorkflowRacesIT {

    static final String TOPIC = "/editor/topics/en/questions";
    private static final int ROUNDS = 5;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentWrites rows;

    @Autowired
    TopicCatalog catalog;

    TopicItem original;
    String originalDefinition;
    EditorClient first;
    EditorClient second;

    @BeforeEach
    void twoReviewers() {
        EditorClient.account(accounts, "race-reviewer-1", Role.REVIEWER);
        EditorClient.account(accounts, "race-reviewer-2", Role.REVIEWER);
        original = rows.published("en", "questions").orElseThrow();
        originalDefinition = jdbc.queryForObject("select short_definition from glossary_term where term_key = 'biopsy' "
                + "and language = 'en'", String.class);
        first = EditorClient.signedIn(port, "race-reviewer-1");
        second = EditorClient.signedIn(port, "race-reviewer-2");
    }

    @AfterEach
    void putBack() {
        jdbc.update("delete from content_proposal");
        clearDrafts();
        jdbc.update("update glossary_term set short_definition = ? where term_key = 'biopsy' and language = 'en'",
                originalDefinition);
        rows.publish(original, original.reviewed(), original.reviewerRole());
        catalog.evictAll();
    }

    private void clearDrafts() {
        jdbc.update("delete from topic_draft where topic_key = 'questions'");
        jdbc.update("delete from topic_revision where topic_key = 'questions'");
    }

    @Test
    void applyAndApplyOfAGlossaryProposalAppliesItOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = glossaryProposal("Definition from round " + round + ".");
            long version = glossaryVersion();
            int audited = audited("PROPOSAL_ACCEPTED");

            List<HttpResponse<String>> answers = race(first, "/editor/proposals/" + id, Map.of("decision", "apply"),
                    second, "/editor/proposals/" + id, Map.of("decision", "apply"));

            assertOneWinner(answers, 302);
            assertThat(glossaryVersion()).as("applied once").isEqualTo(version + 1);
            assertThat(audited("PROPOSAL_ACCEPTED")).isEqualTo(audited + 1);
            assertThat(status(id)).isEqualTo("ACCEPTED");
            assertThat(loser(answers).body()).contains("already accepted by race-reviewer-");
        }
    }

    @Test
    void applyAndDismissLeaveTheProposalsStatusAndTheTextAgreeing() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String proposed = "Definition from round " + round + ".";
            long id = glossaryProposal(proposed);

            List<HttpResponse<String>> answers = race(first, "/editor/proposals/" + id, Map.of("decision", "apply"),
                    second, "/editor/proposals/" + id, Map.of("decision", "dismiss"));

            assertOneWinner(answers, 302);
            String definition = jdbc.queryForObject("select short_definition from glossary_term where term_key = "
                    + "'biopsy' and language = 'en'", String.class);
            if (status(id).equals("DISMISSED")) {
                assertThat(definition).as("a dismissed proposal's text is not live").isNotEqualTo(proposed);
            } else {
                assertThat(status(id)).isEqualTo("ACCEPTED");
                assertThat(definition).isEqualTo(proposed);
            }
            assertThat(loser(answers).body()).contains("already").contains("by race-reviewer-");
        }
    }

    @Test
    void acceptAndAcceptOfASectionProposalMakesOneDraft() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            clearDrafts();
            String anchor = original.sections().get(0).anchor();
            jdbc.update("insert into content_proposal (target, change_kind, language, topic_key, item_key, "
                    + "proposed_text, created_at, status) values ('SECTION', 'UPDATE', 'en', 'questions', ?, ?, "
                    + "current_timestamp, 'PENDING')", anchor, "## " + original.sections().get(0).heading() + " {#"
                    + anchor + "}\n\nThe release's text, round " + round + ".\n");
            long id = jdbc.queryForObject("select max(id) from content_proposal", Long.class);

            List<HttpResponse<String>> answers = race(first, "/editor/proposals/" + id, Map.of("decision", "accept"),
                    second, "/editor/proposals/" + id, Map.of("decision", "accept"));

            assertOneWinner(answers, 302);
            assertThat(jdbc.queryForObject("select count(*) from topic_draft where topic_key = 'questions'",
                    Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from topic_revision where topic_key = 'questions'",
                    Integer.class)).as("the release baseline, kept once").isEqualTo(1);
            assertThat(status(id)).isEqualTo("ACCEPTED");
        }
    }

    @Test
    void theFirstSaveOfANeverEditedTopicByTwoEditorsAtOnceKeepsOneAndShowsTheOtherBothTexts() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            clearDrafts();
            List<HttpResponse<String>> answers = race(first, TOPIC, save(withSummary("First editor, round " + round
                    + "."), null), second, TOPIC, save(withSummary("Second editor, round " + round + "."), null));

            assertOneWinner(answers, 302);
            assertThat(jdbc.queryForObject("select count(*) from topic_draft where topic_key = 'questions'",
                    Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from topic_revision where topic_key = 'questions'",
                    Integer.class)).isEqualTo(1);
            assertConflictPage(loser(answers), jdbc.queryForObject("select topic_text from topic_draft where "
                    + "topic_key = 'questions'", String.class));
        }
    }

    @Test
    void twoSavesFromTheSameVersionAreAConflictNeverAnOutage() throws Exception {
        clearDrafts();
        assertThat(first.submit(TOPIC, TOPIC, save(withSummary("The start."), null)).statusCode()).isEqualTo(302);
        for (int round = 0; round < ROUNDS * 2; round++) {
            String version = String.valueOf(draftVersion());
            List<HttpResponse<String>> answers = race(first, TOPIC, save(withSummary("First, round " + round + "."),
                    version), second, TOPIC, save(withSummary("Second, round " + round + "."), version));

            assertOneWinner(answers, 302);
            assertConflictPage(loser(answers), jdbc.queryForObject("select topic_text from topic_draft where "
                    + "topic_key = 'questions'", String.class));
        }
    }

    @Test
    void twoReviewersApprovingTheSameDraftPublishItOnce() throws Exception {
        EditorClient.account(accounts, "race-author", Role.AUTHOR);
        EditorClient author = EditorClient.signedIn(port, "race-author");
        for (int round = 0; round < ROUNDS; round++) {
            clearDrafts();
            author.submit(TOPIC, TOPIC, save(withSummary("To publish, round " + round + "."), null));
            author.press(TOPIC, "submit");
            String version = String.valueOf(draftVersion());

            List<HttpResponse<String>> answers = race(
                    first, TOPIC + "/review", Map.of("version", version, "decision", "approve", "comment", "One."),
                    second, TOPIC + "/review", Map.of("version", version, "decision", "approve", "comment", "Two."));

            assertOneWinner(answers, 302);
            assertThat(jdbc.queryForObject("select count(*) from topic_revision where topic_key = 'questions' and "
                    + "kind = 'PUBLISHED'", Integer.class)).isEqualTo(1);
            HttpResponse<String> lost = loser(answers);
            assertThat(Jsoup.parse(lost.body()).select("textarea#comment").text()).as("the comment is kept")
                    .isIn("One.", "Two.");
        }
    }

    /** The loser's page: its own text in the form, the text now saved beside it. */
    private static void assertConflictPage(HttpResponse<String> lost, String saved) {
        org.jsoup.nodes.Document page = Jsoup.parse(lost.body());
        String yours = page.selectFirst("textarea#text").wholeText();
        assertThat(yours).contains("round").isNotEqualTo(saved);
        assertThat(page.select("pre.their-text").text()).as("the text now saved")
                .contains(Drafts.parse("en", "questions", saved).summary());
        assertThat(lost.body()).doesNotContain("not available");
    }

    private static void assertOneWinner(List<HttpResponse<String>> answers, int winning) {
        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
        assertThat(statuses).as("one wins, the other is told it lost").containsExactly(winning, 409);
    }

    /** The 409 answer, a valid page. */
    private static HttpResponse<String> loser(List<HttpResponse<String>> answers) {
        HttpResponse<String> lost = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(HtmlChecker.errors(lost.body())).isEmpty();
        return lost;
    }

    /** Both clients hold their form's token first; the barrier then sends both posts together. */
    private static List<HttpResponse<String>> race(EditorClient a, String actionA, Map<String, String> fieldsA,
                                                   EditorClient b, String actionB, Map<String, String> fieldsB)
            throws Exception {
        Map<String, String> formA = withToken(a, actionA, fieldsA);
        Map<String, String> formB = withToken(b, actionB, fieldsB);
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> one = pool.submit(() -> {
                barrier.await(10, TimeUnit.SECONDS);
                return a.post(actionA, formA);
            });
            Future<HttpResponse<String>> two = pool.submit(() -> {
                barrier.await(10, TimeUnit.SECONDS);
                return b.post(actionB, formB);
            });
            List<HttpResponse<String>> answers = new ArrayList<>();
            answers.add(one.get(30, TimeUnit.SECONDS));
            answers.add(two.get(30, TimeUnit.SECONDS));
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The review form's token is on the topic's page; every other form posts to the page it is on. */
    private static Map<String, String> withToken(EditorClient client, String action, Map<String, String> fields) {
        Map<String, String> form = client.withToken(action.endsWith("/review") ? TOPIC : action, fields);
        assertThat(form).as("a form with a token on " + action).containsKey("_csrf");
        return form;
    }

    private static Map<String, String> save(String text, String version) {
        return EditorClient.draft("save", text, version);
    }

    private String withSummary(String summary) {
        return EditorClient.withSummary(original, summary);
    }

    private long glossaryProposal(String definition) {
        jdbc.update("insert into content_proposal (target, change_kind, language, item_key, proposed_text, created_at, "
                + "status) values ('GLOSSARY_TERM', 'UPDATE', 'en', 'biopsy', ?, current_timestamp, 'PENDING')",
                "term: Biopsy\nother-forms:\n  - biopsies\ndefinition: " + definition + "\n");
        return jdbc.queryForObject("select max(id) from content_proposal", Long.class);
    }

    private long glossaryVersion() {
        return jdbc.queryForObject("select version from glossary_term where term_key = 'biopsy' and language = 'en'",
                Long.class);
    }

    private long draftVersion() {
        return jdbc.queryForObject("select version from topic_draft where topic_key = 'questions'", Long.class);
    }

    private int audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ?", Integer.class, action);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from content_proposal where id = ?", String.class, id);
    }
}
