package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.SectionKind;
import org.lumbarguide.content.TopicViews.SectionView;

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

    @Test
    void theShortEmergencyBoxKeepsTheLeadInAndEverySignAndNothingAfterTheList() {
        String box = "<p>Get help if you have:</p><ul><li>new <strong>weakness</strong></li><li>numbness</li></ul>"
                + "<p>Who to call.</p>";
        Document signs = Jsoup.parseBodyFragment(HandoutService.signs(box));
        assertThat(signs.select("p").eachText().stream().map(p -> p.replace('\u00A0', ' ')))
                .containsExactly("Get help if you have:", "\u2022 new weakness \u2022 numbness");
        assertThat(signs.select("p.run-in").html()).as("a bullet never ends a line").contains("\u2022&nbsp;new");
        assertThat(signs.select("p.run-in strong").text()).isEqualTo("weakness");
        assertThat(signs.text()).doesNotContain("Who to call");
        assertThat(HandoutService.signs("<p>No list here.</p>")).isEqualTo("<p>No list here.</p>");
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
