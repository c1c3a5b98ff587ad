package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.quality.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clinical editor edits through the structured form only, as a browser posts it: changes a sentence, adds a
 * section with a level of urgency, adds a source the guide did not have, saves and sends the draft for review,
 * without typing YAML or braces. And two editors adding the same source at once leave one row, never a 5xx.
 */
@SiteIntegrationTest
class StructuredEditingIT {

    static final String TOPIC = "/editor/topics/en/living-with";
    static final String FORM = TOPIC + "/form";
    static final String PUBLISHER = "Structured Test Publisher";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    EditorClient author;

    @BeforeEach
    void anAuthor() {
        clear();
        EditorClient.account(accounts, "struct-author", Role.AUTHOR);
        author = EditorClient.signedIn(port, "struct-author");
    }

    @AfterEach
    void clear() {
        jdbc.update("delete from topic_draft where topic_key = 'living-with'");
        jdbc.update("delete from topic_revision where topic_key = 'living-with'");
        jdbc.update("delete from source where source_key like 'structured-test-publisher-%'");
    }

    /** The structured form's fields as the page holds them (ticked boxes only, text areas exactly as written). */
    private static List<Map.Entry<String, String>> fields(Document page) {
        Element form = page.selectFirst("form#structured-form");
        assertThat(form).as("the page opens on the structured form").isNotNull();
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type");
            if (type.equals("checkbox") && !field.hasAttr("checked")) {
                continue;
            }
            String value = switch (field.tagName()) {
                case "textarea" -> field.wholeText();
                case "select" -> {
                    Element chosen = field.selectFirst("option[selected]");
                    yield chosen == null ? field.selectFirst("option").attr("value") : chosen.attr("value");
                }
                default -> field.attr("value");
            };
            fields.add(Map.entry(field.attr("name"), value));
        }
        return fields;
    }

    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields, String... changes) {
        List<Map.Entry<String, String>> changed = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i + 1 < changes.length; i += 2) {
            names.add(changes[i]);
        }
        fields.stream().filter(f -> !names.contains(f.getKey()) || f.getKey().equals("sources")).forEach(changed::add);
        for (int i = 0; i + 1 < changes.length; i += 2) {
            changed.add(Map.entry(changes[i], changes[i + 1]));
        }
        return changed;
    }

    private static Document page(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(HtmlChecker.errors(response.body())).as("a valid page").isEmpty();
        return Jsoup.parse(response.body());
    }

    @Test
    void aClinicalEditorChangesASentenceAddsAnUrgentSectionAndASourceAndSendsItForReview() {
        Document page = page(author.get(TOPIC), 200);
        List<Map.Entry<String, String>> form = fields(page);
        String firstBody = form.stream().filter(f -> f.getKey().equals("sections[0].body")).findFirst().orElseThrow()
                .getValue();
        String firstSentence = firstBody.lines().findFirst().orElseThrow();
        int sections = page.select("fieldset.section-fields").size();

        // Add a section (a button, no script), then fill it in: a heading, a level chosen from the list, its text.
        page = page(author.post(FORM, with(form, "action", "add-section")), 200);
        assertThat(page.select("fieldset.section-fields")).hasSize(sections + 1);
        int added = sections;
        form = with(fields(page),
                "sections[0].body", firstBody.replace(firstSentence, "José Müller – ñ ü ¿ checked this sentence."),
                "sections[" + added + "].heading", "When to call your care team",
                "sections[" + added + "].level", "tier-care-team",
                "sections[" + added + "].body", "Tell them if your back pain gets worse over a few days.");

        // Add a source the guide did not list: it is added and ticked for this topic.
        page = page(author.post(FORM, with(form, "action", "add-source", "newPublisher", PUBLISHER,
                "newTitle", "Living with spinal tumours", "newYear", "2025",
                "newUrl", "https://example.org/living-with")), 200);
        String sourceKey = jdbc.queryForObject("select source_key from source where publisher = ?", String.class,
                PUBLISHER);
        assertThat(page.select("input[name=sources][checked]")).extracting(i -> i.attr("value")).contains(sourceKey);
        // Adding a source changes the guide's list for every editor: the audit log says who added which.
        EditorClient.account(accounts, "struct-admin", Role.ADMIN);
        Document audit = Jsoup.parse(EditorClient.signedIn(port, "struct-admin").get("/editor/audit").body());
        assertThat(audit.select("tbody tr").eachText()).as("the audit page")
                .anyMatch(row -> row.contains("struct-author") && row.contains("SOURCE_ADDED") && row.contains(sourceKey));
        form = fields(page);
        assertThat(form).as("nothing the editor sends is YAML or braces they typed")
                .noneMatch(f -> f.getValue().contains("{#") || f.getValue().startsWith("---"));

        HttpResponse<String> saved = author.post(FORM, with(form, "action", "save"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(author.press(TOPIC, "submit").statusCode()).isEqualTo(302);

        Map<String, Object> draft = jdbc.queryForMap("select topic_text, status from topic_draft where "
                + "topic_key = 'living-with' and language = 'en'");
        assertThat(draft.get("STATUS")).isEqualTo("SUBMITTED");
        TopicItem topic = Drafts.parse("en", "living-with", (String) draft.get("TOPIC_TEXT"));
        assertThat(topic.sections().get(0).body()).contains("José Müller – ñ ü ¿ checked this sentence.")
                .doesNotContain(firstSentence);
        SectionItem section = topic.sections().get(added);
        assertThat(section.anchor()).isEqualTo("when-to-call-your-care-team");
        assertThat(section.kind()).isEqualTo(SectionKind.NORMAL);
        assertThat(section.body()).isEqualTo("{{include tier-care-team}}\n\n"
                + "Tell them if your back pain gets worse over a few days.");
        assertThat(topic.sourceKeys()).contains(sourceKey);
    }

    @Test
    void twoEditorsAddingTheSameSourceAtOnceLeaveOneRowAndNeitherSeesAnError() throws Exception {
        EditorClient.account(accounts, "struct-author-2", Role.AUTHOR);
        EditorClient other = EditorClient.signedIn(port, "struct-author-2");
        for (int round = 0; round < 5; round++) {
            String title = "Same source, round " + round;
            List<Map.Entry<String, String>> a = with(fields(Jsoup.parse(author.get(TOPIC).body())), "action",
                    "add-source", "newPublisher", PUBLISHER, "newTitle", title, "newYear", "2024",
                    "newUrl", "https://example.org/" + round);
            List<Map.Entry<String, String>> b = with(fields(Jsoup.parse(other.get(TOPIC).body())), "action",
                    "add-source", "newPublisher", PUBLISHER, "newTitle", title, "newYear", "2024",
                    "newUrl", "https://example.org/" + round);
            CyclicBarrier barrier = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<HttpResponse<String>> one = pool.submit(() -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    return author.post(FORM, a);
                });
                Future<HttpResponse<String>> two = pool.submit(() -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    return other.post(FORM, b);
                });
                for (HttpResponse<String> answer : List.of(one.get(30, TimeUnit.SECONDS), two.get(30, TimeUnit.SECONDS))) {
                    assertThat(answer.statusCode()).as("both editors get the form back, the source ticked")
                            .isEqualTo(200);
                    assertThat(Jsoup.parse(answer.body()).select("input[name=sources][checked]"))
                            .extracting(i -> i.attr("value")).anyMatch(k -> k.startsWith("structured-test-publisher-"));
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(jdbc.queryForObject("select count(*) from source where title = ?", Integer.class, title))
                    .isEqualTo(1);
        }
    }
}
