package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.lumbarguide.Http;
import org.lumbarguide.handout.HandoutClient;

/**
 * What a deployment in one region must never do: show another region's emergency number on any page
 * or in any handout. Each region runs in its own small Spring context (see the *RegionIT classes).
 */
final class RegionCheck {

    private RegionCheck() {
    }

    static void noPageOrHandoutShowsAnotherRegionsNumber(int port, String own, String wrong, String paper) {
        Pattern wrongNumber = Pattern.compile("(?<!\\d)" + wrong + "(?!\\d)");
        Pattern ownNumber = Pattern.compile("(?<!\\d)" + own + "(?!\\d)");
        SiteCrawler.Site site = SiteCrawler.crawl(new Http(port));
        List<SiteCrawler.Page> pages = EmergencyWording.htmlPages(site);
        assertThat(pages).hasSizeGreaterThan(10);
        List<String> failures = new ArrayList<>();
        for (SiteCrawler.Page page : pages) {
            String text = EmergencyWording.visibleText(page);
            if (wrongNumber.matcher(text).find()) {
                failures.add(page.path() + " shows " + wrong);
            }
            if (!page.document().select(".footer-emergency").isEmpty()
                    && !ownNumber.matcher(page.document().select(".footer-emergency").text()).find()) {
                failures.add(page.path() + ": the footer does not give " + own);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(pages.stream().filter(p -> p.path().equals("/")).findFirst().orElseThrow().document()
                .select(".callout-urgent").text()).containsPattern(ownNumber);

        HandoutClient client = HandoutClient.newClinic(port);
        String pdf = EmergencyWording.pdfText(EmergencyWording.handoutPdf(client, "topic", "symptoms", "topic",
                "treatment", "topic", "living-with", "questions", "true"));
        assertThat(pdf).containsPattern(ownNumber).doesNotContainPattern(wrongNumber);
        assertThat(Jsoup.parse(client.get("/handouts").body()).select("#paper-" + paper).hasAttr("checked"))
                .as("the region's default paper").isTrue();
    }
}
