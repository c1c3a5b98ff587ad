package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The editor's forms, posted as browsers post them (urlencoded, no charset), keep every non-ASCII letter: in
 * the saved draft, on the published page and in a new account (the public forms: {@code system.Utf8FormsIT}).
 */
@SiteIntegrationTest
class Utf8EditorFormsIT {

    private static final String TEXT = "José Müller – naïve café ñ ü ¿";
    private static final String TOPIC = "/editor/topics/en/prognosis";

    @RegisterExtension
    final EditorFixture editors = EditorFixture.forTopic("en", "prognosis")
            .account("utf8-author", Role.AUTHOR).account("utf8-reviewer", Role.REVIEWER).account("utf8-admin", Role.ADMIN);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDraftIsSavedAndPublishedIntact() {
        EditorClient author = editors.signedIn("utf8-author");
        String edited = EditorClient.withSummary(editors.original(), "Summary: " + TEXT);
        assertThat(author.saveDraft(TOPIC, edited).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select topic_text from topic_draft where topic_key = 'prognosis'",
                String.class)).contains("Summary: " + TEXT);
        assertThat(author.sourceText(TOPIC)).contains("Summary: " + TEXT);

        assertThat(author.press(TOPIC, "submit").statusCode()).isEqualTo(302);
        EditorClient reviewer = editors.signedIn("utf8-reviewer");
        HttpResponse<String> approved = reviewer.review(TOPIC, "approve", TEXT);
        assertThat(approved.statusCode()).isEqualTo(302);

        assertThat(jdbc.queryForObject("select summary from topic where topic_key = 'prognosis' and language = 'en'",
                String.class)).isEqualTo("Summary: " + TEXT);
        assertThat(Jsoup.parse(new Http(port).get("/topics/prognosis").body()).text()).contains("Summary: " + TEXT);
    }

    @Test
    void aFormShownAgainWithItsErrorsKeepsEveryLetter() {
        EditorClient admin = editors.signedIn("utf8-admin");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", "utf8-weak");
        form.put("displayName", TEXT);
        form.put("clinicalRole", "enfermera clínica – " + TEXT);
        form.put("password", "aaaaaaaaaaaa");
        form.put("roles", "AUTHOR");
        HttpResponse<String> refused = admin.submit("/editor/users", "/editor/users", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document page = Jsoup.parse(refused.body());
        assertThat(page.select("input#displayName").attr("value")).isEqualTo(TEXT);
        assertThat(page.select("input#clinicalRole").attr("value")).isEqualTo("enfermera clínica – " + TEXT);

        EditorClient author = editors.signedIn("utf8-author");
        String broken = "Not a topic file: " + TEXT;
        HttpResponse<String> problems = author.saveDraft(TOPIC, broken);
        assertThat(problems.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(problems.body()).selectFirst("textarea#text").wholeText()).isEqualTo(broken);
    }

    @Test
    void anAccountsNameAndClinicalRoleAreStoredIntact() {
        EditorClient admin = editors.signedIn("utf8-admin");
        String username = "utf8-new-" + System.nanoTime() % 100_000;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", TEXT);
        form.put("clinicalRole", "enfermera clínica – " + TEXT);
        form.put("password", EditorClient.PASSWORD);
        form.put("roles", "AUTHOR");
        HttpResponse<String> created = admin.submit("/editor/users", "/editor/users", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        assertThat(jdbc.queryForMap("select display_name, clinical_role from editor_user where username = ?", username))
                .containsEntry("DISPLAY_NAME", TEXT).containsEntry("CLINICAL_ROLE", "enfermera clínica – " + TEXT);
        assertThat(Jsoup.parse(admin.get("/editor/users").body()).text()).contains(TEXT);
    }
}
