package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A US deployment: 911, the ER, 988, acetaminophen, Letter paper; never 999. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lumbarguide.region=us", "spring.datasource.url=jdbc:h2:mem:lumbarguide-us;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class UsRegionIT {

    @LocalServerPort
    int port;

    @Test
    void noPageOrHandoutSays999() {
        RegionCheck.noPageOrHandoutShowsAnotherRegionsNumber(port, "911", "999", "letter");
    }

    @Test
    void usWordsAreShown() {
        Http http = new Http(port);
        assertThat(Jsoup.parse(http.get("/").body()).select(".callout-urgent").text()).contains("Call 911 now, for anyone")
                .contains("Call 911 or go to the emergency room (ER)")
                .contains("the emergency room (ER)").doesNotContain("A&E");
        assertThat(Jsoup.parse(http.get("/topics/living-with").body()).text()).contains("call or text 988")
                .doesNotContain("116 123");
        assertThat(Jsoup.parse(http.get("/topics/treatment").body()).text()).contains("acetaminophen");
    }

    /** Sources for other regions only (the UK's crisis line and driving pages) are not listed. */
    @Test
    void onlyUsAndSharedSourcesAreListed() {
        assertThat(Jsoup.parse(new Http(port).get("/topics/living-with").body()).select("section.sources").text())
                .as("only sources for every region or the us").contains("988 Suicide & Crisis Lifeline")
                .doesNotContain("Samaritans").doesNotContain("Velindre").doesNotContain("GOV.UK");
    }

    /** The text is written in British English; a US deployment shows US spellings, with the same addresses. */
    @Test
    void usSpellingsAreShownAndAddressesStay() {
        Http http = new Http(port);
        org.jsoup.nodes.Document treatment = Jsoup.parse(http.get("/topics/treatment").body());
        assertThat(treatment.select("main").text()).contains("tumor").doesNotContainIgnoringCase("tumour")
                .contains("Hematologist").doesNotContain("Haematologist");
        assertThat(treatment.select("main a[href=/glossary#haematologist]").eachText()).isNotEmpty()
                .allMatch("Hematologist"::equalsIgnoreCase);
        org.jsoup.nodes.Document glossary = Jsoup.parse(http.get("/glossary").body());
        assertThat(glossary.select("dt#haematologist").text()).isEqualTo("Hematologist");
        assertThat(glossary.select("#letter-h + dl dt").eachText()).contains("Hematologist")
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }
}
