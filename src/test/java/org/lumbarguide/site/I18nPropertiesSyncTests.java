package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every UI string of the public site's templates is a message, and every message is in every language, as
 * spring-petclinic's I18nPropertiesSyncTest asks. The templates checked are the site's own: {@code site/},
 * {@code topics/}, {@code fragments/} and {@code error.html} (the handout, feedback and editor templates have
 * owners of their own and are not checked here yet). The checkers themselves are tested on made-up files, so
 * a check that passes because it cannot fail would show.
 */
class I18nPropertiesSyncTests {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");
    static final List<Path> SITE_TEMPLATES = List.of(TEMPLATES.resolve("site"), TEMPLATES.resolve("topics"),
            TEMPLATES.resolve("fragments"), TEMPLATES.resolve("error.html"));

    /**
     * Hard-coded text allowed on purpose, as "template: text" (the checker's report line). None today: every
     * word of the site's templates is a message. An entry here needs a reason beside it.
     */
    static final Set<String> EXCEPTIONS = Set.of();

    @Test
    void everyTranslationHasEveryKeyOfTheBaseFile() throws IOException {
        assertThat(MessageFiles.missingKeys(RESOURCES, "messages")).as("keys missing from translations").isEmpty();
    }

    @Test
    void theSyncCheckFindsAKeyMissingFromATranslation(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("messages.properties"),
                "site.name=Lumbar Spine Cancer Guide\ntopic.toc=On this page\ncare.note=Talk to your care team.\n");
        Files.writeString(folder.resolve("messages_es.properties"),
                "site.name=Guía del cáncer de columna lumbar\ncare.note=Hable con su equipo de atención.\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("messages_fr.properties"),
                "site.name=Guide\ntopic.toc=Sur cette page\ncare.note=Parlez à votre équipe.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("other_es.properties"), "unrelated=1\n");

        Map<String, SortedSet<String>> missing = MessageFiles.missingKeys(folder, "messages");

        assertThat(missing).containsOnlyKeys("messages_es.properties");
        assertThat(missing.get("messages_es.properties")).containsExactly("topic.toc");
        assertThat(MessageFiles.translations(folder, "messages")).extracting(path -> path.getFileName().toString())
                .containsExactly("messages_es.properties", "messages_fr.properties");
    }

    @Test
    void theSitesTemplatesHoldNoHardCodedText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : siteTemplates()) {
            String name = TEMPLATES.relativize(template).toString();
            for (String text : TemplateText.hardCoded(Files.readString(template))) {
                if (!EXCEPTIONS.contains(name + ": " + text)) {
                    found.add(name + ": " + text);
                }
            }
        }
        assertThat(found).as("text to move into messages.properties (#{...})").isEmpty();
    }

    @Test
    void everyMessageTheSitesTemplatesNameExists() throws IOException {
        Set<String> keys = MessageFiles.load(RESOURCES.resolve("messages.properties")).stringPropertyNames();
        List<String> unknown = new ArrayList<>();
        int named = 0;
        for (Path template : siteTemplates()) {
            for (String key : TemplateText.messageKeys(Files.readString(template))) {
                named++;
                if (!keys.contains(key)) {
                    unknown.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(named).as("keys found at all").isGreaterThan(40);
        assertThat(unknown).isEmpty();
    }

    @Test
    void theTextCheckFindsWordsOutsideMessagesAndOnlyThem() {
        String template = """
                <!DOCTYPE html>
                <html th:replace="~{fragments/layout :: layout(~{::title}, ~{::main})}" xmlns:th="http://www.thymeleaf.org">
                <head><title th:text="#{glossary.title}">Glossary</title></head>
                <body>
                <main>
                  <h1>Glossary</h1>
                  <p th:text="#{glossary.intro}">Prototype text, replaced.</p>
                  <p><span th:text="${source.publisher}">Publisher</span>. (<span th:text="${year}">2023</span>).</p>
                  <p><span aria-hidden="true">&#9888;</span> <a href="/topics">All topics</a></p>
                  <p>Written on [[${date}]]</p>
                  <p>[[#{care.note}]]</p>
                  <div th:replace="~{fragments/section :: label(${section})}">Replaced by a fragment.</div>
                  <p th:remove="all">A note for designers only.</p>
                  <img src="/img/a.svg" alt="A drawing of the spine">
                  <img src="/img/b.svg" alt="" th:alt="#{diagram.title}">
                  <nav aria-label="Breadcrumb"></nav>
                  <input type="submit" value="Send">
                  <input type="hidden" name="answer" value="yes">
                  <!-- A comment with words. -->
                  <script>let words = "not text";</script>
                </main>
                </body>
                </html>
                """;

        assertThat(TemplateText.hardCoded(template)).containsExactly("<h1> Glossary", "<a> All topics",
                "<p> Written on", "<img alt=\"A drawing of the spine\">", "<nav aria-label=\"Breadcrumb\">",
                "<input value=\"Send\">");
        assertThat(TemplateText.messageKeys(template)).containsExactly("care.note", "diagram.title",
                "glossary.intro", "glossary.title");
    }

    private static List<Path> siteTemplates() throws IOException {
        List<Path> templates = new ArrayList<>();
        for (Path place : SITE_TEMPLATES) {
            try (Stream<Path> files = Files.walk(place)) {
                files.filter(file -> file.toString().endsWith(".html")).sorted().forEach(templates::add);
            }
        }
        assertThat(templates).as("the site's templates").hasSizeGreaterThanOrEqualTo(9);
        return new ArrayList<>(new TreeSet<>(templates));
    }
}
