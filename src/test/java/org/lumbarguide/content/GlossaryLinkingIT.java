package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.render.GlossaryLinker;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.ContentText;
import org.lumbarguide.content.render.RegionWords;

/** Every glossary term is defined once on the glossary page and linked, once, on each page that uses it. */
@SiteIntegrationTest
class GlossaryLinkingIT {

    @LocalServerPort
    int port;

    @Autowired
    TopicCatalog catalog;

    @Autowired
    RegionWords regionWords;

    @Autowired
    MarkdownRenderer markdown;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTermIsDefinedExactlyOnceOnTheGlossaryPage() {
        Document glossary = Jsoup.parse(new Http(port).get("/glossary").body());
        List<GlossaryEntry> entries = entries();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(60);
        for (GlossaryEntry entry : entries) {
            Elements defined = glossary.select("dt#" + entry.anchor() + " > dfn");
            assertThat(defined).as(entry.term()).hasSize(1);
            assertThat(defined.text()).isEqualTo(entry.term());
            assertThat(glossary.select("dt#" + entry.anchor() + " + dd").text()).isEqualTo(entry.definition());
        }
        assertThat(glossary.select("dfn")).hasSize(entries.size());
    }

    @Test
    void eachTermIsLinkedOnceOnEveryPageThatUsesIt() {
        Http http = new Http(port);
        List<String> problems = new ArrayList<>();
        List<GlossaryEntry> entries = entries();
        for (String slug : jdbc.queryForList("select slug from topic where language = 'en' and topic_key <> '"
                + TopicCatalog.SHARED_TOPIC + "'", String.class)) {
            Document page = Jsoup.parse(http.get("/topics/" + slug).body());
            String text = sectionText(slug);
            for (GlossaryEntry entry : entries) {
                boolean used = GlossaryUse.uses(text, entry, entries);
                Elements links = page.select("main .prose a.term[href=/glossary#" + entry.anchor() + "]");
                if (used && links.size() != 1) {
                    problems.add(slug + ": '" + entry.term() + "' is used but linked " + links.size() + " times");
                }
                if (!used && !links.isEmpty()) {
                    problems.add(slug + ": '" + entry.term() + "' is linked but not used");
                }
                for (Element link : links) {
                    Element definition = page.getElementById(link.attr("aria-describedby"));
                    if (definition == null || !definition.text().equals(entry.definition())) {
                        problems.add(slug + ": '" + entry.term() + "' link is not described by its definition");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The links of a sample of sections, listed by hand from the content files (each word as written, then the
     * entry it links to, in reading order): first sections of their pages, so every glossary word used there is
     * a first use. An oracle that shares no code with the linker, nor with {@link GlossaryUse}.
     */
    static final Map<String, List<String>> LISTED_BY_HAND = Map.of(
            "overview#lumbar-spine", List.of("lumbar spine → lumbar-spine", "vertebrae → vertebra", "disc → disc",
                    "nerves → nerve", "spinal cord → spinal-cord", "cauda equina → cauda-equina",
                    "nerve roots → nerve-root"),
            "overview#what-is-a-tumour", List.of("tumour → tumour", "cancer → cancer"),
            "types-of-tumour#about-types", List.of("tumour → tumour", "cancer → cancer", "benign → benign",
                    "nerves → nerve", "biopsy → biopsy"));

    @Test
    void aSampleOfSectionsLinksExactlyTheWordsListedByHand() {
        Http http = new Http(port);
        LISTED_BY_HAND.forEach((where, expected) -> {
            String slug = where.substring(0, where.indexOf('#'));
            String anchor = where.substring(where.indexOf('#') + 1);
            Document page = Jsoup.parse(http.get("/topics/" + slug).body());
            Elements links = page.select("section[aria-labelledby=" + anchor + "] .prose a.term");
            assertThat(links.stream().map(link -> link.text().toLowerCase(java.util.Locale.ROOT) + " → "
                    + link.attr("href").replace("/glossary#", "")).toList()).as(where).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void linksSkipHeadingsAndHonourWordEdges() {
        GlossaryLinker linker = new GlossaryLinker(List.of(
                new GlossaryEntry("Biopsy", "biopsy", "A test.", List.of("Biopsy", "biopsies")),
                new GlossaryEntry("MRI scan", "mri-scan", "A scan.", List.of("MRI scan", "MRI"))));
        MarkdownRenderer.LinkedHtml linked = markdown.toSafeHtml("# Biopsy\n\nA biopsy-free week. Biopsies and a "
                + "biopsy. You may have an MRI. Primitive words stay.", linker, "s1", "Words");
        String html = linked.body() + linked.terms();
        assertThat(html).contains("<h3>Biopsy</h3>").contains("biopsy-free")
                .containsOnlyOnce("href=\"/glossary#biopsy\" class=\"term\"")
                .contains(">Biopsies</a>").contains("an <a href=\"/glossary#mri-scan\"")
                .contains("Primitive words").contains("<dd id=\"def-s1-biopsy\">A test.</dd>");
    }

    private List<GlossaryEntry> entries() {
        return catalog.catalog("en").glossary().stream().flatMap(letter -> letter.entries().stream()).toList();
    }

    /** The words of a page's section bodies as readers see them (shared blocks included, region words filled). */
    private String sectionText(String slug) {
        Map<String, String> blocks = new HashMap<>();
        jdbc.query("select s.anchor, s.body_markdown from section s join topic t on t.id = s.topic_id where t.topic_key = ? "
                + "and t.language = 'en'", rs -> {
                    blocks.put(rs.getString(1), rs.getString(2));
                }, TopicCatalog.SHARED_TOPIC);
        ContentText text = new ContentText(blocks, regionWords.words("en"));
        return String.join("\n", jdbc.queryForList("select s.body_markdown from section s join topic t on t.id = s.topic_id "
                + "where t.slug = ? and t.language = 'en'", String.class, slug).stream()
                .map(body -> markdown.toPlainText(text.fill(body).replaceAll("(?m)^#+ .*$", "")))
                .toList());
    }
}
