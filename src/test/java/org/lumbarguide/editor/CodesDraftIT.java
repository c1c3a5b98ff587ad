package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.content.catalog.CodeSystem;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A topic's clinical codes in the editor: the source view shows them as the file writes them, a draft that changes
 * them is saved, reviewed and published with them (and health records then find the page by the new list), and a
 * draft with a malformed code is shown again with the problem, nothing saved.
 */
@SiteIntegrationTest
class CodesDraftIT {

    static final String TOPIC = "/editor/topics/en/prognosis";
    static final String BONE_MARROW = "  - icd-10-cm: C79.52\n    title: Secondary malignant neoplasm of bone marrow\n";

    @RegisterExtension
    final EditorFixture editors = EditorFixture.forTopic("en", "prognosis")
            .account("codes-author", Role.AUTHOR).account("codes-reviewer", Role.REVIEWER);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentWrites rows;

    @Autowired
    TopicCatalog catalog;

    private static HttpResponse<String> save(EditorClient client, String text) {
        return client.submit(TOPIC, TOPIC, EditorClient.draft("save", text, ""));
    }

    private static java.util.List<String> keys(java.util.List<TopicLink> links) {
        return links.stream().map(TopicLink::key).toList();
    }

    @Test
    void aDraftThatChangesTheCodesIsPublishedWithThem() {
        assertThat(editors.original().codes()).as("the published topic carries its file's codes").hasSize(14);
        EditorClient author = editors.signedIn("codes-author");
        String source = author.sourceText(TOPIC);
        assertThat(source).contains("codes:\n  - icd-10-cm: C41.2\n    title: Malignant neoplasm of vertebral column\n")
                .contains(BONE_MARROW);
        assertThat(keys(catalog.catalog("en").topicsForCode(CodeSystem.ICD_10_CM, "C79.52"))).contains("prognosis");

        String edited = source.replace(BONE_MARROW, "").replace("Outlook (prognosis)", "Outlook");
        assertThat(save(author, edited).statusCode()).isEqualTo(302);
        assertThat(author.sourceText(TOPIC)).as("the saved draft keeps the edited list").doesNotContain("C79.52")
                .contains("  - icd-10-cm: C79.51\n");
        assertThat(author.press(TOPIC, "submit").statusCode()).isEqualTo(302);

        EditorClient reviewer = editors.signedIn("codes-reviewer");
        assertThat(reviewer.review(TOPIC, "approve", "Codes checked.").statusCode()).isEqualTo(302);

        TopicItem published = rows.published("en", "prognosis").orElseThrow();
        assertThat(published.codes()).hasSize(13).noneMatch(c -> c.code().equals("C79.52"))
                .anyMatch(c -> c.code().equals("C79.51"));
        assertThat(jdbc.queryForList("select c.code from topic_code c join topic t on t.id = c.topic_id where "
                + "t.topic_key = 'prognosis' and t.language = 'en' order by c.position", String.class))
                .startsWith("C41.2").doesNotContain("C79.52").contains("94222008");
        catalog.evictAll();
        assertThat(keys(catalog.catalog("en").topicsForCode(CodeSystem.ICD_10_CM, "C79.52")))
                .doesNotContain("prognosis").contains("overview");
        assertThat(keys(catalog.catalog("es").topicsForCode(CodeSystem.ICD_10_CM, "C79.52")))
                .as("the Spanish page follows its topic's codes").doesNotContain("prognosis");
        assertThat(keys(catalog.catalog("en").topicsForCode(CodeSystem.ICD_10_CM, "C79.51"))).contains("prognosis");
    }

    @Test
    void aDraftWithAMalformedCodeIsShownAgainWithItsProblemAndNothingIsSaved() {
        EditorClient author = editors.signedIn("codes-author");
        String broken = author.sourceText(TOPIC).replace("icd-10-cm: C79.51\n", "icd-10-cm: c79.51\n");
        HttpResponse<String> response = save(author, broken);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("is not an ICD-10-CM code as the tabular list writes it");
        assertThat(Jsoup.parse(response.body()).selectFirst("textarea#text").wholeText()).isEqualTo(broken);
        assertThat(jdbc.queryForObject("select count(*) from topic_draft where topic_key = 'prognosis'", Integer.class))
                .isZero();
    }
}
