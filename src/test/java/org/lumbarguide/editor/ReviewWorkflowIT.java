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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.ContentWrites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Draft, review by a second clinician, publish, history, restore and conflicts, over real HTTP. */
@SiteIntegrationTest
class ReviewWorkflowIT {

    static final String TOPIC = "/editor/topics/en/prognosis";
    static final String PUBLIC = "/topics/prognosis";

    @RegisterExtension
    final EditorFixture editors = EditorFixture.forTopic("en", "prognosis")
            .account("wf-author", Role.AUTHOR).account("wf-author-2", Role.AUTHOR)
            .account("wf-reviewer", Role.REVIEWER).account("wf-reviewer-2", Role.REVIEWER);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentWrites rows;

    /** The source view's text as a reader sees it (white space collapsed, so a folded summary reads whole). */
    private static String text(EditorClient client) {
        return Jsoup.parse(client.get(TOPIC + "?view=source").body()).select("textarea#text").text();
    }

    private String withSummary(String summary) {
        return EditorClient.withSummary(editors.original(), summary);
    }

    private static HttpResponse<String> save(EditorClient client, String text, String version) {
        return client.submit(TOPIC, TOPIC, EditorClient.draft("save", text, version));
    }

    @Test
    void aDraftStaysPrivateUntilASecondClinicianApprovesItAndThenThePageAndEtagChange() {
        Http http = new Http(port);
        HttpResponse<String> before = http.get(PUBLIC);
        String etagBefore = before.headers().firstValue("ETag").orElseThrow();

        EditorClient author = editors.signedIn("wf-author");
        String edited = withSummary("A new summary written by an author.");
        assertThat(save(author, edited, "").statusCode()).isEqualTo(302);
        assertThat(http.get(PUBLIC).body()).as("a draft is not public").doesNotContain("A new summary written");

        HttpResponse<String> submitted = author.press(TOPIC, "submit");
        assertThat(submitted.statusCode()).isEqualTo(302);

        // The author cannot approve: not a reviewer (403 from method security, EditorRights).
        HttpResponse<String> forbidden = author.review(TOPIC, "approve", "I wrote it, so it is fine.");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Only a reviewer can do this");
        assertThat(Jsoup.parse(forbidden.body()).selectFirst("textarea#typed-comment").wholeText())
                .as("what was typed is kept").isEqualTo("I wrote it, so it is fine.");
        assertThat(http.get(PUBLIC).body()).doesNotContain("A new summary written");

        EditorClient reviewer = editors.signedIn("wf-reviewer");
        HttpResponse<String> approved = reviewer.review(TOPIC, "approve", "Checked against NCI PDQ.");
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
        EditorClient reviewer = editors.signedIn("wf-reviewer-2");
        String edited = withSummary("Written by the reviewer.");
        save(reviewer, edited, "");
        reviewer.press(TOPIC, "submit");
        assertThat(reviewer.get(TOPIC).body()).contains("another clinician must review it")
                .doesNotContain("Approve and publish");

        // The page hides the button; the server refuses the request anyway.
        HttpResponse<String> refused = reviewer.review(TOPIC, "approve", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("you cannot approve it");
        assertThat(new Http(port).get(PUBLIC).body()).doesNotContain("Written by the reviewer.");
        assertThat(jdbc.queryForList("select action from audit_event where actor = 'wf-reviewer-2'", String.class))
                .contains("SELF_APPROVAL_REFUSED");
    }

    @Test
    void twoEditorsSavingTheSameDraftGetOneClearConflictAndNoTextIsLost() {
        EditorClient first = editors.signedIn("wf-author");
        save(first, withSummary("Start of a draft."), "");
        EditorClient second = editors.signedIn("wf-author-2");
        String loadedVersion = first.draftVersion(TOPIC);
        assertThat(second.draftVersion(TOPIC)).isEqualTo(loadedVersion);

        String firstText = first.sourceText(TOPIC).replace("Start of a draft.", "First editor's words.");
        String secondText = second.sourceText(TOPIC).replace("Start of a draft.", "Second editor's words.");
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
        EditorClient author = editors.signedIn("wf-author");
        save(author, withSummary("Version two summary."), "");
        author.press(TOPIC, "submit");
        EditorClient reviewer = editors.signedIn("wf-reviewer");
        reviewer.review(TOPIC, "approve", null);
        assertThat(new Http(port).get(PUBLIC).body()).contains("Version two summary.");

        String history = reviewer.get(TOPIC + "/history").body();
        assertThat(history).contains("From the content release").contains("Published");
        String diff = reviewer.get(TOPIC + "/diff?from=1&to=2").body();
        assertThat(Jsoup.parse(diff).select(".diff-add").text()).contains("Version two summary.");

        assertThat(author.submit(TOPIC + "/history", TOPIC + "/restore", Map.of("revision", "1")).statusCode())
                .isEqualTo(302);
        assertThat(text(author)).contains(editors.original().summary().substring(0, 30));
        assertThat(new Http(port).get(PUBLIC).body()).as("a restore is only a draft").contains("Version two summary.");
        assertThat(jdbc.queryForObject("select count(*) from topic_revision where topic_key = 'prognosis'",
                Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForList("select action from audit_event where target = 'en/prognosis'", String.class))
                .contains("RESTORED");
    }

    @Test
    void aReviewerRenewsTheReviewOfUnchangedTextAndASentBackDraftCarriesTheComment() {
        EditorClient reviewer = editors.signedIn("wf-reviewer");
        assertThat(reviewer.submit(TOPIC, TOPIC + "/reconfirm", Map.of("comment", "Still right.")).statusCode())
                .isEqualTo(302);
        assertThat(Jsoup.parse(new Http(port).get(PUBLIC).body()).select("p.reviewed").text())
                .startsWith("Reviewed by a consultant clinical oncologist on");
        assertThat(rows.published("en", "prognosis").orElseThrow().summary()).isEqualTo(editors.original().summary());

        EditorClient author = editors.signedIn("wf-author");
        save(author, withSummary("Needs work."), "");
        author.press(TOPIC, "submit");
        reviewer.review(TOPIC, "return", "Please cite the source for this.");
        assertThat(Jsoup.parse(author.get(TOPIC).body()).select(".return-comment").text())
                .isEqualTo("Please cite the source for this.");
    }

    @Test
    void aBrokenDraftIsShownAgainWithItsProblemAndNothingIsSaved() {
        EditorClient author = editors.signedIn("wf-author");
        String broken = author.sourceText(TOPIC).replaceFirst("\\{#[a-z-]+}", "");
        HttpResponse<String> response = save(author, broken, "");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("section headings need an anchor");
        assertThat(Jsoup.parse(response.body()).selectFirst("textarea#text").wholeText()).isEqualTo(broken);
        assertThat(jdbc.queryForObject("select count(*) from topic_draft where topic_key = 'prognosis'", Integer.class))
                .isZero();

        HttpResponse<String> preview = author.submit(TOPIC, TOPIC, EditorClient.draft("preview",
                ContentFiles.write(editors.original()), null));
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
