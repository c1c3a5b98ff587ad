package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A UK deployment with its own 24-hour helpline: 999, A&E, NHS 111, Samaritans, A4; never 911. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lumbarguide.region=uk", "lumbarguide.helpline-number=0800 000 0000",
        "spring.datasource.url=jdbc:h2:mem:lumbarguide-uk;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class UkRegionIT {

    @LocalServerPort
    int port;

    @Test
    void noPageOrHandoutSays911() {
        RegionCheck.noPageOrHandoutShowsAnotherRegionsNumber(port, "999", "911", "a4");
    }

    @Test
    void ukWordsAndTheDeploymentsHelplineAreShown() {
        Http http = new Http(port);
        String home = Jsoup.parse(http.get("/").body()).select(".callout-urgent").text();
        assertThat(home).contains("Call 999 now, for anyone").contains("Call 999 or go to A&E (the emergency department)")
                .contains("Your 24-hour cancer helpline: 0800 000 0000");
        String living = Jsoup.parse(http.get("/topics/living-with").body()).text();
        assertThat(living).contains("Samaritans, free, day or night, on 116 123").doesNotContain("call or text 988");
        assertThat(Jsoup.parse(http.get("/topics/treatment").body()).text()).contains("paracetamol")
                .doesNotContain("acetaminophen");
        assertThat(Jsoup.parse(new org.lumbarguide.handout.HandoutClient(port).get("/handouts").body())
                .select("#helplineNumber").val()).isEqualTo("0800 000 0000");
    }

    /** Sources for other regions only are not listed; the text keeps the spelling it is written in. */
    @Test
    void ukSourcesAndSpellings() {
        Http http = new Http(port);
        String livingSources = Jsoup.parse(http.get("/topics/living-with").body()).select("section.sources").text();
        assertThat(livingSources).as("only sources for every region or the uk").contains("Samaritans")
                .doesNotContain("988");
        assertThat(Jsoup.parse(http.get("/topics/treatment").body()).select("main").text()).contains("tumour")
                .contains("Haematologist").doesNotContain("Hematologist");
    }
}
