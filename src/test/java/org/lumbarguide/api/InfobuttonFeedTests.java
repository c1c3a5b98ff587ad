package org.lumbarguide.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The feed's two forms, and the Atom check itself: it must refuse what RFC 4287 refuses. */
class InfobuttonFeedTests {

    static InfobuttonFeed feed(String updated, String id, String linkType) {
        return new InfobuttonFeed("https://guide.example", "es", "Guía", "Resultados <para> C41.2 & más", "Guía",
                "https://guide.example/", updated, List.of(new InfobuttonFeed.Category("mainSearchCriteria.v.c", "C41.2")),
                id, List.of(new InfobuttonFeed.Entry("es", "Tipos de tumor", "https://guide.example/es/temas/tipos",
                        "https://guide.example/es/temas/tipos", updated, "<p>Los tipos &amp; más</p>")));
    }

    @Test
    void theFeedIsAtom() throws Exception {
        byte[] xml = feed("2026-04-02T00:00:00Z", "https://guide.example/infobutton?x=1", "text/html").toXml();
        assertThat(InfobuttonAtom.problems(xml)).isEmpty();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("Resultados &lt;para&gt; C41.2 &amp; más")
                .contains("&lt;p&gt;Los tipos &amp;amp; más&lt;/p&gt;");
    }

    @Test
    void theAtomCheckRefusesWhatRfc4287Refuses() throws Exception {
        String good = new String(feed("2026-04-02T00:00:00Z", "https://guide.example/i", "text/html").toXml(),
                StandardCharsets.UTF_8);
        assertThat(InfobuttonAtom.problems(good.replace("2026-04-02T00:00:00Z", "yesterday")
                .getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        assertThat(InfobuttonAtom.problems(good.replaceFirst("(?s)\\s*<id>[^<]*</id>(?=\\s*<entry)", "")
                .getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        assertThat(InfobuttonAtom.problems(good.replace("type=\"text/html\"", "type=\"html\"")
                .getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        assertThat(InfobuttonAtom.problems(good.replaceFirst("(?s)<author>.*?</author>", "")
                .getBytes(StandardCharsets.UTF_8))).contains("an entry has no author and neither has the feed");
        assertThat(InfobuttonAtom.problems(good.replace("rel=\"alternate\"", "rel=\"related\"")
                .getBytes(StandardCharsets.UTF_8))).contains("an entry has neither an alternate link nor content");
    }

    @Test
    void theJsonFormMirrorsTheXmlElementForElement() {
        JsonNode json = JsonMapper.builder().build().readTree(feed("2026-04-02T00:00:00Z", "https://guide.example/i",
                "text/html").toJson());
        JsonNode feed = json.get("feed");
        assertThat(feed.propertyNames()).containsExactly("xsi", "base", "lang", "title", "subtitle", "author",
                "updated", "category", "id", "entry");
        assertThat(feed.get("base").asString()).isEqualTo("https://guide.example/");
        assertThat(feed.get("title").get("_value").asString()).isEqualTo("Guía");
        assertThat(feed.get("title").get("type").asString()).isEqualTo("text");
        assertThat(feed.get("author").get("name").get("_value").asString()).isEqualTo("Guía");
        assertThat(feed.get("category").get(0).get("scheme").asString()).isEqualTo("mainSearchCriteria.v.c");
        JsonNode entry = feed.get("entry").get(0);
        assertThat(entry.propertyNames()).containsExactly("lang", "title", "link", "id", "updated", "summary");
        assertThat(entry.get("link").get(0).get("href").asString()).isEqualTo("https://guide.example/es/temas/tipos");
        assertThat(entry.get("summary").get("_value").asString()).isEqualTo("<p>Los tipos &amp; más</p>");
        assertThat(entry.get("summary").get("type").asString()).isEqualTo("html");
    }
}
