package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/** End to end: the packaged app on a random port, pages fetched over real HTTP. */
@SiteIntegrationTest
class TopicPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TopicCatalog catalog;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    record SeededTopic(long id, String slug, String title, java.time.LocalDate writtenOn) {
    }

    private List<SeededTopic> seededTopics() {
        return jdbc.query("select id, slug, title, written_on from topic where language = 'en' "
                + "and topic_key <> 'shared' order by position",
                (rs, i) -> new SeededTopic(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getObject("written_on", java.time.LocalDate.class)));
    }

    @Test
    void everyTopicPageRendersWithAllItsSectionHeadings() {
        List<SeededTopic> topics = seededTopics();
        assertThat(topics).hasSizeGreaterThanOrEqualTo(5);
        for (SeededTopic topic : topics) {
            HttpResponse<String> response = http.get("/topics/" + topic.slug());
            assertThat(response.statusCode()).as(topic.slug()).isEqualTo(200);
            String html = response.body();
            assertThat(html).contains("<h1>" + HtmlUtils.htmlEscape(topic.title()) + "</h1>");
            List<String> headings = jdbc.queryForList(
                    "select heading from section where topic_id = ? order by position", String.class, topic.id());
            assertThat(headings).isNotEmpty();
            for (String heading : headings) {
                assertThat(html).as(topic.slug() + " heading").contains(HtmlUtils.htmlEscape(heading) + "</h2>");
            }
            String written = topic.writtenOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                    java.util.Locale.UK));
            assertThat(html).contains("Not yet reviewed by a clinician here. Written on " + written + " from the "
                    + "sources listed below.").doesNotContain("Last reviewed").contains("Sources").contains("Talk to your care team")
                    .contains("aria-label=\"Breadcrumb\"").contains("aria-label=\"On this page\"");
        }
    }

    @Test
    void aTopicAClinicianReviewedSaysWhoReviewedItAndWhenTheNextReviewIsDue() {
        try {
            jdbc.update("update topic set reviewed_on = DATE '2026-12-03', reviewer_role = 'consultant clinical "
                    + "oncologist' where topic_key = 'treatment' and language = 'en'");
            catalog.evictAll();
            String text = Jsoup.parse(http.get("/topics/treatment").body()).select("p.reviewed").text();
            assertThat(text).startsWith("Reviewed by a consultant clinical oncologist on 3 December 2026. Next review "
                    + "due December 2029.").doesNotContain("Not yet reviewed");
        } finally {
            jdbc.update("update topic set reviewed_on = null, reviewer_role = null where topic_key = 'treatment'");
            catalog.evictAll();
        }
    }

    @Test
    void homePageLinksToEveryTopicAndShowsTheUrgentSigns() {
        HttpResponse<String> response = http.get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        for (SeededTopic topic : seededTopics()) {
            assertThat(response.body()).contains("href=\"/topics/" + topic.slug() + "\"");
        }
        assertThat(response.body()).contains("callout-urgent");
        assertThat(Jsoup.parse(response.body()).select(".callout-urgent").text())
                .contains("new weakness in one or both legs").contains("leak urine or poo, or cannot hold it in")
                .contains("24-hour cancer helpline").containsIgnoringCase("emergency department");
    }

    @Test
    void homePageIsQuickToScan() {
        org.jsoup.nodes.Document home = Jsoup.parse(http.get("/").body());
        assertThat(home.select(".callout-urgent .section-terms, .callout-urgent a.term"))
                .as("the emergency box carries no glossary block or links").isEmpty();
        assertThat(home.select(".callout-urgent li").size()).isGreaterThanOrEqualTo(10);
        org.jsoup.select.Elements items = home.select(".topic-list > li");
        assertThat(items).hasSize(seededTopics().size());
        for (org.jsoup.nodes.Element item : items) {
            String tagline = item.select(".topic-tagline").text();
            assertThat(tagline).as(item.select("a").text()).isNotBlank().doesNotStartWith("This page")
                    .endsWith(".").doesNotContainPattern("\\. \\p{Lu}");
            assertThat(tagline.split("\\s+").length).as(tagline).isLessThanOrEqualTo(25);
            assertThat(item.select("p")).as("one short line, not a paragraph").isEmpty();
        }
        assertThat(home.select(".topic-list .topic-tagline").eachText())
                .contains("What the lumbar spine is and how tumours can grow there.");
        String text = home.text();
        assertThat(text.split("general information", -1).length - 1).as("the disclaimer once").isEqualTo(1);
    }

    @Test
    void symptomsPageCarriesTheUrgentCallout() {
        String html = http.get("/topics/symptoms").body();
        assertThat(html).contains("class=\"callout callout-urgent\"");
        String urgent = Jsoup.parse(html).select(".callout-urgent").first().text();
        assertThat(urgent).contains("Emergency")
                .contains("new weakness in one or both legs")
                .contains("new numbness between your legs, or around your bottom or genitals")
                .contains("feels different when you wipe with toilet paper")
                .contains("leak urine or poo, or cannot hold it in")
                .contains("sudden, very bad back or neck pain, or pain that gets worse fast")
                .contains("Call your 24-hour cancer helpline now")
                .containsPattern("(?i)emergency department");
    }

    @Test
    void eachLevelOfUrgencyHasItsOwnLabelIconAndBorderNotOnlyAColour() {
        org.jsoup.nodes.Document symptoms = Jsoup.parse(http.get("/topics/symptoms").body());
        assertThat(symptoms.select(".callout-urgent .callout-label").text()).isEqualTo("\u26A0 Emergency");
        List<String> tiers = List.of("helpline", "care-team", "next-appointment");
        List<String> labels = List.of("Call now: level 2 of 4", "Within 24 hours: level 3 of 4",
                "Not urgent: level 4 of 4");
        List<String> icons = List.of("\u260E", "\u25D4", "\u270E");
        for (int i = 0; i < tiers.size(); i++) {
            org.jsoup.select.Elements box = symptoms.select(".callout-tier.tier-" + tiers.get(i));
            assertThat(box).as(tiers.get(i)).hasSize(1);
            assertThat(box.select(".callout-label").text()).isEqualTo(icons.get(i) + " " + labels.get(i));
            assertThat(box.select(".callout-label span[aria-hidden=true]").text()).isEqualTo(icons.get(i));
        }
        assertThat(symptoms.select(".callout-tier")).as("only the tier blocks are dressed as a level").hasSize(3);
        String css = http.get(symptoms.select("link[rel=stylesheet]").first().attr("href")).body();
        assertThat(css).contains(".tier-helpline { border-color: #8a3b00; border-style: double")
                .contains("border-style: dashed").contains("border-style: dotted");
        assertThat(Jsoup.parse(http.get("/topics/treatment").body()).select(".callout-tier"))
                .as("a page that only names a level is not dressed as one").isEmpty();
    }

    @Test
    void everyTopicPageOffersToPrintOrMakeAHandoutOfThatTopic() {
        for (SeededTopic topic : seededTopics()) {
            org.jsoup.nodes.Document page = Jsoup.parse(http.get("/topics/" + topic.slug()).body());
            String key = jdbc.queryForObject("select topic_key from topic where id = ?", String.class, topic.id());
            org.jsoup.nodes.Element link = page.selectFirst("a:containsOwn(Print or make a handout of this page)");
            assertThat(link).as(topic.slug()).isNotNull();
            assertThat(link.attr("href")).isEqualTo("/handouts?topic=" + key);
            assertThat(Jsoup.parse(http.get(link.attr("href")).body())
                    .select("input[name=topic][value=" + key + "][checked]")).as("the builder opens with " + key + " ticked")
                    .hasSize(1);
        }
    }

    @Test
    void everySectionEndsWithALinkBackToTheContents() {
        for (SeededTopic topic : seededTopics()) {
            org.jsoup.nodes.Document page = Jsoup.parse(http.get("/topics/" + topic.slug()).body());
            assertThat(page.select("nav#contents.toc")).as(topic.slug()).hasSize(1);
            org.jsoup.select.Elements sections = page.select("section.topic-section");
            assertThat(sections).isNotEmpty();
            for (org.jsoup.nodes.Element section : sections) {
                org.jsoup.nodes.Element last = section.children().last();
                assertThat(last.is("p.back-to-contents")).as(topic.slug() + " " + section.attr("aria-labelledby")).isTrue();
                assertThat(last.select("a[href=#contents]").text()).isEqualTo("\u2191 Back to contents");
            }
        }
    }

    @Test
    void theGlossaryShowsAllTwentySixLettersAndLinksOnlyThoseWithWords() {
        org.jsoup.nodes.Document glossary = Jsoup.parse(http.get("/glossary").body());
        org.jsoup.select.Elements letters = glossary.select("nav.letters li");
        assertThat(letters).hasSize(26);
        for (int i = 0; i < 26; i++) {
            String letter = String.valueOf((char) ('A' + i));
            org.jsoup.nodes.Element item = letters.get(i);
            boolean hasWords = glossary.getElementById("letter-" + letter.toLowerCase()) != null;
            if (hasWords) {
                assertThat(item.select("a").attr("href")).as(letter).isEqualTo("#letter-" + letter.toLowerCase());
            } else {
                assertThat(item.select("a")).as(letter + " has no words, so no link").isEmpty();
                assertThat(item.select(".no-terms").text()).isEqualTo(letter);
            }
        }
        assertThat(letters.get(1).select("a")).as("the glossary has words under B").hasSize(1);
        assertThat(glossary.select("nav.letters li .no-terms")).as("some letters have no words").isNotEmpty();
    }

    @Test
    void pagesTellReadersHowEasyTheyAreToReadInPlainWords() {
        for (SeededTopic topic : seededTopics()) {
            String level = Jsoup.parse(http.get("/topics/" + topic.slug()).body()).select(".reading-level").text();
            assertThat(level).as(topic.slug()).isIn("Easy to read.", "Fairly easy to read.");
            assertThat(level).doesNotContainIgnoringCase("grade");
        }
        assertThat(Jsoup.parse(http.get("/topics/symptoms").body()).select(".reading-level").text())
                .isEqualTo("Easy to read.");
    }

    @Test
    void theOverviewShowsAnAccessibleLabelledDrawingOfTheLumbarSpine() {
        org.jsoup.nodes.Document overview = Jsoup.parse(http.get("/topics/overview").body());
        org.jsoup.select.Elements figures = overview.select("figure.diagram");
        assertThat(figures).hasSize(1);
        org.jsoup.nodes.Element figure = figures.first();
        assertThat(figure.parent().attr("aria-labelledby")).as("after the section about the lower back")
                .isEqualTo("lumbar-spine");
        org.jsoup.nodes.Element svg = figure.selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        for (String id : svg.attr("aria-labelledby").split(" ")) {
            assertThat(overview.getElementById(id)).as(id).isNotNull();
        }
        assertThat(svg.select("title").text()).contains("lumbar spine");
        assertThat(svg.select("desc").text()).contains("L1 to L5").contains("cauda equina").contains("sacrum")
                .contains("ends at about L1 to L2").contains("legs");
        assertThat(svg.select("text").eachText()).contains("L1", "L2", "L3", "L4", "L5", "Sacrum", "Spinal cord",
                "Disc", "Cauda equina:", "Nerve roots:", "to the legs", "around L1 to L2");
        assertThat(svg.select("[href], [xlink:href], image, foreignObject")).as("nothing loaded, nothing embedded").isEmpty();
        java.util.regex.Matcher colour = java.util.regex.Pattern.compile("#([0-9a-fA-F]{6})\\b").matcher(svg.outerHtml());
        while (colour.find()) {
            String rgb = colour.group(1).toLowerCase();
            assertThat(rgb.substring(0, 2)).as("black, white and greys only, so it prints the same: #" + rgb)
                    .isEqualTo(rgb.substring(2, 4)).isEqualTo(rgb.substring(4, 6));
        }
        assertThat(figure.select("figcaption").text()).isNotBlank();
        for (SeededTopic topic : seededTopics()) {
            if (!topic.slug().equals("overview")) {
                assertThat(Jsoup.parse(http.get("/topics/" + topic.slug()).body()).select("figure.diagram"))
                        .as(topic.slug()).isEmpty();
            }
        }
    }

    @Test
    void theSharedBlocksAreNotAPageOfTheirOwn() {
        assertThat(http.get("/topics/shared").statusCode()).isEqualTo(404);
        assertThat(http.get("/topics").body()).doesNotContain("/topics/shared");
    }

    @Test
    void previousAndNextLinksFollowReadingOrder() {
        List<SeededTopic> topics = seededTopics();
        String first = http.get("/topics/" + topics.get(0).slug()).body();
        assertThat(first).doesNotContain("rel=\"prev\"")
                .contains("href=\"/topics/" + topics.get(1).slug() + "\" rel=\"next\"");
        String last = http.get("/topics/" + topics.get(topics.size() - 1).slug()).body();
        assertThat(last).doesNotContain("rel=\"next\"");
    }

    @Test
    void unknownTopicGetsAFriendly404Page() {
        HttpResponse<String> response = http.get("/topics/no-such-topic");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("href=\"/topics\"")
                .contains("<html lang=\"en\"");
    }

    @Test
    void serverErrorGetsAFriendly500PageWithoutInternals() {
        HttpResponse<String> response = http.get("/test-only/fail");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong")
                .doesNotContain("SecretInternalDetail").doesNotContain("IllegalStateException")
                .doesNotContain("at org.");
    }

    @Test
    void topicPageAnswersAConditionalGetWith304() {
        HttpResponse<String> first = http.get("/topics/symptoms");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"");
        HttpResponse<String> again = http.get("/topics/symptoms", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }
}
