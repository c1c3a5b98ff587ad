package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.handout.HandoutClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.StringUtils;

/**
 * The emergency message is written once and shown everywhere: every emergency box on every page and
 * every handout (print view and PDF) has the same heading and words, and every footer and glossary
 * entry about urgency says who to call in those same words. This context runs as an "international"
 * deployment (the default).
 */
@SiteIntegrationTest
class EmergencyMessageIT {

    @LocalServerPort
    int port;

    @Test
    void everyPageAndEveryHandoutShowsTheSameEmergencyWording() {
        SiteCrawler.Site site = SiteCrawler.crawl(new Http(port));
        List<SiteCrawler.Page> pages = EmergencyWording.htmlPages(site);
        Document home = pages.stream().filter(p -> p.path().equals("/")).findFirst().orElseThrow().document();
        List<String> homeBoxes = EmergencyWording.boxes(home);
        assertThat(homeBoxes).hasSize(1);
        String box = homeBoxes.get(0);
        assertThat(box).startsWith("Emergency: get help now | ").contains("new weakness in one or both legs")
                .contains("Have cancer, or had it? Call your 24-hour cancer helpline now.")
                .contains("feels different when you wipe with toilet paper");
        String footer = home.select(".footer-emergency").text();
        assertThat(footer).contains("Have cancer, or had it? Call your 24-hour cancer helpline now.");

        // Spanish pages are held to the Spanish home page's box and footer: one wording per language.
        Document spanishHome = pages.stream().filter(p -> p.path().equals("/es")).findFirst().orElseThrow().document();
        assertThat(EmergencyWording.boxes(spanishHome)).hasSize(1);
        String spanishBox = EmergencyWording.boxes(spanishHome).get(0);
        assertThat(spanishBox).startsWith("Emergencia: busque ayuda ahora | ")
                .contains("debilidad nueva en una o en las dos piernas");
        String spanishFooter = spanishHome.select(".footer-emergency").text();

        int boxesSeen = 0;
        List<String> failures = new ArrayList<>();
        for (SiteCrawler.Page page : pages) {
            Document document = page.document();
            boolean spanish = page.path().equals("/es") || page.path().startsWith("/es/");
            String homeBox = spanish ? spanishBox : box;
            for (String other : EmergencyWording.boxes(document)) {
                boxesSeen++;
                if (!other.equals(homeBox)) {
                    failures.add(page.path() + ": an emergency box differs from its language's home page's: " + other);
                }
            }
            if (!document.select(".footer-emergency").text().equals(spanish ? spanishFooter : footer)) {
                failures.add(page.path() + ": the footer's emergency text differs: "
                        + document.select(".footer-emergency").text());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(boxesSeen).as("home, Symptoms and every topic's urgent box").isGreaterThanOrEqualTo(6);
        // The footer's "who to call" is the box's own routing text.
        String routing = home.select(".footer-emergency > div").text();
        assertThat(routing).isNotBlank();
        assertThat(box).contains(routing);

        // Glossary entries about urgency use the same words.
        Document glossary = pages.stream().filter(p -> p.path().equals("/glossary")).findFirst().orElseThrow()
                .document();
        for (String term : List.of("cauda-equina-syndrome", "metastatic-spinal-cord-compression",
                "spinal-cord-compression", "saddle-area", "incontinence")) {
            assertThat(glossary.getElementById(term)).as(term).isNotNull();
            assertThat(glossary.getElementById(term).nextElementSibling().text()).as(term).contains(routing);
        }

        // Every handout: the print view's box and the PDF's words are the same as the site's.
        HandoutClient client = HandoutClient.newClinic(port);
        for (List<String> choice : List.of(List.of("topic", "symptoms"), List.of("topic", "questions"),
                List.of("section", "diagnosis:biopsy"))) {
            Document view = Jsoup.parse(new String(client.post(List.of(Map.entry(choice.get(0), choice.get(1)),
                    Map.entry("output", "print"))).body(), StandardCharsets.UTF_8));
            String printed = view.select(".urgent-box h2").text() + " | " + view.select(".urgent-box > .prose").text();
            assertThat(printed).as(choice.toString()).isEqualTo(box);
            String pdf = EmergencyWording.pdfText(EmergencyWording.handoutPdf(client, choice.get(0), choice.get(1)));
            // The PDF puts the helpline line between the heading and the text, as the print view does.
            String[] headingAndText = box.split(" \\| ", 2);
            assertThat(EmergencyWording.words(pdf)).as("PDF " + choice)
                    .contains(EmergencyWording.words(headingAndText[0]))
                    .contains(EmergencyWording.words(headingAndText[1]));
        }
    }

    static final String EXAMPLES =
            "your local emergency number (for example 999 in the UK, 911 in the US and Canada, 112 in the EU)";

    @Test
    void anInternationalDeploymentGivesExamplesOfEmergencyNumbersAndA4Paper() {
        HandoutClient client = HandoutClient.newClinic(port);
        Document home = Jsoup.parse(new Http(port).get("/").body());
        assertThat(home.select(".callout-urgent").text()).contains(EXAMPLES);
        assertThat(Jsoup.parse(client.get("/handouts").body()).select("#paper-a4").hasAttr("checked")).isTrue();
        String pdf = EmergencyWording.pdfText(EmergencyWording.handoutPdf(client, "topic", "symptoms"));
        assertThat(EmergencyWording.words(pdf)).contains(EmergencyWording.words(EXAMPLES));
    }

    /**
     * The long phrase with examples is said once, in the box; after that a page says "your emergency number".
     * Read on every page of the site and on every page of the handouts, where the box and the footer or a
     * key-points page's short box meet.
     */
    @Test
    void theExamplesOfEmergencyNumbersAppearAtMostOncePerPage() {
        SiteCrawler.Site site = SiteCrawler.crawl(new Http(port));
        List<String> failures = new ArrayList<>();
        int withExamples = 0;
        for (SiteCrawler.Page page : EmergencyWording.htmlPages(site)) {
            int times = StringUtils.countOccurrencesOf(page.document().text(), "for example 999");
            withExamples += times > 0 ? 1 : 0;
            if (times > 1) {
                failures.add(page.path() + ": the examples of emergency numbers appear " + times + " times");
            }
            if (page.document().text().contains("{{")) {
                failures.add(page.path() + ": an unfilled placeholder");
            }
        }
        HandoutClient client = HandoutClient.newClinic(port);
        for (String[] choice : new String[][] {{"topic", "symptoms"}, {"topic", "treatment"}}) {
            for (String format : List.of("full", "keypoints")) {
                byte[] pdf = EmergencyWording.handoutPdf(client, choice[0], choice[1], "format", format,
                        "topic", "living-with");
                List<String> pageTexts = EmergencyWording.pdfPageTexts(pdf);
                for (int i = 0; i < pageTexts.size(); i++) {
                    int times = StringUtils.countOccurrencesOf(EmergencyWording.words(pageTexts.get(i)),
                            "forexample999");
                    if (times > 1) {
                        failures.add("handout " + choice[1] + " " + format + ", page " + (i + 1) + ": examples "
                                + times + " times");
                    }
                }
                assertThat(EmergencyWording.words(pageTexts.get(0))).as("page 1 of " + choice[1] + " " + format)
                        .contains("forexample999");
            }
        }
        assertThat(failures).isEmpty();
        assertThat(withExamples).as("pages that show the box with its examples").isGreaterThanOrEqualTo(6);
    }
}
