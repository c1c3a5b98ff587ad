package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
        EditorSecurityIT.account(accounts, "wf-author", Role.AUTHOR);
        EditorSecurityIT.account(accounts, "wf-author-2", Role.AUTHOR);
        EditorSecurityIT.account(accounts, "wf-reviewer", Role.REVIEWER);
        EditorSecurityIT.account(accounts, "wf-reviewer-2", Role.REVIEWER);
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

    private static String version(EditorClient client) {
        return Jsoup.parse(client.get(TOPIC).body()).select("input[name=version]").attr("value");
    }

    private static String text(EditorClient client) {
        return Jsoup.parse(client.get(TOPIC).body()).select("textarea#text").text();
    }

    private static String textarea(EditorClient client) {
        return Jsoup.parse(client.get(TOPIC).body()).selectFirst("textarea#text").wholeText();
    }

    /** The published topic in the topic-file format, with another summary. */
    private String withSummary(String summary) {
        TopicItem o = original;
        return ContentFiles.write(new TopicItem(o.language(), o.key(), o.slug(), o.title(), summary, o.position(),
                o.sourceKeys(), o.written(), o.reviewed(), o.reviewerRole(), o.sections(), o.origin()));
    }

    private HttpResponse<String> save(EditorClient client, String text, String version) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("action", "save");
        fields.put("text", text);
        if (!version.isEmpty()) {
            fields.put("version", version);
        }
        return client.submit(TOPIC, TOPIC, fields);
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

        HttpResponse<String> submitted = author.submit(TOPIC, TOPIC, Map.of("action", "submit", "version", version(author)));
        assertThat(submitted.statusCode()).isEqualTo(302);

        // The author cannot approve: not a reviewer (403 from the security rules).
        assertThat(author.submit(TOPIC, TOPIC + "/review", Map.of("version", version(author), "decision", "approve"))
                .statusCode()).isEqualTo(403);
        assertThat(http.get(PUBLIC).body()).doesNotContain("A new summary written");

        EditorClient reviewer = signedIn("wf-reviewer");
        HttpResponse<String> approved = reviewer.submit(TOPIC, TOPIC + "/review", Map.of("version", version(reviewer),
                "decision", "approve", "comment", "Checked against NCI PDQ."));
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
        reviewer.submit(TOPIC, TOPIC, Map.of("action", "submit", "version", version(reviewer)));
        assertThat(reviewer.get(TOPIC).body()).contains("another clinician must review it")
                .doesNotContain("Approve and publish");

        // The page hides the button; the server refuses the request anyway.
        HttpResponse<String> refused = reviewer.submit(TOPIC, TOPIC + "/review",
                Map.of("version", version(reviewer), "decision", "approve"));
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
        String loadedVersion = version(first);
        assertThat(version(second)).isEqualTo(loadedVersion);

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
        author.submit(TOPIC, TOPIC, Map.of("action", "submit", "version", version(author)));
        EditorClient reviewer = signedIn("wf-reviewer");
        reviewer.submit(TOPIC, TOPIC + "/review", Map.of("version", version(reviewer), "decision", "approve"));
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
        author.submit(TOPIC, TOPIC, Map.of("action", "submit", "version", version(author)));
        reviewer.submit(TOPIC, TOPIC + "/review", Map.of("version", version(reviewer), "decision", "return",
                "comment", "Please cite the source for this."));
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

        HttpResponse<String> preview = author.submit(TOPIC, TOPIC, Map.of("action", "preview", "text",
                ContentFiles.write(original)));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(preview.body()).select(".preview .gate").text()).contains("Reading grade");
        assertThat(Jsoup.parse(preview.body()).select(".preview a.term")).isNotEmpty();
    }

    @Test
    void aPublishByAnotherInstanceReachesThisOneWithinFiveSeconds() throws InterruptedException {
        // Another instance on the same database publishes: new text and a new content version, nothing else.
        jdbc.update("update topic set summary = 'Published on another instance.' where topic_key = 'prognosis'");
        jdbc.update("update content_version set version = version + 1 where id = 1");
        Http http = new Http(port);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        boolean seen = false;
        while (!seen && System.nanoTime() < deadline) {
            seen = http.get(PUBLIC).body().contains("Published on another instance.");
            Thread.sleep(200);
        }
        assertThat(seen).as("the page shows the other instance's publish within 5 seconds").isTrue();
    }
}
