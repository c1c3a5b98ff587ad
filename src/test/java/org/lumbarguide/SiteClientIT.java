package org.lumbarguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shared test client against the running app: its CSRF token and cookie are the ones the app accepts. */
@SiteIntegrationTest
class SiteClientIT {

    static final String NAME = "José Müller – ñ ü ¿";

    @LocalServerPort
    int port;

    @Test
    void aFormIsPostedWithItsPagesTokenAndEveryLanguagesLettersArriveWhole() {
        SiteClient browser = new SiteClient(port, "X-Forwarded-For", "198.51.100.71");
        HttpResponse<String> refused = browser.post("/handouts", SiteClient.fields("topic", "symptoms", "output", "print"));
        assertThat(refused.statusCode()).as("no token").isEqualTo(403);

        HttpResponse<String> handout = browser.submit("/handouts", "/handouts",
                SiteClient.fields("topic", "symptoms", "patientName", NAME, "output", "print"));
        assertThat(handout.statusCode()).isEqualTo(200);
        assertThat(browser.cookie(Csrf.COOKIE)).isPresent();
        assertThat(Jsoup.parse(handout.body()).text()).contains(NAME);
    }

    @Test
    void aRawClientSendsTheCookieAndTheTokenAsABrowserWould() {
        RawHttp http = new RawHttp(port, "X-Forwarded-For: 198.51.100.72");
        Csrf.Pair pair = Csrf.of(http.send("GET /handouts HTTP/1.1", new String[] {"Accept: text/html"}, new byte[0]));
        String[] headers = {"Accept: text/html", "Content-Type: " + SiteClient.FORM, pair.cookieHeader(),
                pair.tokenHeader()};
        byte[] body = "topic=symptoms&output=print".getBytes(StandardCharsets.US_ASCII);
        assertThat(http.send("POST /handouts HTTP/1.1", headers, body).status()).isEqualTo(200);
        String[] withoutToken = {"Accept: text/html", "Content-Type: " + SiteClient.FORM, pair.cookieHeader()};
        assertThat(http.send("POST /handouts HTTP/1.1", withoutToken, body).status()).isEqualTo(403);
    }
}
