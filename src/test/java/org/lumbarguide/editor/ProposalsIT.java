package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.ContentWrites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Release proposals as the import records them: shown as a diff, accepted into a draft or applied, or dismissed. */
@SiteIntegrationTest
class ProposalsIT {

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

    @BeforeEach
    void anEditorsChangeAndTheReleaseProposals() {
        EditorClient.account(accounts, "pr-author", Role.AUTHOR);
        EditorClient.account(accounts, "pr-reviewer", Role.REVIEWER);
        original = rows.published("en", "living-with").orElseThrow();
        originalDefinition = jdbc.queryForObject("select short_definition from glossary_term where term_key = 'biopsy' and language = 'en'",
                String.class);
        String anchor = original.sections().get(0).anchor();
        jdbc.update("update section set body_markdown = 'Text an editor wrote.' where anchor = ? and topic_id = "
                + "(select id from topic where topic_key = 'living-with' and language = 'en')", anchor);
        jdbc.update("insert into content_proposal (target, change_kind, language, topic_key, item_key, proposed_text, "
                + "created_at, status) values ('SECTION', 'UPDATE', 'en', 'living-with', ?, ?, current_timestamp, "
                + "'PENDING')", anchor, "## " + original.sections().get(0).heading() + " {#" + anchor + "}\n\n"
                + "The release's new text.\n");
        jdbc.update("insert into content_proposal (target, change_kind, language, item_key, proposed_text, created_at, "
                + "status) values ('GLOSSARY_TERM', 'UPDATE', 'en', 'biopsy', ?, current_timestamp, 'PENDING')",
                "term: Biopsy\nother-forms:\n  - biopsies\ndefinition: A release's clearer definition of a biopsy.\n");
    }

    @AfterEach
    void putBack() {
        jdbc.update("delete from content_proposal");
        jdbc.update("delete from topic_draft where topic_key = 'living-with' and language = 'en'");
        jdbc.update("delete from topic_revision where topic_key = 'living-with'");
        jdbc.update("update glossary_term set short_definition = ? where term_key = 'biopsy' and language = 'en'", originalDefinition);
        rows.publish(original, null, null);
        catalog.evictAll();
    }

    private EditorClient signedIn(String username) {
        return EditorClient.signedIn(port, username);
    }

    private long proposal(String target) {
        return jdbc.queryForObject("select id from content_proposal where target = ? and status = 'PENDING'", Long.class,
                target);
    }

    @Test
    void aSectionProposalShowsTheDifferenceAndBecomesTheTopicsDraft() {
        EditorClient author = signedIn("pr-author");
        assertThat(author.get("/editor").body()).contains("Release proposals");
        assertThat(author.get("/editor/proposals").body()).contains("Update section: living-with");
        long id = proposal("SECTION");
        org.jsoup.nodes.Document page = Jsoup.parse(author.get("/editor/proposals/" + id).body());
        assertThat(page.select(".diff-del").text()).contains("Text an editor wrote.");
        assertThat(page.select(".diff-add").text()).contains("The release's new text.");

        HttpResponse<String> accepted = author.submit("/editor/proposals/" + id, "/editor/proposals/" + id,
                Map.of("decision", "accept"));
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).contains("/editor/topics/en/living-with");
        String draft = jdbc.queryForObject("select topic_text from topic_draft where topic_key = 'living-with' and language = 'en'",
                String.class);
        assertThat(draft).contains("The release's new text.").doesNotContain("Text an editor wrote.");
        assertThat(jdbc.queryForObject("select status from content_proposal where id = ?", String.class, id))
                .isEqualTo("ACCEPTED");
        assertThat(new org.lumbarguide.Http(port).get("/topics/living-with").body()).as("still only a draft")
                .doesNotContain("The release's new text.");
    }

    @Test
    void aGlossaryProposalIsAppliedOnlyByAReviewerAndCanBeDismissed() {
        long id = proposal("GLOSSARY_TERM");
        EditorClient author = signedIn("pr-author");
        assertThat(Jsoup.parse(author.get("/editor/proposals/" + id).body()).select("button[name=decision]"))
                .as("an author is offered no button").isEmpty();
        HttpResponse<String> refused = author.submit("/editor/proposals/" + id, "/editor/proposals/" + id,
                Map.of("decision", "apply"));
        assertThat(refused.statusCode()).as("a role the server refuses").isEqualTo(403);
        assertThat(refused.body()).contains("Only a reviewer");
        HttpResponse<String> accepted = author.submit("/editor/proposals/" + id, "/editor/proposals/" + id,
                Map.of("decision", "accept"));
        assertThat(accepted.statusCode()).as("a glossary word does not become a draft").isEqualTo(409);
        assertThat(accepted.body()).contains("does not become a draft");

        EditorClient reviewer = signedIn("pr-reviewer");
        assertThat(Jsoup.parse(reviewer.get("/editor/proposals/" + id).body()).select("button[name=decision]"))
                .extracting(button -> button.attr("value")).containsExactly("apply", "dismiss");
        assertThat(reviewer.submit("/editor/proposals/" + id, "/editor/proposals/" + id, Map.of("decision", "apply"))
                .statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select short_definition from glossary_term where term_key = 'biopsy' and language = 'en'",
                String.class)).isEqualTo("A release's clearer definition of a biopsy.");
        catalog.evictAll();
        assertThat(new org.lumbarguide.Http(port).get("/glossary").body())
                .contains("A release&#39;s clearer definition of a biopsy.");

        long section = proposal("SECTION");
        reviewer.submit("/editor/proposals/" + section, "/editor/proposals/" + section, Map.of("decision", "dismiss"));
        assertThat(jdbc.queryForObject("select status from content_proposal where id = ?", String.class, section))
                .isEqualTo("DISMISSED");
        assertThat(jdbc.queryForList("select action from audit_event where actor = 'pr-reviewer'", String.class))
                .contains("PROPOSAL_ACCEPTED", "PROPOSAL_DISMISSED");
    }
}
