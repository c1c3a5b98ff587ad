package org.lumbarguide.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Csrf;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.handout.HandoutClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Browsers post forms as {@code application/x-www-form-urlencoded} with no charset: every public form must
 * still read them as UTF-8, whichever filter reads the parameters first (the editor's forms: see
 * {@code editor.Utf8EditorFormsIT}).
 */
@SiteIntegrationTest
class Utf8FormsIT {

    /** Two-byte letters, a three-byte dash and an inverted question mark: each breaks differently as ISO-8859-1. */
    static final String NAME = "José Müller – naïve café ñ ü ¿";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheFeedbackSentHere() {
        jdbc.update("delete from reader_feedback where comment like '%é%'");
    }

    @Test
    void aPatientsNameIsIntactInThePrintViewAndInThePdfText() throws IOException {
        HandoutClient client = HandoutClient.newClinic(port);
        HttpResponse<byte[]> print = client.post(HandoutClient.fields("topic", "symptoms", "patientName", NAME,
                "output", "print"));
        assertThat(print.statusCode()).isEqualTo(200);
        String page = Jsoup.parse(new String(print.body(), StandardCharsets.UTF_8)).select("h1, h2, p").eachText()
                .stream().filter(text -> text.startsWith("Information for")).findFirst().orElse("");
        assertThat(page).isEqualTo("Information for " + NAME);

        HttpResponse<byte[]> pdf = client.post(HandoutClient.fields("topic", "symptoms", "patientName", NAME,
                "output", "pdf"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text.contains(NAME)).as("the PDF text holds %s: %s", NAME,
                    text.substring(0, Math.min(300, text.length()))).isTrue();
        }
    }

    @Test
    void feedbackIsStoredIntactAndFiveHundredAccentedLettersAreNotTooLong() throws Exception {
        Reader reader = new Reader("203.0.113.61");
        HttpResponse<String> sent = reader.send("symptoms", NAME);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(jdbc.queryForList("select comment from reader_feedback", String.class)).contains(NAME);

        // The limit is 500 characters; as ISO-8859-1 each "é" was read as two, so this was refused.
        String five = "é".repeat(500);
        HttpResponse<String> full = new Reader("203.0.113.62").send("symptoms", five);
        assertThat(full.statusCode()).as(full.body()).isEqualTo(302);
        assertThat(jdbc.queryForList("select comment from reader_feedback", String.class)).contains(five);
    }

    /** A reader with a cookie jar and an address of its own (behind the trusted proxy on loopback). */
    private final class Reader {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String address;

        Reader(String address) {
            this.address = address;
        }

        HttpResponse<String> send(String topic, String comment) throws IOException, InterruptedException {
            String form = client.send(request("/feedback?topic=" + topic + "&answer=no").GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String token = Csrf.token(form);
            String body = Csrf.FIELD + "=" + enc(token) + "&topic=" + topic + "&answer=no&comment=" + enc(comment);
            // No charset, as browsers send it.
            return client.send(request("/feedback").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                    .header("X-Forwarded-For", address);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
