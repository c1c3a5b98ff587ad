package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.handout.HandoutClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The handout builder's script in real Chromium: a topic's parts follow its box, each topic says how much
 * of it is in, and the live page estimate is the one the server gives for the same choices (the script and
 * PageEstimate share their numbers through the page, and must share their sum too).
 */
@SiteIntegrationTest
class HandoutBuilderBrowserIT extends BrowserTest {

    @LocalServerPort
    int port;

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private List<WebElement> parts(String topic) {
        return browser.findElements(By.cssSelector("input[name=section][value^='" + topic + ":']"));
    }

    private String estimate() {
        return find("#page-estimate").getText();
    }

    /** What the server estimates for the choices the browser's form holds now ("Change the choices"). */
    private String serverEstimate(HandoutClient client) {
        @SuppressWarnings("unchecked")
        List<List<String>> state = (List<List<String>>) browser.executeScript("return Array.from(new FormData("
                + "document.querySelector('form.handout-form'))).filter(e => e[0] !== '_csrf');");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        state.forEach(entry -> fields.add(Map.entry(entry.get(0), entry.get(1))));
        fields.add(Map.entry("output", "edit"));
        HttpResponse<byte[]> response = client.post(fields);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8)).select("#page-estimate").text();
    }

    @Test
    void aBilingualHandoutsLiveEstimateIsTheServersToo() {
        HandoutClient client = HandoutClient.newClinic(port);
        browser.get("http://localhost:" + port + "/handouts?paper=a4&lang=es-en");
        find("#topic-symptoms").click();
        find("#topic-diagnosis").click();
        assertThat(estimate()).matches("About \\d+ pages \\(A4, regular print\\)").isEqualTo(serverEstimate(client));
        find("#format-keypoints").click();
        assertThat(estimate()).isEqualTo(serverEstimate(client));
        find("#format-full").click();
        find("#qr-no").click();
        assertThat(estimate()).isEqualTo(serverEstimate(client));
        find("#qr-yes").click();
        assertThat(estimate()).isEqualTo(serverEstimate(client));
    }

    @Test
    void partsFollowTheirTopicAndTheLiveEstimateIsTheServers() {
        HandoutClient client = HandoutClient.newClinic(port);
        browser.get("http://localhost:" + port + "/handouts?paper=a4");
        assertThat(estimate()).as("nothing chosen, no estimate").isEmpty();

        find("#topic-symptoms").click();
        assertThat(parts("symptoms")).isNotEmpty().allMatch(WebElement::isSelected);
        assertThat(find("#scope-symptoms").getText()).isEqualTo("all parts included");
        assertThat(estimate()).matches("About \\d+ pages? \\(A4, regular print\\)").isEqualTo(serverEstimate(client));
        String whole = estimate();

        find("#topic-symptoms ~ details summary").click();
        parts("symptoms").get(0).click();
        int count = parts("symptoms").size();
        assertThat(find("#scope-symptoms").getText()).isEqualTo("only " + (count - 1) + " of " + count + " parts");
        assertThat(find("#topic-symptoms").isSelected()).isTrue();
        assertThat(estimate()).isEqualTo(serverEstimate(client));

        find("#size-large").click();
        find("#note").sendKeys("Please bring your scan letters and a list of your medicines. ".repeat(8));
        assertThat(estimate()).contains("large print").isNotEqualTo(whole).isEqualTo(serverEstimate(client));

        find("#topic-diagnosis ~ details summary").click();
        parts("diagnosis").get(2).click();
        assertThat(find("#topic-diagnosis").isSelected()).as("a part ticks its topic").isTrue();
        assertThat(find("#scope-diagnosis").getText()).startsWith("only 1 of ");
        assertThat(estimate()).isEqualTo(serverEstimate(client));

        find("#format-keypoints").click();
        find("#qr-no").click();
        assertThat(estimate()).isEqualTo(serverEstimate(client));

        find("#topic-symptoms").click();
        assertThat(parts("symptoms")).noneMatch(WebElement::isSelected);
        assertThat(find("#scope-symptoms").getText()).isEmpty();
        parts("diagnosis").get(2).click();
        assertThat(find("#topic-diagnosis").isSelected()).as("no part left: the topic is out").isFalse();
        assertThat(estimate()).isEmpty();

        assertThat(Axe.violations(browser, "handout builder after changes")).isEmpty();
    }

    @Test
    void aWholeTopicShowsItsPartsTickedWhenThePageOpens() {
        browser.get("http://localhost:" + port + "/handouts?topic=prognosis&paper=letter");
        assertThat(parts("prognosis")).isNotEmpty().allMatch(WebElement::isSelected);
        assertThat(find("#scope-prognosis").getText()).isEqualTo("all parts included");
        assertThat(estimate()).matches("About \\d+ pages? \\(Letter, regular print\\)");
    }
}
