package org.lumbarguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lumbarguide.Http;
import org.lumbarguide.RawHttp;
import org.lumbarguide.SiteIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Search in the whole app, over real HTTP: the indexes built at start-up in both languages, the rate limit's
 * price for a search, and raw hostile query strings (broken encodings, repeated and odd parameters), which get
 * a 4xx or the results page, never a 5xx, and leave no trace of what was typed in the log.
 */
@SiteIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SearchIT {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Test
    void bothLanguagesAreSearchableAtTheirAddresses() {
        Http http = new Http(port);
        HttpResponse<String> english = http.get("/search?q=" + encode("can't feel my legs"), "X-Forwarded-For", "198.51.100.1");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(english.body()).contains("callout-urgent", "Emergency: get help now", "id=\"results-pages\"");
        assertThat(english.body().indexOf("callout-urgent")).as("the emergency box above the results")
                .isLessThan(english.body().indexOf("id=\"results-pages\""));

        HttpResponse<String> spanish = http.get("/es/buscar?q=" + encode("no puedo orinar"), "X-Forwarded-For", "198.51.100.1");
        assertThat(spanish.statusCode()).isEqualTo(200);
        assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(spanish.body()).contains("callout-urgent", "Emergencia: busque ayuda ahora", "href=\"/es/temas/");
    }

    @Test
    void aClientThatSearchesWithoutPauseIsRefusedWhileOthersAndItsPagesAreNot() {
        Http http = new Http(port);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < SearchCost.BURST + 40; i++) {
            statuses.add(http.get("/search?q=pain" + (i % 7), "X-Forwarded-For", "198.51.100.2").statusCode());
        }
        assertThat(statuses.subList(0, SearchCost.BURST)).as("a burst of searches").containsOnly(200);
        assertThat(statuses).as("then the allowance runs out").contains(429);
        assertThat(http.get("/search?q=pain", "X-Forwarded-For", "198.51.100.3").statusCode()).as("another reader")
                .isEqualTo(200);
        assertThat(http.get("/topics/symptoms", "X-Forwarded-For", "198.51.100.2").statusCode()).as("its pages")
                .isEqualTo(200);
    }

    @Test
    void hostileQueryStringsGetA4xxOrTheResultsPageAndNothingTypedIsLogged(CapturedOutput output) {
        RawHttp raw = new RawHttp(port, "X-Forwarded-For: 198.51.100.4");
        List<String> queries = List.of("q=%", "q=%ZZqx9k", "q=%C0%AEqx9k", "q=%FFqx9k", "q=%00qx9k", "q=qx9k&q=tumour",
                "q%5B%5D=qx9k", "q.x=qx9k", "q=" + "qx9k".repeat(2000), "q=%22qx9k*%3A(~AND%5C%2F", "q=qx9k%0D%0ASet-Cookie:%20a=1",
                "q=%3Cscript%3Ealert('qx9k')%3C%2Fscript%3E");
        for (String query : queries) {
            for (String path : List.of("/search", "/es/buscar")) {
                RawHttp.Response response = raw.send("GET " + path + "?" + query + " HTTP/1.1", new String[0], new byte[0]);
                assertThat(response.status()).as(path + "?" + query).isBetween(200, 499);
                assertThat(response.body()).as(path + "?" + query).doesNotContain("<script>alert", "Exception");
                assertThat(response.headers()).as(path + "?" + query).doesNotContainKey("set-cookie");
            }
        }
        assertThat(output.getAll()).doesNotContain("qx9k");
    }

    /**
     * The second reader of the same search gets the page from memory (ResultsPageMemory), with the same headers;
     * the page names no address of its own, so one kept copy may serve a request to any host name.
     */
    @Test
    void aSearchAskedAgainIsSentFromMemoryAndNamesNoAddress() {
        RawHttp raw = new RawHttp(port);
        String request = "GET /es/buscar?q=gammagraf%C3%ADa%20%C3%B3sea HTTP/1.1\r\nHost: first.example\r\n"
                + "X-Forwarded-For: 198.51.100.6\r\nConnection: close\r\n\r\n";
        double before = fromMemory();
        RawHttp.Response first = raw.exchange(request.getBytes(StandardCharsets.US_ASCII));
        RawHttp.Response second = raw.exchange(request.replace("first.example", "second.example")
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(fromMemory() - before).as("the second answer came from memory").isEqualTo(1.0);
        assertThat(first.body()).contains("id=\"results-pages\"").doesNotContain("first.example");
        assertThat(second.body()).isEqualTo(first.body());
        for (String header : List.of("cache-control", "content-language", "content-security-policy", "x-robots-tag")) {
            assertThat(second.headers().get(header)).as(header).isNotNull().isEqualTo(first.headers().get(header));
        }
    }

    private double fromMemory() {
        return registry.counter("lumbarguide.search.pages", "result", "hit").count();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
