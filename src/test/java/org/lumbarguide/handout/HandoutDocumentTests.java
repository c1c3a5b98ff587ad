package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.catalog.TopicViews.SectionView;

/** The pieces HandoutService cuts content into for the printed document. */
class HandoutDocumentTests {

    @Test
    void anAddressBreaksOnlyAfterASlashOrBeforeADot() {
        assertThat(HandoutService.addressParts("https://guide.example-clinic.org/topics/questions-to-ask"))
                .containsExactly("https://", "guide", ".example-clinic", ".org/", "topics/", "questions-to-ask");
        assertThat(HandoutService.addressParts("http://localhost:8080/topics/symptoms"))
                .containsExactly("http://", "localhost:8080/", "topics/", "symptoms");
        assertThat(String.join("", HandoutService.addressParts("https://a.b/c/d.e"))).isEqualTo("https://a.b/c/d.e");
    }

    static final String ROUTING = "<ul><li><strong>Have cancer?</strong> Call your helpline.</li>"
            + "<li><strong>Never had cancer?</strong> Call 999.</li></ul>";

    @Test
    void theShortEmergencyBoxKeepsEveryLeadInAndEverySignAndLeavesWhoToCallToThePage() {
        String box = "<p><strong>Call 999 now if there is:</strong></p><ul><li>chest pain</li></ul>"
                + "<p><strong>Get help now if there is:</strong></p><ul><li>new <strong>weakness</strong></li>"
                + "<li>pain in both legs</li><li>it feels different when you wipe with toilet paper</li></ul>"
                + "<p><strong>If you have cancer, these pains too:</strong></p><ul><li>shooting pain</li></ul>"
                + ROUTING;
        Document signs = Jsoup.parseBodyFragment(HandoutService.signs(box, ROUTING));
        assertThat(signs.select("p").eachText().stream().map(p -> p.replace('\u00A0', ' ')))
                .containsExactly("Call 999 now if there is:", "\u2022 chest pain", "Get help now if there is:",
                        "\u2022 new weakness \u2022 pain in both legs \u2022 it feels different when you wipe with toilet paper",
                        "If you have cancer, these pains too:", "\u2022 shooting pain");
        assertThat(signs.select("p.run-in")).hasSize(3);
        assertThat(signs.select("p.run-in").html()).as("a bullet never ends a line").contains("\u2022&nbsp;new");
        assertThat(signs.select("p.run-in strong").text()).isEqualTo("weakness");
        assertThat(signs.text()).as("who to call is added by the page").doesNotContain("Have cancer?");
        assertThat(HandoutService.signs("<p>No list here.</p>", ROUTING)).isEqualTo("<p>No list here.</p>");
    }

    /** Markdown runs a list straight after another into one loose list: who to call is taken out of it all the same. */
    @Test
    void whoToCallRunIntoTheLastListOfSignsIsTakenOut() {
        String box = "<p><strong>Get help now if there is:</strong></p><ul><li><p>pain in both legs</p></li>"
                + "<li><p>it feels different when you wipe with\ntoilet paper</p></li>"
                + "<li><p><strong>Have cancer?</strong> Call your helpline.</p></li>"
                + "<li><p><strong>Never had cancer?</strong> Call 999.</p></li></ul>";
        Document signs = Jsoup.parseBodyFragment(HandoutService.signs(box, ROUTING));
        assertThat(signs.select("p.run-in").text().replace('\u00A0', ' '))
                .isEqualTo("\u2022 pain in both legs \u2022 it feels different when you wipe with toilet paper");
        assertThat(signs.select("p.run-in p")).as("no paragraph inside the run-in paragraph").isEmpty();
        assertThat(signs.text()).doesNotContain("Have cancer?").doesNotContain("Never had cancer?");
    }

    /** The box's own "Who to call:" lead-in goes with its list: the page sets who to call apart under its own. */
    @Test
    void theBoxsLeadInToWhoToCallGoesWithIt() {
        String box = "<p><strong>Get help now if there is:</strong></p><ul><li>pain in both legs</li></ul>"
                + "<p><strong>Who to call:</strong></p>" + ROUTING;
        assertThat(Jsoup.parseBodyFragment(HandoutService.signs(box, ROUTING)).text()).doesNotContain("Who to call")
                .contains("pain in both legs");
        Document sheet = Jsoup.parseBodyFragment(HandoutService.sheetBox(box, ROUTING));
        assertThat(sheet.select("p").eachText()).doesNotContain("Who to call:");
        assertThat(sheet.text()).contains("Have cancer?").contains("pain in both legs");
        // A paragraph before a list of signs is a lead-in that stays.
        assertThat(Jsoup.parseBodyFragment(HandoutService.sheetBox(box, ROUTING)).text())
                .contains("Get help now if there is:");
    }

    @Test
    void aListIsCutInTwoColumnsWithTheFirstHalfOnTheLeft() {
        SectionView section = new SectionView("questions-to-ask", "Questions", "", "",
                "<p>Ask:</p><ul><li>One?</li><li>Two?</li><li>Three?</li></ul>", SectionKind.TIP, null);
        Document html = Jsoup.parseBodyFragment(HandoutService.inTwoColumns(section).plainHtml());
        assertThat(html.select(".columns > .column")).hasSize(2);
        assertThat(html.select(".column").get(0).select("li").eachText()).containsExactly("One?", "Two?");
        assertThat(html.select(".column").get(1).select("li").eachText()).containsExactly("Three?");
        assertThat(html.select("p").text()).isEqualTo("Ask:");
    }
}
