package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.ContentHash;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Spanish draft over real HTTP: the same two-person rule as an English one, published on the Spanish page only,
 * and a part whose English changed marked as checked with a tick, current once a second clinician approves.
 */
@SiteIntegrationTest
class SpanishReviewWorkflowIT {

    static final String TOPIC = "/editor/topics/es/symptoms";
    static final String SPANISH_PAGE = "/es/temas/sintomas";
    static final String ENGLISH_PAGE = "/topics/symptoms";
    static final String TYPED = "José Müller – ñ ü ¿";

    /** Both are clinicians who may review: the author is refused by the two-person rule, not by a missing role. */
    @RegisterExtension
    final EditorFixture editors = EditorFixture.forTopic("en", "symptoms").andTopic("es", "symptoms")
            .account("es-author", Role.REVIEWER).account("es-reviewer", Role.REVIEWER);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentWrites rows;

    @Autowired
    TopicCatalog catalog;

    TopicItem english;
    TopicItem spanish;

    @BeforeEach
    void theOriginalTexts() {
        english = editors.original("en", "symptoms");
        spanish = editors.original("es", "symptoms");
    }

    private static TopicItem withSummary(TopicItem t, String summary) {
        return new TopicItem(t.language(), t.key(), t.slug(), t.title(), summary, t.position(), t.sourceKeys(),
                t.written(), t.reviewed(), t.reviewerRole(), t.sections(), t.origin(), t.translatedFrom());
    }

    private static String lead(String body) {
        return Jsoup.parse(body).select("main p.lead").text();
    }

    private SectionView spanishSection(String anchor) {
        return catalog.catalog("es").pageByKey("symptoms").orElseThrow().sections().stream()
                .filter(s -> s.anchor().equals(anchor)).findFirst().orElseThrow();
    }

    @Test
    void aSpanishDraftNeedsASecondClinicianAndChangesOnlyTheSpanishPage() {
        Http http = new Http(port);
        String englishBefore = http.get(ENGLISH_PAGE).body();
        String summary = "Resumen escrito por " + TYPED + ".";

        EditorClient author = editors.signedIn("es-author");
        // EditorClient posts a form without a charset, as a browser does.
        HttpResponse<String> saved = author.submit(TOPIC, TOPIC,
                EditorClient.draft("save", ContentFiles.write(withSummary(spanish, summary)), ""));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(author.sourceText(TOPIC)).contains(summary);
        assertThat(http.get(SPANISH_PAGE).body()).as("a draft is not public").doesNotContain(TYPED);
        assertThat(author.press(TOPIC, "submit").statusCode()).isEqualTo(302);

        HttpResponse<String> own = author.review(TOPIC, "approve", null);
        assertThat(own.statusCode()).as("the two-person rule").isEqualTo(403);
        assertThat(own.body()).contains("you cannot approve it");
        assertThat(http.get(SPANISH_PAGE).body()).doesNotContain(TYPED);

        EditorClient reviewer = editors.signedIn("es-reviewer");
        assertThat(reviewer.review(TOPIC, "approve", null).statusCode()).isEqualTo(302);

        HttpResponse<String> after = http.get(SPANISH_PAGE);
        assertThat(lead(after.body())).isEqualTo(summary);
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy",
                Locale.forLanguageTag("es")));
        assertThat(Jsoup.parse(after.body()).select("p.reviewed").text()).as("the role in a Spanish sentence")
                .startsWith("Revisado por oncólogo clínico especialista el " + today + ". Próxima revisión prevista: ");
        HttpResponse<String> englishAfter = http.get(ENGLISH_PAGE);
        assertThat(englishAfter.body()).doesNotContain(TYPED);
        assertThat(lead(englishAfter.body())).isEqualTo(lead(englishBefore));
        assertThat(Jsoup.parse(englishAfter.body()).select("p.reviewed").text())
                .isEqualTo(Jsoup.parse(englishBefore).select("p.reviewed").text());
        assertThat(jdbc.queryForList("select kind from topic_revision where topic_key = 'symptoms' and language = 'es' "
                + "order by revision_no", String.class)).containsExactly("RELEASE", "PUBLISHED");
        assertThat(jdbc.queryForList("select action from audit_event where target = 'es/symptoms'", String.class))
                .contains("DRAFT_SAVED", "SELF_APPROVAL_REFUSED", "PUBLISHED");
    }

    @Test
    void aTickMarksASectionWhoseEnglishChangedAsCheckedAndApprovalMakesItCurrent() {
        // The English "common symptoms" section changes: its Spanish is out of date.
        List<SectionItem> sections = new ArrayList<>();
        for (SectionItem s : english.sections()) {
            sections.add(s.anchor().equals("common-symptoms") ? new SectionItem(s.anchor(), s.heading(), s.kind(),
                    s.body() + "\n\nAsk your care team if you are not sure.", s.origin(), s.bodyLine()) : s);
        }
        TopicItem changed = new TopicItem("en", english.key(), english.slug(), english.title(), english.summary(),
                english.position(), english.sourceKeys(), english.written(), english.reviewed(), english.reviewerRole(),
                sections, english.origin(), english.translatedFrom());
        rows.publish(changed, english.reviewed(), english.reviewerRole());
        catalog.evictAll();
        SectionItem newEnglish = sections.stream().filter(s -> s.anchor().equals("common-symptoms")).findFirst()
                .orElseThrow();
        String currentHash = ContentHash.ofSection(newEnglish.heading(), newEnglish.kind(), newEnglish.body());
        assertThat(spanishSection("common-symptoms").translation().status())
                .isEqualTo(TopicViews.TranslationStatus.OUT_OF_DATE);

        EditorClient author = editors.signedIn("es-author");
        Document editPage = Jsoup.parse(author.get(TOPIC + "?view=source").body());
        assertThat(editPage.select("input[name=current]")).extracting(i -> i.attr("value"))
                .containsExactly("common-symptoms");
        assertThat(editPage.selectFirst("label[for=current-common-symptoms]").text())
                .isEqualTo("This Spanish now says what the current English says: Síntomas comunes");

        Map<String, String> fields = EditorClient.draft("save", ContentFiles.write(spanish), "");
        fields.put("current", "common-symptoms");
        assertThat(author.submit(TOPIC, TOPIC, fields).statusCode()).isEqualTo(302);
        String draft = jdbc.queryForObject("select topic_text from topic_draft where topic_key = 'symptoms' and "
                + "language = 'es'", String.class);
        TopicItem stamped = ContentFiles.parseTopic("es", "symptoms.md", draft);
        assertThat(stamped.translatedFrom()).containsEntry("common-symptoms", currentHash)
                .containsEntry("less-common-symptoms", spanish.translatedFrom().get("less-common-symptoms"));
        assertThat(author.press(TOPIC, "submit").statusCode()).isEqualTo(302);

        EditorClient reviewer = editors.signedIn("es-reviewer");
        Document reviewPage = Jsoup.parse(reviewer.get(TOPIC).body());
        assertThat(reviewPage.select(".marked-current li")).extracting(li -> li.text())
                .containsExactly("Síntomas comunes");
        assertThat(spanishSection("common-symptoms").translation().status()).as("not before approval")
                .isEqualTo(TopicViews.TranslationStatus.OUT_OF_DATE);
        assertThat(reviewer.review(TOPIC, "approve", null).statusCode()).isEqualTo(302);

        assertThat(spanishSection("common-symptoms").translation().status())
                .isEqualTo(TopicViews.TranslationStatus.CURRENT);
        assertThat(catalog.outOfDateTranslations(List.of("es"))).extracting(TopicViews.OutOfDateTranslation::anchor)
                .doesNotContain("common-symptoms");
    }
}
