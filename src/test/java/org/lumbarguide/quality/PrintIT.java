package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbarguide.SiteIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chromium prints pages to PDF (DevTools Page.printToPDF) on Letter and A4; PDFBox reads them back:
 * no navigation, every heading present, no text outside the page, and the urgent callout on page 1;
 * and the same for the clinician's handout print view.
 */
@SiteIntegrationTest
class PrintIT extends BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "symptoms, Letter, 8.5, 11",
            "symptoms, A4, 8.27, 11.69",
            "overview, Letter, 8.5, 11",
            "overview, A4, 8.27, 11.69"})
    void topicPrintsCleanly(String slug, String paper, double width, double height) throws IOException {
        browser.get("http://localhost:" + port + "/topics/" + slug);
        Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF",
                Map.of("paperWidth", width, "paperHeight", height, "printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String all = new PDFTextStripper().getText(document);
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            String pageOne = firstPage.getText(document);

            assertThat(all).as("navigation is not printed")
                    .doesNotContain("Skip to main content").doesNotContain("All topics").doesNotContain("On this page");
            List<String> headings = jdbc.queryForList("select s.heading from section s join topic t on t.id = s.topic_id "
                    + "where t.slug = ? order by s.position", String.class, slug);
            for (String heading : headings) {
                assertThat(squash(all)).as("heading printed: " + heading).contains(squash(heading));
            }
            String urgent = jdbc.queryForObject("select s.heading from section s join topic t on t.id = s.topic_id "
                    + "where t.slug = 'symptoms' and s.kind = 'URGENT' order by s.position fetch first 1 rows only",
                    String.class);
            if (slug.equals("symptoms")) {
                assertThat(squash(pageOne)).as("urgent callout on page 1").contains(squash(urgent));
            }
            assertThat(squash(all)).as("glossary words print without their addresses")
                    .doesNotContain("(/glossary#").doesNotContain("/glossary");
            assertThat(squash(all)).as("other links still print their address").contains("(https://");
            assertThat(all).as("the print-or-handout link is for the screen").doesNotContain("make a handout");
            if (slug.equals("symptoms")) {
                assertThat(squash(all).toLowerCase()).as("each level of urgency prints its own label")
                        .contains("call now: level 2 of 4").contains("within 24 hours: level 3 of 4")
                        .contains("not urgent: level 4 of 4");
            }
            if (slug.equals("overview")) {
                assertThat(squash(all)).as("the drawing prints with its labels")
                        .contains("Spinal cord").contains("Cauda equina").contains("Sacrum");
            }
            assertThat(textOutsideThePage(document)).as("clipped text").isEmpty();
        }
    }

    @ParameterizedTest(name = "handout print view on {0}")
    @CsvSource({"letter, 8.5, 11", "a4, 8.27, 11.69"})
    void theHandoutPrintViewPrintsCleanly(String paper, double width, double height) throws IOException {
        browser.get("http://localhost:" + port + "/handouts?topic=symptoms&topic=treatment&qr=true&paper=" + paper);
        browser.findElement(By.cssSelector("button[value=print]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> !driver.findElements(By.cssSelector(".urgent-box")).isEmpty());
        Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF",
                Map.of("paperWidth", width, "paperHeight", height, "printBackground", true, "preferCSSPageSize", true));
        try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode((String) pdf.get("data")))) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            String pageOne = squash(firstPage.getText(document));
            String all = squash(new PDFTextStripper().getText(document));
            String urgent = jdbc.queryForObject("select s.heading from section s join topic t on t.id = s.topic_id "
                    + "where t.slug = 'symptoms' and s.kind = 'URGENT' order by s.position fetch first 1 rows only",
                    String.class);
            assertThat(pageOne).as("urgent box on page 1").contains(squash(urgent));
            assertThat(all).as("screen-only toolbar not printed").doesNotContain("Change the choices")
                    .doesNotContain("Skip to main content");
            assertThat(textOutsideThePage(document)).as("clipped text").isEmpty();
        }
    }

    /** Characters PDFBox finds beyond the edges of their page (cut-off text). */
    private static List<String> textOutsideThePage(PDDocument document) throws IOException {
        List<String> outside = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                PDPage page = getCurrentPage();
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                if (text.getXDirAdj() < 0 || text.getXDirAdj() + text.getWidthDirAdj() > width + 0.5f
                        || text.getYDirAdj() < 0 || text.getYDirAdj() > height + 0.5f) {
                    outside.add(text.getUnicode() + " at " + text.getXDirAdj() + "," + text.getYDirAdj());
                }
                super.processTextPosition(text);
            }
        };
        stripper.getText(document);
        return outside;
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").replace("\u2019", "'");
    }
}
