package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review screen over real HTTP: an author submits a change, the reviewer finds it from the dashboard, reads the
 * words removed and added against the published text and approves on that page; the author sees the same changes
 * and cannot approve.
 */
@SiteIntegrationTest
class ReviewScreenIT {

    static final String TOPIC = "/editor/topics/en/treatment";
    static final String REVIEW = TOPIC + "/review";
    static final String COMMENT = "Checked by José Müller – ñ ü ¿";
    static final String NOTE = "José Müller – ñ ü ¿ changed one word and the summary";

    @RegisterExtension
    final EditorFixture editors = EditorFixture.forTopic("en", "treatment")
            .account("rs-author", Role.AUTHOR).account("rs-reviewer", Role.REVIEWER);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** The first word of four letters or more in the first section's text: the word the author replaces. */
    private String replacedWord() {
        Matcher word = Pattern.compile("\\b\\p{L}{4,}\\b").matcher(editors.original().sections().get(0).body());
        assertThat(word.find()).isTrue();
        return word.group();
    }

    /** The published text with a sentence added to the summary and one word of the first section replaced. */
    private String edited(String removed) {
        TopicItem original = editors.original();
        SectionItem first = original.sections().get(0);
        List<SectionItem> sections = new java.util.ArrayList<>(original.sections());
        sections.set(0, new SectionItem(first.anchor(), first.heading(), first.kind(),
                first.body().replaceFirst("\\b" + removed + "\\b", "Zebrafish"), first.origin(), first.bodyLine()));
        return ContentFiles.write(new TopicItem(original.language(), original.key(), original.slug(), original.title(),
                original.summary() + " Read this part first.", original.position(), original.sourceKeys(),
                original.written(), original.reviewed(), original.reviewerRole(), sections, original.origin()));
    }

    private static Document page(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void theReviewerReadsTheWordsThatChangedAndApprovesOnTheSamePageAndTheAuthorCannot() {
        String removed = replacedWord();
        EditorClient author = editors.signedIn("rs-author");
        assertThat(author.saveDraft(TOPIC, edited(removed)).statusCode()).isEqualTo(302);
        // Sent with a note to the reviewer, typed in any language and posted without a charset, as browsers do.
        Map<String, String> send = new LinkedHashMap<>();
        send.put("action", "submit");
        send.put("version", author.draftVersion(TOPIC));
        send.put("note", NOTE);
        assertThat(author.submit(TOPIC, TOPIC, send).statusCode()).isEqualTo(302);

        // The author sees what changed, and no decision to make.
        Document own = page(author.get(REVIEW));
        assertThat(own.select(".front-changes ins").text()).contains("Read this part first.");
        assertThat(own.select("button[name=decision]")).isEmpty();
        // Posting the review page's approve anyway is refused by method security; nothing is published.
        Map<String, String> approve = new LinkedHashMap<>();
        approve.put("version", author.draftVersion(TOPIC));
        approve.put("decision", "approve");
        assertThat(author.submit(REVIEW, REVIEW, approve).statusCode()).isEqualTo(403);
        assertThat(new Http(port).get("/topics/" + editors.original().slug()).body()).doesNotContain("Read this part first.");

        // The reviewer finds the draft waiting on the dashboard, linked to this page.
        EditorClient reviewer = editors.signedIn("rs-reviewer");
        assertThat(page(reviewer.get("/editor")).select("a[href$=" + REVIEW + "]").text())
                .isEqualTo("Waiting for review");
        Document review = page(reviewer.get(REVIEW));
        Element first = review.selectFirst(".section-change:not(.unchanged)");
        assertThat(first.select("h4").text()).isEqualTo(editors.original().sections().get(0).heading());
        assertThat(first.select(".section-text del").text()).isEqualTo(removed);
        assertThat(first.select(".section-text ins").text()).isEqualTo("Zebrafish");
        assertThat(first.select(".ease-change").text()).startsWith("Reading grade ");
        assertThat(review.select(".front-changes ins").text()).contains("Read this part first.");
        assertThat(review.select(".submit-note").text()).as("the author's note beside the changes").isEqualTo(NOTE);

        // Approve with the page's own form: its action, its version, a comment in any language.
        Element form = review.selectFirst("form:has(button[value=approve])");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", form.selectFirst("input[name=version]").attr("value"));
        fields.put("comment", COMMENT);
        fields.put("decision", "approve");
        HttpResponse<String> approved = reviewer.submit(REVIEW, form.attr("action"), fields);
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(EditorClient.location(approved)).endsWith(TOPIC + "?published");
        assertThat(new Http(port).get("/topics/" + editors.original().slug()).body()).contains("Read this part first.");
        assertThat(jdbc.queryForObject("select review_comment from topic_revision where topic_key = 'treatment' "
                + "and kind = 'PUBLISHED'", String.class)).isEqualTo(COMMENT);

        // Afterwards there is nothing left to review.
        assertThat(page(reviewer.get(REVIEW)).text()).contains("There is no draft of this topic to review.");
    }

    @Test
    void theHistoryComparisonMarksTheChangedWords() {
        String removed = replacedWord();
        EditorClient author = editors.signedIn("rs-author");
        author.saveDraft(TOPIC, edited(removed));
        author.press(TOPIC, "submit");
        EditorClient reviewer = editors.signedIn("rs-reviewer");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", reviewer.draftVersion(TOPIC));
        fields.put("decision", "approve");
        assertThat(reviewer.submit(REVIEW, REVIEW, fields).statusCode()).isEqualTo(302);

        Document diff = page(reviewer.get(TOPIC + "/diff?from=1&to=2"));
        assertThat(diff.select(".diff-del del").eachText()).contains(removed);
        assertThat(diff.select(".diff-add ins").eachText()).contains("Zebrafish");
        assertThat(diff.select(".diff-add").text()).contains("Read this");
        assertThat(diff.select(".diff-add").text()).contains("Zebrafish");
        assertThat(diff.select("h1").text()).isEqualTo("Changes from version 1 to version 2");
    }
}
