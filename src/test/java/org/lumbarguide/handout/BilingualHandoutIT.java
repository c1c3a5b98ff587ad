package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumbarguide.handout.HandoutClient.fields;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.quality.HtmlChecker;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bilingual handout (Español + English) on the real content: the print view interleaves each part in Spanish
 * with the same part in English, and the PDF opens with the Spanish emergency box, the English one right after, both on
 * page 1. (PDF/UA is HandoutIT's, with the other variants.)
 */
@SiteIntegrationTest
class BilingualHandoutIT {

    static final String EMERGENCY_ES = "Emergencia: busque ayuda ahora";
    static final String EMERGENCY_EN = "Emergency: get help now";

    @LocalServerPort
    int port;

    HandoutClient client;

    @BeforeEach
    void setUp() {
        client = HandoutClient.newClinic(port);
    }

    @Test
    void thePrintViewGivesEachPartInSpanishThenTheSamePartInEnglish() {
        HttpResponse<byte[]> response = client.post(fields("topic", "symptoms", "lang", "es-en", "paper", "letter",
                "size", "regular", "qr", "true", "patientName", "José Müller – ñ ü ¿", "output", "print"));
        assertThat(response.statusCode()).isEqualTo(200);
        String html = new String(response.body(), StandardCharsets.UTF_8);
        Document view = Jsoup.parse(html);
        assertThat(view.select("html").attr("lang")).isEqualTo("es");
        assertThat(view.select(".urgent-box > h2").eachText()).containsExactly(EMERGENCY_ES, EMERGENCY_EN);
        List<String> langs = view.select(".handout-section").eachAttr("lang");
        assertThat(langs).isNotEmpty().hasSizeGreaterThan(2);
        for (int i = 0; i < langs.size(); i++) {
            assertThat(langs.get(i)).as("part %d", i).isEqualTo(i % 2 == 0 ? "es" : "en");
        }
        assertThat(view.select(".qr").eachAttr("lang")).containsExactly("es", "en");
        assertThat(view.select(".qr img").eachAttr("alt")).allMatch(alt -> !alt.isBlank());
        assertThat(view.text()).containsOnlyOnce("José Müller – ñ ü ¿");
        assertThat(HtmlChecker.errors(html)).isEmpty();
    }

    @Test
    void thePdfOpensWithTheSpanishEmergencyBoxThenTheEnglishOne() throws IOException {
        byte[] pdf = pdf("regular", "full");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String all = squash(stripper.getText(document));
            assertThat(all).containsSubsequence(EMERGENCY_ES, EMERGENCY_EN);
            // Both boxes on page 1, the Spanish first (every paper and size: BilingualFirstPageTests).
            stripper.setEndPage(1);
            assertThat(squash(stripper.getText(document))).containsSubsequence(EMERGENCY_ES, EMERGENCY_EN);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
        }
    }

    @Test
    void keyPointsAndLargePrintHaveBothEmergencyHeadingsInOrder() throws IOException {
        for (String[] variant : new String[][] {{"regular", "keypoints"}, {"large", "full"}}) {
            try (PDDocument document = Loader.loadPDF(pdf(variant[0], variant[1]))) {
                assertThat(squash(new PDFTextStripper().getText(document))).as(String.join(" ", variant))
                        .containsSubsequence(EMERGENCY_ES, EMERGENCY_EN);
            }
        }
    }

    /**
     * What the PDF's structure tree says of each element's language: the /Lang entries openhtmltopdf writes from
     * the blocks' lang attributes, if it writes any.
     */
    @Test
    void theStructureTreeSaysWhichElementsAreInEnglish() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf("regular", "full"))) {
            List<String> langs = new ArrayList<>();
            collectLangs(document.getDocumentCatalog().getStructureTreeRoot(), langs);
            assertThat(langs).contains("es", "en");
        }
    }

    private static void collectLangs(PDStructureNode node, List<String> langs) {
        if (node == null) {
            return;
        }
        if (node instanceof PDStructureElement element && element.getLanguage() != null) {
            langs.add(element.getLanguage());
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode child) {
                collectLangs(child, langs);
            }
        }
    }

    private byte[] pdf(String size, String format) {
        HttpResponse<byte[]> response = client.post(fields("topic", "symptoms", "lang", "es-en", "paper", "letter",
                "size", size, "format", format, "qr", "true", "output", "pdf"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
