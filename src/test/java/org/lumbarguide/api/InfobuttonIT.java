package org.lumbarguide.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.node.ObjectNode;

/**
 * Both health-record endpoints in the whole application, over real HTTP: the Infobutton answer from memory before
 * the security chain carries the same headers as the chain's own answer, revalidates with 304, and its Atom is
 * valid with the real content; the CDS Hooks service takes a POST without a CSRF token or cookie, answers a CORS
 * preflight, and says 412 without its prefetch.
 */
@SiteIntegrationTest
class InfobuttonIT {

    static final String JSON_ANSWER = "/infobutton?mainSearchCriteria.v.c=C79.51"
            + "&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&knowledgeResponseType=application/json";

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<Void> head(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aKeptAnswerFromMemoryIsTheChainsAnswerWithTheSameHeaders() throws Exception {
        HttpResponse<byte[]> first = get(JSON_ANSWER);
        HttpResponse<byte[]> second = get(JSON_ANSWER);
        HttpResponse<byte[]> third = get(JSON_ANSWER);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(third.body()).isEqualTo(first.body());
        assertThat(headers(third)).isEqualTo(headers(first));
        assertThat(third.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(third.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(third.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(third.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        String etag = third.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> notModified = get(JSON_ANSWER, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("ETag")).contains(etag);
        assertThat(notModified.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();
        // A HEAD is never answered from memory: the controller's own 200 and 304 carry what memory replays.
        assertThat(headers(head(JSON_ANSWER))).isEqualTo(headers(third));
        HttpResponse<Void> chainNotModified = head(JSON_ANSWER, "If-None-Match", etag);
        assertThat(chainNotModified.statusCode()).isEqualTo(304);
        assertThat(headers(notModified)).isEqualTo(headers(chainNotModified));
    }

    @Test
    void theAtomAnswerIsValidWithTheRealContentInBothLanguages() throws Exception {
        for (String language : List.of("en", "es")) {
            String path = "/service?mainSearchCriteria.v.c=C79.51&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90"
                    + "&informationRecipient.languageCode.c=" + language;
            HttpResponse<byte[]> answer = get(path);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
            assertThat(InfobuttonAtom.problems(answer.body())).isEmpty();
            assertThat(InfobuttonAtom.problems(get(path).body())).as("from memory").isEmpty();
            // The content files' codes (C79.51 on the overview, symptoms, treatment ... pages) reach the answer.
            String feed = new String(answer.body(), StandardCharsets.UTF_8);
            assertThat(feed).contains(language.equals("es") ? "/es/temas/sintomas" : "/topics/symptoms")
                    .contains(language.equals("es") ? "/es/temas/tratamiento" : "/topics/treatment");
        }
    }

    /** The realistic prefetch (secondary bone cancer, C79.51; a patient who prefers Spanish) on the real content. */
    @Test
    void aPatientViewOnTheRealContentGetsACardWithTheTopicsAndAHandoutInThePatientsLanguage() throws Exception {
        HttpResponse<String> cards = post("/cds-services/lumbar-spine-guide",
                CdsHooksControllerTests.realistic().toString());
        assertThat(cards.statusCode()).isEqualTo(200);
        assertThat(cards.body()).contains("/es/temas/sintomas").contains("/handouts?topic=").contains("lang=es")
                .doesNotContain("MRN-5550199").doesNotContain("555-0199");
    }

    @Test
    void undecodableParametersAreTheRequestGuards400() throws Exception {
        assertThat(get("/infobutton?mainSearchCriteria.v.c=%C3%28&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void theCdsServiceTakesAPostWithoutCsrfAndAnswersCors() throws Exception {
        assertThat(get("/cds-services").statusCode()).isEqualTo(200);
        ObjectNode request = CdsHooksControllerTests.realistic();
        HttpResponse<String> cards = post("/cds-services/lumbar-spine-guide", request.toString(),
                "Origin", "https://ehr.example.org");
        assertThat(cards.statusCode()).isEqualTo(200);
        assertThat(cards.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(cards.headers().allValues("Set-Cookie")).isEmpty();
        CdsHooksControllerTests.validResponse(cards.body());
        request.remove("prefetch");
        assertThat(post("/cds-services/lumbar-spine-guide", request.toString()).statusCode()).isEqualTo(412);
        HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/cds-services/lumbar-spine-guide"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://ehr.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        // The public site's forms still need their token.
        assertThat(post("/feedback", "{}").statusCode()).isEqualTo(403);
        assertThat(new String(get("/cds-services").body(), StandardCharsets.UTF_8)).contains("patient-view");
    }

    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.keySet().removeIf(name -> List.of("date", "content-length", "transfer-encoding", "keep-alive",
                "connection").contains(name.toLowerCase(java.util.Locale.ROOT)));
        return headers;
    }
}
