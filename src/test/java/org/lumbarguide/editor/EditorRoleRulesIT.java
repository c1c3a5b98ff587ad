package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.quality.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may decide what (docs/architecture.md, "Who may do what"): dismissing a release proposal or applying
 * a glossary word is a reviewer's; closing reader feedback a reviewer's or an administrator's. The server
 * refuses an author's POST (403) and the pages offer an author no button for it.
 */
@SiteIntegrationTest
class EditorRoleRulesIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        EditorClient.account(accounts, "role-author", Role.AUTHOR);
        EditorClient.account(accounts, "role-reviewer", Role.REVIEWER);
        EditorClient.account(accounts, "role-admin", Role.ADMIN);
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from content_proposal");
        jdbc.update("delete from reader_feedback");
    }

    @Test
    void anAuthorCannotDismissAGlossaryOrATopicRemovalProposal() {
        jdbc.update("insert into content_proposal (target, change_kind, language, item_key, proposed_text, created_at, "
                + "status) values ('GLOSSARY_TERM', 'UPDATE', 'en', 'biopsy', ?, current_timestamp, 'PENDING')",
                "term: Biopsy\nother-forms: []\ndefinition: Changed.\n");
        long glossary = jdbc.queryForObject("select max(id) from content_proposal", Long.class);
        jdbc.update("insert into content_proposal (target, change_kind, language, item_key, created_at, status) "
                + "values ('TOPIC', 'REMOVE', 'en', 'questions', current_timestamp, 'PENDING')");
        long removal = jdbc.queryForObject("select max(id) from content_proposal", Long.class);

        EditorClient author = EditorClient.signedIn(port, "role-author");
        for (long id : new long[] {glossary, removal}) {
            Document page = Jsoup.parse(author.get("/editor/proposals/" + id).body());
            assertThat(page.select("button[value=dismiss]")).as("no dismiss button for an author").isEmpty();
            assertThat(page.select("button[value=accept], button[value=apply]")).isEmpty();
            HttpResponse<String> dismissed = author.submit("/editor/proposals/" + id, "/editor/proposals/" + id,
                    Map.of("decision", "dismiss"));
            assertThat(dismissed.statusCode()).isEqualTo(403);
            assertThat(jdbc.queryForObject("select status from content_proposal where id = ?", String.class, id))
                    .isEqualTo("PENDING");
        }
        HttpResponse<String> applied = author.submit("/editor/proposals/" + glossary, "/editor/proposals/" + glossary,
                Map.of("decision", "apply"));
        assertThat(applied.statusCode()).isEqualTo(403);
        assertThat(applied.body()).contains("Only a reviewer");
        assertThat(HtmlChecker.errors(applied.body())).as("the 403 page").isEmpty();

        EditorClient reviewer = EditorClient.signedIn(port, "role-reviewer");
        assertThat(Jsoup.parse(reviewer.get("/editor/proposals/" + removal).body()).select("button[value=dismiss]"))
                .hasSize(1);
        assertThat(reviewer.submit("/editor/proposals/" + removal, "/editor/proposals/" + removal,
                Map.of("decision", "dismiss")).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from content_proposal where id = ?", String.class, removal))
                .isEqualTo("DISMISSED");
    }

    @Test
    void anAuthorCannotCloseReaderFeedbackButAReviewerOrAnAdministratorCan() {
        jdbc.update("insert into reader_feedback (topic_key, language, helpful, comment, created_on) values "
                + "('symptoms', 'en', false, 'A reader''s comment.', current_date)");
        jdbc.update("insert into reader_feedback (topic_key, language, helpful, comment, created_on) values "
                + "('symptoms', 'en', false, 'Another comment.', current_date)");
        java.util.List<Long> ids = jdbc.queryForList("select id from reader_feedback order by id", Long.class);

        EditorClient author = EditorClient.signedIn(port, "role-author");
        assertThat(Jsoup.parse(author.get("/editor/feedback").body()).select("form[action*=close]")).isEmpty();
        HttpResponse<String> closed = author.submit("/editor/proposals", "/editor/feedback/" + ids.get(0) + "/close",
                Map.of());
        assertThat(closed.statusCode()).isEqualTo(403);
        assertThat(closed.body()).contains("Only a reviewer or an administrator can close");
        assertThat(jdbc.queryForObject("select status from reader_feedback where id = ?", String.class, ids.get(0)))
                .isEqualTo("OPEN");

        EditorClient reviewer = EditorClient.signedIn(port, "role-reviewer");
        assertThat(Jsoup.parse(reviewer.get("/editor/feedback").body()).select("form[action*=close]")).hasSize(2);
        assertThat(reviewer.submit("/editor/feedback", "/editor/feedback/" + ids.get(0) + "/close", Map.of())
                .statusCode()).isEqualTo(302);
        EditorClient admin = EditorClient.signedIn(port, "role-admin");
        assertThat(admin.submit("/editor/feedback", "/editor/feedback/" + ids.get(1) + "/close", Map.of())
                .statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForList("select status from reader_feedback", String.class)).containsOnly("CLOSED");
    }
}
