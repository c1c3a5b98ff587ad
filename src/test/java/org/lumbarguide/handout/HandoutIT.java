package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumbarguide.handout.HandoutClient.fields;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbarguide.LogCapture;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.quality.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The handout builder end to end: form, print view, PDF text, large print, PDF/UA, QR code, privacy. */
@SiteIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HandoutIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    HandoutClient client;

    @BeforeEach
    void setUp() {
        client = HandoutClient.newClinic(port); // each test its own clinic, with its own PDF allowance
    }

    private List<String> choosableHeadings(String topicKey) {
        return jdbc.queryForList("select s.heading from section s join topic t on t.id = s.topic_id where "
                + "t.topic_key = ? and t.language = 'en' and s.kind <> 'URGENT' order by s.position", String.class, topicKey);
    }

    private List<String> choosableAnchors(String topicKey) {
        return jdbc.queryForList("select s.anchor from section s join topic t on t.id = s.topic_id where "
                + "t.topic_key = ? and t.language = 'en' and s.kind <> 'URGENT' order by s.position", String.class, topicKey);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return squash(new PDFTextStripper().getText(document));
        }
    }

    private static String pageOne(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            return squash(stripper.getText(document));
        }
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").replace('\u2019', '\'');
    }

    private byte[] pdf(List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("output", "pdf"));
        HttpResponse<byte[]> response = client.post(all);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        return response.body();
    }

    @Test
    void theBuilderOffersEveryTopicAndKeepsBookmarkedChoicesInTheUrl() {
        HttpResponse<String> blank = client.get("/handouts");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Document form = Jsoup.parse(blank.body());
        assertThat(form.select("input[name=topic]")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(form.select("form[method=post] input[name=_csrf]")).hasSize(1);

        String anchor = choosableAnchors("diagnosis").get(1);
        Document bookmarked = Jsoup.parse(client.get("/handouts?topic=symptoms&section=diagnosis:" + anchor
                + "&paper=a4&size=large&qr=false&questions=true").body());
        assertThat(checked(bookmarked, "#topic-symptoms")).isTrue();
        assertThat(checked(bookmarked, "#topic-diagnosis")).as("a topic with a part chosen").isTrue();
        assertThat(checked(bookmarked, "#topic-treatment")).as("a topic not chosen").isFalse();
        assertThat(checked(bookmarked, "input[value=diagnosis:" + anchor + "]")).isTrue();
        assertThat(checked(bookmarked, "input[value=diagnosis:" + choosableAnchors("diagnosis").get(0) + "]")).isFalse();
        assertThat(checked(bookmarked, "#paper-a4")).isTrue();
        assertThat(checked(bookmarked, "#paper-letter")).isFalse();
        assertThat(checked(bookmarked, "#size-large")).isTrue();
        assertThat(checked(bookmarked, "#size-regular")).isFalse();
        assertThat(checked(bookmarked, "#qr-no")).isTrue();
        assertThat(checked(bookmarked, "#qr-yes")).isFalse();
        assertThat(checked(bookmarked, "#topic-questions")).as("old questions=true").isTrue();
    }

    /** Whether the one box or button the selector finds is checked (it fails when there is none, or more). */
    private static boolean checked(Document page, String selector) {
        assertThat(page.select(selector)).as(selector).hasSize(1);
        return page.selectFirst(selector).hasAttr("checked");
    }

    @Test
    void thePdfHasTheChosenSectionsInOrderAndNoOthers() throws IOException {
        List<String> anchors = choosableAnchors("diagnosis");
        List<String> headings = choosableHeadings("diagnosis");
        byte[] pdf = pdf(fields("section", "diagnosis:" + anchors.get(3), "section", "diagnosis:" + anchors.get(1),
                "paper", "letter", "size", "regular", "qr", "false", "questions", "false",
                "clinicName", "Riverside Spine Clinic", "clinicPhone", "555 0100",
                "note", "Please bring your scan letters."));
        String text = text(pdf);
        int first = text.indexOf(squash(headings.get(1)));
        int second = text.indexOf(squash(headings.get(3)));
        assertThat(first).as("first chosen section").isPositive();
        assertThat(second).as("second chosen section, after the first").isGreaterThan(first);
        List<String> openings = jdbc.queryForList("select s.body_markdown from section s join topic t on t.id = s.topic_id "
                + "where t.topic_key = 'diagnosis' and t.language = 'en' and s.kind <> 'URGENT' order by s.position",
                String.class).stream()
                .map(body -> squash(body.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).findFirst()
                        .orElseThrow()).replaceAll("[*_]", ""))
                .toList();
        for (int i = 0; i < openings.size(); i++) {
            String opening = openings.get(i).substring(0, Math.min(40, openings.get(i).length()));
            if (i == 1 || i == 3) {
                assertThat(text).as("chosen section's text").contains(opening);
            } else {
                assertThat(text).as("unchosen section's text").doesNotContain(opening);
            }
        }
        String pageOne = pageOne(pdf);
        String urgent = jdbc.queryForObject("select s.heading from section s join topic t on t.id = s.topic_id where "
                + "t.topic_key = 'symptoms' and s.kind = 'URGENT' order by s.position fetch first 1 rows only", String.class);
        assertThat(pageOne).contains(squash(urgent)).contains("new weakness in one or both legs");
        assertThat(text).contains("Riverside Spine Clinic").contains("555 0100").contains("Please bring your scan letters.")
                .contains("Lumbar Spine Cancer Guide").contains("Page 1 of").containsPattern("Printed \\d{1,2} \\w+ \\d{4}")
                .containsPattern("Not yet reviewed by a clinician here. Written on \\d{1,2} \\w+ \\d{4}")
                .containsPattern("– written \\d{1,2} \\w+ \\d{4}").doesNotContain("Last reviewed");
    }

    @Test
    void largePrintReallyIsEighteenPointOrMore() throws IOException {
        byte[] pdf = pdf(fields("topic", "symptoms", "paper", "a4", "size", "large", "qr", "false"));
        List<Float> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (!text.getUnicode().isBlank()) {
                        sizes.add(text.getFontSizeInPt());
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
        }
        assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(18f));

        byte[] regular = pdf(fields("topic", "symptoms", "paper", "a4", "size", "regular", "qr", "false"));
        try (PDDocument document = Loader.loadPDF(regular)) {
            List<Float> regularSizes = new ArrayList<>();
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    regularSizes.add(text.getFontSizeInPt());
                    super.processTextPosition(text);
                }
            }.getText(document);
            assertThat(regularSizes).anyMatch(size -> size < 18f);
        }
    }

    /** Every paper and print size, and the bilingual handout (Spanish, each part then in English): its /Lang is Spanish. */
    @ParameterizedTest(name = "PDF/UA-1 on {0}, {1}, {2}")
    @CsvSource({"letter, regular, en, en", "letter, large, en, en", "a4, regular, en, en", "a4, large, en, en",
            "letter, regular, es-en, es", "a4, large, es-en, es"})
    void everyVariantIsValidPdfUa(String paper, String size, String lang, String documentLang) throws Exception {
        byte[] pdf = pdf(fields("topic", "symptoms", "topic", "treatment", "paper", paper, "size", size, "lang", lang,
                "qr", "true", "questions", "true", "note", "A short note.", "patientName", "Alex Example"));
        assertThat(PdfPages.pdfUaFailures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(documentLang);
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    @Test
    void theQrCodeDecodesToTheTopicsOnlineAddress() throws Exception {
        byte[] pdf = pdf(fields("topic", "symptoms", "paper", "letter", "size", "regular", "qr", "true"));
        List<String> decoded = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 300);
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
                try {
                    for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap,
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
                        decoded.add(result.getText());
                    }
                } catch (com.google.zxing.NotFoundException noCodeOnThisPage) {
                    // most pages have no QR code
                }
            }
        }
        // No public address is configured: the code leads to the address the handout was asked from.
        assertThat(decoded).containsExactly("http://localhost:" + port + "/topics/symptoms");
        HttpResponse<Void> opened = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(decoded.get(0)))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(opened.statusCode()).as("the address in the code answers").isEqualTo(200);
    }

    @Test
    void thePrintViewHasTheSameContentAndAPrintButtonScript() {
        HttpResponse<byte[]> response = client.post(fields("topic", "prognosis", "paper", "a4", "size", "regular",
                "qr", "false", "note", "See you in two weeks.", "clinicName", "Hill Clinic", "output", "print"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Document view = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(view.select(".urgent-box").text()).contains("new weakness in one or both legs");
        assertThat(view.select(".note-text").text()).isEqualTo("See you in two weeks.");
        assertThat(view.select(".clinic").text()).contains("Hill Clinic");
        assertThat(view.select(".handout-section > h3").eachText()).containsExactlyElementsOf(choosableHeadings("prognosis"));
        assertThat(view.select("script[src]").attr("src")).matches("/js/print-button-[0-9a-f]{32}\\.js");
        assertThat(HtmlChecker.errors(new String(response.body(), StandardCharsets.UTF_8))).isEmpty();
        assertThat(HtmlChecker.errors(client.get("/handouts?topic=nope").body())).as("the 400 form page").isEmpty();
    }

    @Test
    void unknownSectionsGetA400PageWithTheFormAndEverythingTypedKept() {
        // Posted as browsers post forms, with no charset (HandoutClient): every language comes back whole.
        String name = "Sam José Müller – ñ ü ¿";
        HttpResponse<byte[]> response = client.post(fields("topic", "symptoms", "section", "symptoms:no-such-part",
                "paper", "a4", "size", "large", "note", "Keep this note ¿", "patientName", name,
                "clinicName", "Lake Clinic", "output", "pdf"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(page.select("#field-section").text()).contains("symptoms:no-such-part");
        assertThat(page.select(".error-summary a[href=#field-section]")).hasSize(1);
        assertThat(page.select("#note").text()).isEqualTo("Keep this note ¿");
        assertThat(page.select("#patientName").val()).isEqualTo(name);
        assertThat(page.select(".footer-emergency").text()).as("the footer, as on every page").contains("emergency");
        assertThat(HtmlChecker.errors(new String(response.body(), StandardCharsets.UTF_8))).isEmpty();
        assertThat(page.select("#clinicName").val()).isEqualTo("Lake Clinic");
        assertThat(page.select("#topic-symptoms").hasAttr("checked")).isTrue();
        assertThat(page.select("#size-large").hasAttr("checked")).isTrue();
    }

    @Test
    void nothingChosenOrANoteTooLongIsExplainedBesideTheField() {
        Document nothing = Jsoup.parse(new String(client.post(fields("paper", "a4", "questions", "false", "output",
                "print")).body(), StandardCharsets.UTF_8));
        assertThat(nothing.select("#field-topic .field-error").text()).contains("Choose at least one topic");

        HttpResponse<byte[]> tooLong = client.post(fields("topic", "symptoms", "note", "x".repeat(1001), "output", "pdf"));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(new String(tooLong.body(), StandardCharsets.UTF_8));
        assertThat(page.select("#field-note .field-error").text()).contains("1,000");
        assertThat(page.select("#field-note").text()).contains("1,001");
        assertThat(page.select("#note").text()).hasSize(1001);

        // Every field wrong at once: each message beside its field and in the summary, and still valid HTML
        // (every aria-describedby names an element on the page).
        HttpResponse<byte[]> everything = client.post(fields("topic", "nope", "section", "symptoms:nope",
                "questions", "maybe", "format", "all", "paper", "b5", "size", "huge", "lang", "xx", "qr", "perhaps",
                "clinicName", "c".repeat(121), "clinicPhone", "1".repeat(41), "helplineNumber", "1".repeat(41),
                "note", "x".repeat(1001), "patientName", "p".repeat(101), "output", "zip"));
        assertThat(everything.statusCode()).isEqualTo(400);
        String html = new String(everything.body(), StandardCharsets.UTF_8);
        Document all = Jsoup.parse(html);
        assertThat(all.select(".field-error")).hasSize(14);
        assertThat(all.select(".error-summary li a")).hasSize(14);
        assertThat(HtmlChecker.errors(html)).isEmpty();
    }

    @Test
    void thePatientsHelplineIsPrintedInsideTheEmergencyBoxOrASpaceIsLeftWithAWarning() throws IOException {
        HttpResponse<byte[]> withNumber = client.post(fields("topic", "prognosis", "paper", "a4", "qr", "false",
                "helplineNumber", "0161 446 0000", "output", "print"));
        Document view = Jsoup.parse(new String(withNumber.body(), StandardCharsets.UTF_8));
        assertThat(view.select(".urgent-box .helpline").text()).isEqualTo("Your 24-hour cancer helpline: 0161 446 0000");
        assertThat(view.select(".helpline-warning")).isEmpty();
        assertThat(pageOne(pdf(fields("topic", "prognosis", "paper", "a4", "qr", "false",
                "helplineNumber", "0161 446 0000")))).contains("Your 24-hour cancer helpline: 0161 446 0000");

        Document blank = Jsoup.parse(new String(client.post(fields("topic", "prognosis", "paper", "a4", "qr", "false",
                "output", "print")).body(), StandardCharsets.UTF_8));
        assertThat(blank.select(".urgent-box .helpline-blank").text()).startsWith("Your 24-hour cancer helpline:")
                .contains("____");
        assertThat(blank.select(".helpline-warning").text()).contains("No 24-hour helpline number was given");
        assertThat(HtmlChecker.errors(blank.outerHtml())).isEmpty();

        HttpResponse<byte[]> tooLong = client.post(fields("topic", "prognosis", "helplineNumber", "1".repeat(41)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(new String(tooLong.body(), StandardCharsets.UTF_8))
                .select("#field-helplineNumber .field-error").text()).contains("40");
    }

    @Test
    void aNameOrNoteInTheAddressIsIgnored() {
        Document form = Jsoup.parse(client.get("/handouts?topic=symptoms&patientName=Robin&note=Secret"
                + "&helplineNumber=0800123").body());
        assertThat(form.select("#topic-symptoms").hasAttr("checked")).isTrue();
        assertThat(form.select("#patientName").val()).isEmpty();
        assertThat(form.select("#helplineNumber").val()).as("this deployment configures no helpline").isEmpty();
        assertThat(form.select("#field-helplineNumber .field-warning").text()).contains("No number yet");
        assertThat(form.select("#note").text()).isEmpty();
        assertThat(form.select(".bookmark a").attr("href")).doesNotContain("Robin").doesNotContain("Secret")
                .doesNotContain("0800123");
    }

    @Test
    void thePatientsNameIsNeverStoredLoggedOrPutInAUrl(CapturedOutput output) {
        String name = "Zebedee-" + UUID.randomUUID();
        String helpline = "0800 " + (100000 + new java.util.Random().nextInt(899999));
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.DEBUG);
        // Every log event, DEBUG included, is collected here rather than printed (the console shows WARN and up).
        LogCapture logs = LogCapture.root();
        try {
            HttpResponse<byte[]> pdf = client.post(fields("topic", "symptoms", "patientName", name,
                    "helplineNumber", helpline, "output", "pdf"));
            HttpResponse<byte[]> print = client.post(fields("topic", "symptoms", "patientName", name,
                    "helplineNumber", helpline, "output", "print"));
            HttpResponse<byte[]> invalid = client.post(fields("section", "nope:nope", "patientName", name));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(print.body(), StandardCharsets.UTF_8)).contains(name).contains(helpline);
            assertThat(invalid.statusCode()).isEqualTo(400);
            for (HttpResponse<byte[]> response : List.of(pdf, print, invalid)) {
                assertThat(response.uri().toString()).doesNotContain(name).doesNotContain(helpline.replace(" ", ""));
                assertThat(response.headers().map().toString()).doesNotContain(name).doesNotContain(helpline);
                assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            }
            Document printView = Jsoup.parse(new String(print.body(), StandardCharsets.UTF_8));
            assertThat(printView.select("a[href]").eachAttr("href")).noneMatch(href -> href.contains("Zebedee"));
        } finally {
            logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
            logs.close();
        }
        assertThat(logs.text()).as("the test really logged at DEBUG").contains("DEBUG ");
        assertThat(logs.text()).doesNotContain(name).doesNotContain(helpline);
        assertThat(output.getAll()).doesNotContain(name).doesNotContain(helpline);

        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from "
                + "information_schema.columns where table_schema = 'PUBLIC'");
        assertThat(columns).isNotEmpty();
        for (Map<String, Object> column : columns) {
            for (String secret : List.of(name, helpline)) {
                Integer hits = jdbc.queryForObject("select count(*) from \"" + column.get("TABLE_NAME") + "\" where cast(\""
                        + column.get("COLUMN_NAME") + "\" as varchar(100000)) like ?", Integer.class, "%" + secret + "%");
                assertThat(hits).as(column.toString()).isZero();
            }
        }
    }
}
