package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.lumbarguide.SiteClient;
import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Editor pages as they look in use, for the quality checks of their words and layout: an account for each role
 * (and one holding all three), a topic with a published version in its history and a draft awaiting review.
 * {@link #putBack()} restores the topic's seeded text, as other tests read it.
 */
final class EditorFixture {

    static final String KEY = "living-with";
    static final String TOPIC = "/editor/topics/en/" + KEY;
    static final String PASSWORD = "editor pages password";
    /** Each role's account; the reviewers have the clinical role a review prints. */
    static final Map<String, List<String>> ACCOUNTS = Map.of("vt-author", List.of("AUTHOR"), "vt-reviewer",
            List.of("REVIEWER"), "vt-admin", List.of("ADMIN"), "vt-chief", List.of("AUTHOR", "REVIEWER", "ADMIN"));

    private final int port;
    private final JdbcTemplate jdbc;
    private final ContentWrites rows;
    private final TopicCatalog catalog;
    private final TopicItem original;

    EditorFixture(int port, JdbcTemplate jdbc, ContentWrites rows, TopicCatalog catalog) {
        this.port = port;
        this.jdbc = jdbc;
        this.rows = rows;
        this.catalog = catalog;
        ACCOUNTS.forEach((username, roles) -> {
            if (jdbc.queryForObject("select count(*) from editor_user where username = ?", Integer.class, username) == 0) {
                jdbc.update("insert into editor_user (username, display_name, clinical_role, password_hash, created_at) "
                        + "values (?, ?, ?, ?, current_timestamp)", username, "Editor Pages " + username,
                        roles.contains("REVIEWER") ? "consultant clinical oncologist" : null,
                        "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
                roles.forEach(role -> jdbc.update("insert into editor_user_role (user_id, role) select id, ? from "
                        + "editor_user where username = ?", role, username));
            }
        });
        this.original = rows.published("en", KEY).orElseThrow();
    }

    /** Puts the seeded text back, and forgets the drafts and versions made here. */
    void putBack() {
        jdbc.update("delete from topic_draft where topic_key = ?", KEY);
        jdbc.update("delete from topic_revision where topic_key = ?", KEY);
        rows.publish(original, original.reviewed(), original.reviewerRole());
        catalog.evictAll();
    }

    /** An author's change published by a reviewer (a second row in the history), then a new draft sent for review. */
    void publishAVersionAndLeaveADraftAwaitingReview() {
        SiteClient author = signedIn("vt-author");
        saveAndSubmit(author, "A summary published by the editor pages' checks.");
        SiteClient reviewer = signedIn("vt-reviewer");
        Map<String, String> approve = new LinkedHashMap<>();
        approve.put("version", draftVersion(reviewer));
        approve.put("decision", "approve");
        approve.put("comment", "Checked against the sources; the wording is plain.");
        assertThat(reviewer.submit(TOPIC, TOPIC + "/review", approve).statusCode()).as("approved").isEqualTo(302);
        saveAndSubmit(author, "A summary awaiting review in the editor pages' checks.");
    }

    private void saveAndSubmit(SiteClient author, String summary) {
        TopicItem t = original;
        String text = ContentFiles.write(new TopicItem(t.language(), t.key(), t.slug(), t.title(), summary,
                t.position(), t.sourceKeys(), t.written(), t.reviewed(), t.reviewerRole(), t.sections(), t.origin()));
        Map<String, String> save = new LinkedHashMap<>();
        save.put("action", "save");
        save.put("text", text);
        String version = draftVersion(author);
        if (!version.isEmpty()) {
            save.put("version", version);
        }
        assertThat(author.submit(TOPIC, TOPIC, save).statusCode()).as("saved").isEqualTo(302);
        assertThat(author.submit(TOPIC, TOPIC, Map.of("action", "submit", "version", draftVersion(author)))
                .statusCode()).as("submitted").isEqualTo(302);
    }

    private static String draftVersion(SiteClient client) {
        return Jsoup.parse(client.get(TOPIC).body()).select("input[name=version]").attr("value");
    }

    /** A client with an address of its own, so the sign-in throttle and rate limit count it apart from other tests. */
    SiteClient client() {
        return new SiteClient(port, "X-Forwarded-For", "203.0.113.23");
    }

    SiteClient signedIn(String username) {
        SiteClient client = client();
        HttpResponse<String> response = client.submit("/editor/sign-in", "/editor/sign-in",
                Map.of("username", username, "password", PASSWORD));
        assertThat(response.headers().firstValue("Location").orElse("")).as(username + " signed in").endsWith("/editor");
        return client;
    }
}
