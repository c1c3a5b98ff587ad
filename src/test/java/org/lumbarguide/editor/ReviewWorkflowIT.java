package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.ContentWrites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Draft, review by a second clinician, publish, history, restore and conflicts, over real HTTP. */
@SiteIntegrationTest
class ReviewWorkflowIT {

    static final String TOPIC = "/editor/topics/en/prognosis";
    static final String PUBLIC = "/topics/prognosis";

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

    @BeforeEach
    void accountsAndTheOriginalText() {
        EditorClient.account(accounts, "wf-author", Role.AUTHOR);
        EditorClient.account(accounts, "wf-author-2", Role.AUTHOR);
        EditorClient.account(accounts, "wf-reviewer", Role.REVIEWER);
        EditorClient.account(accounts, "wf-reviewer-2", Role.REVIEWER);
        original = rows.published("en", "prognosis").orElseThrow();
    }

    /** Other tests read the seeded text: put it back exactly, and forget drafts and versions made here. */
    @AfterEach
    void putTheOriginalBack() {
        jdbc.update("delete from topic_draft where topic_key = 'prognosis'");
        jdbc.update("delete from topic_revision where topic_key = 'prognosis'");
        rows.publish(original, null, null);
        catalog.evictAll();
    }

    private EditorClient signedIn(String username) {
        return EditorClient.signedIn(port, username);
    }

    private static String text(EditorClient client) {
        return Jsoup.parse(client.get(TOPIC + "?view=source").body()).select("textarea#text").text();
    }

    private static String textarea(EditorClient client) {
        return Jsoup.parse(client.get(TOPIC + "?view=source").body()).selectFirst("textarea#text").wholeText();
    }

    private String withSummary(String summary) {
        return EditorClient.withSummary(original, summary);
    }

    private static HttpResponse<String> save(EditorClient client, String text, String version) {
        return client.submit(TOPIC, TOPIC, EditorClient.draft("save", text, version));
    }

    private static HttpResponse<String> review(EditorClient reviewer, String decision, String comment) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("version", reviewer.draftVersion(TOPIC));
        fields.put("decision", decision);
        if (comment != null) {
            fields.put("comment", comment);
        }
        return reviewer.submit(TOPIC, TOPIC + "/review", fields);
    }

    @Test
    void aDraftStaysPrivateUntilASecondClinicianApprovesItAndThenThePageAndEtagChange() {
        Http http = new Http(port);
        HttpResponse<String> before = http.get(PUBLIC);
        String etagBefore = before.headers().firstValue("ETag").orElseThrow();

        EditorClient author = signedIn("wf-author");
        String edited = withSummary("A new summary written by an author.");
        assertThat(save(author, edited, "").statusCode()).isEqualTo(302);
        assertThat(http.get(PUBLIC).body()).as("a draft is not public").doesNotContain("A new summary written");

        HttpResponse<String> submitted = author.press(TOPIC, "submit");
        assertThat(submitted.statusCode()).isEqualTo(302);

        // The author cannot approve: not a reviewer (403 from method security, EditorRights).
        HttpResponse<String> forbidden = review(author, "approve", "I wrote it, so it is fine.");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Only a reviewer can do this");
        assertThat(Jsoup.parse(forbidden.body()).selectFirst("textarea#typed-comment").wholeText())
                .as("what was typed is kept").isEqualTo("I wrote it, so it is fine.");
        assertThat(http.get(PUBLIC).body()).doesNotContain("A new summary written");

        EditorClient reviewer = signedIn("wf-reviewer");
        HttpResponse<String> approved = review(reviewer, "approve", "Checked against NCI PDQ.");
        assertThat(approved.statusCode()).isEqualTo(302);

        HttpResponse<String> after = http.get(PUBLIC);
        assertThat(after.body()).contains("A new summary written by an author.");
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        String due = LocalDate.now().plusYears(3).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
        assertThat(Jsoup.parse(after.body()).select("p.reviewed").text()).startsWith("Reviewed by a consultant clinical "
                + "oncologist on " + today + ". Next review due " + due + ".");
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etagBefore);

        assertThat(jdbc.queryForList("select kind from topic_revision where topic_key = 'prognosis' order by revision_no",
                String.class)).containsExactly("RELEASE", "PUBLISHED");
        assertThat(jdbc.queryForList("select action from audit_event where target = 'en/prognosis'", String.class))
                .contains("DRAFT_SAVED", "DRAFT_SUBMITTED", "PUBLISHED");
        assertThat(jdbc.queryForObject("select count(*) from topic_draft where topic_key = 'prognosis'", Integer.class))
                .isZero();
    }

    @Test
    void aReviewerCannotApproveADraftTheyHelpedWrite() {
        EditorClient reviewer = signedIn("wf-reviewer-2");
        String edited = withSummary("Written by the reviewer.");
        save(reviewer, edited, "");
        reviewer.press(TOPIC, "submit");
        assertThat(reviewer.get(TOPIC).body()).contains("another clinician must review it")
                .doesNotContain("Approve and publish");

        // The page hides the button; the server refuses the request anyway.
        HttpResponse<String> refused = review(reviewer, "approve", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("you cannot approve it");
        assertThat(new Http(port).get(PUBLIC).body()).doesNotContain("Written by the reviewer.");
        assertThat(jdbc.queryForList("select action from audit_event where actor = 'wf-reviewer-2'", String.class))
                .contains("SELF_APPROVAL_REFUSED");
    }

    @Test
    void twoEditorsSavingTheSameDraftGetOneClearConflictAndNoTextIsLost() {
        EditorClient first = signedIn("wf-author");
        save(first, withSummary("Start of a draft."), "");
        EditorClient second = signedIn("wf-author-2");
        String loadedVersion = first.draftVersion(TOPIC);
        assertThat(second.draftVersion(TOPIC)).isEqualTo(loadedVersion);

        String firstText = textarea(first).replace("Start of a draft.", "First editor's words.");
        String secondText = textarea(second).replace("Start of a draft.", "Second editor's words.");
        assertThat(save(first, firstText, loadedVersion).statusCode()).isEqualTo(302);
        HttpResponse<String> conflict = save(second, secondText, loadedVersion);

        assertThat(conflict.statusCode()).isEqualTo(409);
        org.jsoup.nodes.Document page = Jsoup.parse(conflict.body());
        assertThat(page.select("textarea#text").text()).contains("Second editor's words.");
        assertThat(page.select("pre.their-text").text()).contains("First editor's words.");
        assertThat(text(first)).contains("First editor's words.").doesNotContain("Second editor's words.");
    }

    @Test
    void anOldVersionIsRestoredAsANewDraftAndHistoryIsKept() {
        EditorClient author = signedIn("wf-author");
        save(author, withSummary("Version two summary."), "");
        author.press(TOPIC, "submit");
        EditorClient reviewer = signedIn("wf-reviewer");
        review(reviewer, "approve", null);
        assertThat(new Http(port).get(PUBLIC).body()).contains("Version two summary.");

        String history = reviewer.get(TOPIC + "/history").body();
        assertThat(history).contains("From the content release").contains("Published");
        String diff = reviewer.get(TOPIC + "/diff?from=1&to=2").body();
        assertThat(Jsoup.parse(diff).select(".diff-add").text()).contains("Version two summary.");

        assertThat(author.submit(TOPIC + "/history", TOPIC + "/restore", Map.of("revision", "1")).statusCode())
                .isEqualTo(302);
        assertThat(text(author)).contains(original.summary().substring(0, 30));
        assertThat(new Http(port).get(PUBLIC).body()).as("a restore is only a draft").contains("Version two summary.");
        assertThat(jdbc.queryForObject("select count(*) from topic_revision where topic_key = 'prognosis'",
                Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForList("select action from audit_event where target = 'en/prognosis'", String.class))
                .contains("RESTORED");
    }

    @Test
    void aReviewerRenewsTheReviewOfUnchangedTextAndASentBackDraftCarriesTheComment() {
        EditorClient reviewer = signedIn("wf-reviewer");
        assertThat(reviewer.submit(TOPIC, TOPIC + "/reconfirm", Map.of("comment", "Still right.")).statusCode())
                .isEqualTo(302);
        assertThat(Jsoup.parse(new Http(port).get(PUBLIC).body()).select("p.reviewed").text())
                .startsWith("Reviewed by a consultant clinical oncologist on");
        assertThat(rows.published("en", "prognosis").orElseThrow().summary()).isEqualTo(original.summary());

        EditorClient author = signedIn("wf-author");
        save(author, withSummary("Needs work."), "");
        author.press(TOPIC, "submit");
        review(reviewer, "return", "Please cite the source for this.");
        assertThat(Jsoup.parse(author.get(TOPIC).body()).select(".return-comment").text())
                .isEqualTo("Please cite the source for this.");
    }

    @Test
    void aBrokenDraftIsShownAgainWithItsProblemAndNothingIsSaved() {
        EditorClient author = signedIn("wf-author");
        String broken = textarea(author).replaceFirst("\\{#[a-z-]+}", "");
        HttpResponse<String> response = save(author, broken, "");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("section headings need an anchor");
        assertThat(Jsoup.parse(response.body()).selectFirst("textarea#text").wholeText()).isEqualTo(broken);
        assertThat(jdbc.queryForObject("select count(*) from topic_draft where topic_key = 'prognosis'", Integer.class))
                .isZero();

        HttpResponse<String> preview = author.submit(TOPIC, TOPIC, EditorClient.draft("preview",
                ContentFiles.write(original), null));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(preview.body()).select(".preview .gate").text()).contains("Reading grade");
        assertThat(Jsoup.parse(preview.body()).select(".preview a.term")).isNotEmpty();
    }

    @Test
    void aPublishByAnotherInstanceReachesThisOneWithinFiveSeconds() {
        // Another instance on the same database publishes: new text and a new content version, nothing else.
        jdbc.update("update topic set summary = 'Published on another instance.' where topic_key = 'prognosis' and language = 'en'");
        jdbc.update("update content_version set version = version + 1 where id = 1");
        Http http = new Http(port);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(http.get(PUBLIC).body()).contains("Published on another instance."));
    }
}
