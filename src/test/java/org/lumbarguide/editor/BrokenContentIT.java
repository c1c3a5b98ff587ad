package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.LogCapture;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.ContentWrites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17 item 2 end to end: a stored shared block that includes itself twenty times (the edit that used
 * to end the JVM) costs readers nothing they had, and editors see it; drafts that would do it are refused.
 */
@SiteIntegrationTest
class BrokenContentIT {

    static final String ROUTING_ROW = "update section set body_markdown = ? where anchor = 'routing' and topic_id = "
            + "(select id from topic where topic_key = 'shared' and language = 'en')";

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

    String routing;

    @BeforeEach
    void anAuthorAndTheStoredRoutingBlock() {
        EditorClient.account(accounts, "bc-author", Role.AUTHOR);
        routing = jdbc.queryForObject("select body_markdown from section where anchor = 'routing' and topic_id = "
                + "(select id from topic where topic_key = 'shared' and language = 'en')", String.class);
    }

    @AfterEach
    void putTheRowBack() {
        jdbc.update(ROUTING_ROW, routing);
        jdbc.update("delete from topic_draft where topic_key in ('shared', 'symptoms')");
        jdbc.update("delete from topic_revision where topic_key in ('shared', 'symptoms')");
        catalog.evictAll();
    }

    @Test
    void aStoredSelfIncludingBlockKeepsTheLastGoodPagesAndEditorsSeeTheError() {
        Http http = new Http(port);
        catalog.evictAll();
        String good = http.get("/topics/symptoms").body();
        assertThat(good).contains("new weakness in one or both legs");

        jdbc.update(ROUTING_ROW, routing + "\n\n" + "{{include routing}}\n\n".repeat(20));
        try (LogCapture log = LogCapture.root()) {
            catalog.evictAll();
            HttpResponse<String> page = http.get("/topics/symptoms");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("new weakness in one or both legs").doesNotContain("{{include");
            assertThat(http.get("/").statusCode()).isEqualTo(200);
            assertThat(http.get("/topics").statusCode()).isEqualTo(200);

            String dashboard = EditorClient.signedIn(port, "bc-author").get("/editor").body();
            String failures = Jsoup.parse(dashboard).select("#failures-heading + p + ul").text();
            assertThat(failures).contains("the shared block “routing” includes itself (routing → routing)")
                    .contains("Readers still see its last good version");
            assertThat(log.text()).contains("'en/symptoms' cannot be rendered, readers keep its last good version")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void aDraftOfTheSharedTopicThatIncludesItselfIsRefusedWithTheTextKept() {
        TopicItem shared = rows.published("en", "shared").orElseThrow();
        String routingBody = shared.sections().stream().filter(s -> s.anchor().equals("routing")).findFirst()
                .orElseThrow().body();
        String text = ContentFiles.write(shared).replace(routingBody, routingBody + "\n\n{{include emergency}}");
        HttpResponse<String> refused = save(EditorClient.signedIn(port, "bc-author"), "shared", text);
        assertThat(refused.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".error-summary li").text()).contains("{{include emergency}} includes itself")
                .contains("emergency → routing → emergency");
        assertThat(page.selectFirst("textarea#text").wholeText()).isEqualTo(text);
        assertThat(jdbc.queryForObject("select count(*) from topic_draft where topic_key = 'shared'", Integer.class))
                .isZero();
    }

    @Test
    void aDraftWhosePageWouldGrowPastTheLimitIsRefusedNamingTheInclude() {
        TopicItem symptoms = rows.published("en", "symptoms").orElseThrow();
        SectionItem first = symptoms.sections().get(0);
        String text = ContentFiles.write(symptoms).replace(first.body(),
                first.body() + "\n\n" + "{{include emergency}}\n\n".repeat(100));
        HttpResponse<String> refused = save(EditorClient.signedIn(port, "bc-author"), "symptoms", text);
        assertThat(refused.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".error-summary li").text()).contains("“" + first.heading() + "”")
                .contains("the shared block “emergency”").contains("160000 characters");
        assertThat(page.selectFirst("textarea#text").wholeText()).isEqualTo(text);
    }

    @Test
    void thePreviewShowsIncludedBlocksFilledIn() {
        TopicItem symptoms = rows.published("en", "symptoms").orElseThrow();
        SectionItem last = symptoms.sections().get(symptoms.sections().size() - 1);
        String text = ContentFiles.write(symptoms).replace(last.body(), last.body() + "\n\n{{include routing}}");
        HttpResponse<String> preview = EditorClient.signedIn(port, "bc-author")
                .submit("/editor/topics/en/symptoms", "/editor/topics/en/symptoms", EditorClient.draft("preview", text, null));
        assertThat(preview.statusCode()).isEqualTo(200);
        String shown = Jsoup.parse(preview.body()).select(".preview-page").text();
        assertThat(shown).contains("Call your 24-hour cancer helpline now").doesNotContain("{{include");
    }

    @Test
    void aSubmittedSharedDraftWhoseBlockIncludesItselfIsRefusedAtApprovalNotA500() {
        // A draft that never went through the save check (opened from a release proposal, or saved before it).
        TopicItem shared = rows.published("en", "shared").orElseThrow();
        SectionItem block = shared.sections().stream().filter(s -> s.anchor().equals("routing")).findFirst()
                .orElseThrow();
        String looped = ContentFiles.write(shared).replace(block.body(), block.body() + "\n\n{{include routing}}");
        jdbc.update("insert into topic_draft (topic_key, language, topic_text, status, contributors, updated_by, "
                + "updated_at, submitted_by) values ('shared', 'en', ?, 'SUBMITTED', 'bc-author', 'bc-author', "
                + "current_timestamp, 'bc-author')", looped);
        EditorClient.account(accounts, "bc-reviewer", Role.REVIEWER);
        EditorClient reviewer = EditorClient.signedIn(port, "bc-reviewer");
        String version = reviewer.draftVersion("/editor/topics/en/shared");

        HttpResponse<String> refused = reviewer.submit("/editor/topics/en/shared", "/editor/topics/en/shared/review",
                Map.of("version", version, "decision", "approve", "comment", "Fine."));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select(".error-summary li").text()).contains("{{include routing}}");
        assertThat(jdbc.queryForObject("select body_markdown from section where anchor = 'routing' and topic_id = "
                + "(select id from topic where topic_key = 'shared' and language = 'en')", String.class))
                .isEqualTo(routing);
    }

    private static HttpResponse<String> save(EditorClient client, String key, String text) {
        return client.saveDraft("/editor/topics/en/" + key, text);
    }
}
