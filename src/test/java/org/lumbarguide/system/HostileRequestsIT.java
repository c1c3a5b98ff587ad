package org.lumbarguide.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lumbarguide.Csrf;
import org.lumbarguide.RawHttp;
import org.lumbarguide.RawHttp.Response;
import org.lumbarguide.SiteIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The site as an attacker sees it: every parameter of every route with hostile values, broken
 * encodings, indexed-parameter abuse, wrong methods and content types, bad CSRF tokens and huge bodies.
 * Each must get a 4xx (or a normal 2xx/3xx), never a 5xx, reflect no script, show no stack trace or
 * class name, and cost at most one log line. The reproductions from issue 11 are tests of their own.
 */
@SiteIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsIT {

    private static final String HTML = "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
    private static final String JSON = "Accept: application/json";
    private static final String FORM = "Content-Type: application/x-www-form-urlencoded";
    /** Signs that internals leaked: a stack frame, an exception or a Java package name. */
    private static final Pattern LEAK = Pattern.compile(
            "(\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|Exception|java\\.lang|org\\.springframework|org\\.apache|"
                    + "org\\.lumbarguide|org\\.hibernate|jakarta\\.|Whitelabel|\"trace\")");

    private static final String MARKER = "hx7q";
    /** Raw (already %-encoded where needed) hostile values; each carries the marker so echoes can be found. */
    private static final List<String> PAYLOADS = List.of(
            enc("<script>alert('" + MARKER + "')</script>"),
            enc("\"><svg onload=alert('" + MARKER + "')>"),
            enc("' OR '1'='1' --" + MARKER),
            enc("1; DROP TABLE topic; --" + MARKER),
            "..%2F..%2F..%2Fetc%2Fpasswd" + MARKER,
            "%0D%0ASet-Cookie:%20" + MARKER + "=1",
            "A".repeat(4000) + MARKER,
            "%FF%FE" + MARKER,
            "%C0%AE%C0%AE%2F" + MARKER,
            "%00" + MARKER,
            enc("${T(Runtime).getRuntime().exec('id')}" + MARKER),
            enc("__${7*7}__::." + MARKER));

    /** A real browser's header for eleven languages, then forty made-up entries. */
    private static final List<String> LONG_ACCEPT_LANGUAGES = List.of(
            "en-GB,en;q=0.9,es;q=0.8,fr;q=0.7,de;q=0.6,it;q=0.5,pt;q=0.4,nl;q=0.3,pl;q=0.2,sv;q=0.1,da;q=0.05",
            String.join(",", java.util.stream.IntStream.range(0, 40).mapToObj(i -> "x" + (char) ('a' + i % 26)
                    + (char) ('a' + i / 26) + ";q=0." + (i % 9 + 1)).toList()));

    private static final List<String> HANDOUT_PARAMETERS = List.of("topic", "section", "paper", "size", "lang",
            "questions", "qr", "clinicName", "clinicPhone", "note", "patientName", "output", "_csrf");

    @LocalServerPort
    int port;

    RawHttp http;

    @BeforeEach
    void setUp() {
        // Each test is its own client (a trusted proxy on loopback names it), so the per-client rate limits
        // of other tests' requests from 127.0.0.1 do not apply here.
        http = new RawHttp(port, "X-Forwarded-For: 203.0.113.11");
    }

    @Test
    void aCorpusOfHostileRequestsGetsNoServerErrorNoEchoedScriptNoInternalsAndLittleLog(CapturedOutput output) {
        Session session = session();
        List<Request> corpus = new ArrayList<>();
        for (String payload : PAYLOADS) {
            for (String parameter : HANDOUT_PARAMETERS) {
                corpus.add(get("/handouts?" + parameter + "=" + payload));
            }
            for (String path : List.of("/", "/topics", "/glossary", "/topics/symptoms", "/css/site.css",
                    "/robots.txt")) {
                corpus.add(get(path + "?q=" + payload));
            }
            corpus.add(get("/topics/" + payload));
            corpus.add(get("/" + payload));
            corpus.add(get("/css/" + payload));
        }
        // Every form field in a POST with a valid token, and the token itself hostile.
        for (String payload : List.of(PAYLOADS.get(0), PAYLOADS.get(1), PAYLOADS.get(6), PAYLOADS.get(7))) {
            for (String parameter : HANDOUT_PARAMETERS) {
                String body = parameter.equals("_csrf") ? "_csrf=" + payload + "&topic=symptoms"
                        : "_csrf=" + enc(session.token()) + "&topic=symptoms&" + parameter + "=" + payload;
                corpus.add(session.post(body));
            }
        }
        // Indexed and nested parameter names, which a data binder would try to follow.
        for (String name : List.of("section%5B1%5D", "section%5B100000%5D", "topic%5B2147483646%5D",
                "topic%5B-1%5D", "topic%5B%5D", "topic.x", "class.module.classLoader.URLs%5B0%5D",
                "section%5B99999999999999999999%5D", "form.topic%5B0%5D", "topic%5B0%5D%5B0%5D")) {
            corpus.add(get("/handouts?" + name + "=x"));
            corpus.add(session.post("_csrf=" + enc(session.token()) + "&" + name + "=x&output=pdf"));
        }
        // Wrong methods on every route.
        for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "PROPFIND")) {
            for (String path : List.of("/", "/topics", "/topics/symptoms", "/glossary", "/handouts",
                    "/css/site.css")) {
                corpus.add(new Request(method + " " + path + " HTTP/1.1", new String[] {HTML, FORM},
                        "a=1".getBytes(StandardCharsets.US_ASCII)));
            }
        }
        for (String path : List.of("/", "/topics", "/topics/symptoms", "/glossary", "/robots.txt")) {
            corpus.add(session.post(path, "_csrf=" + enc(session.token()) + "&a=1"));
        }
        // Wrong content types, bad and missing CSRF tokens, a token in the address, huge bodies.
        String valid = "_csrf=" + enc(session.token()) + "&topic=symptoms&output=print";
        for (String type : List.of("application/json", "text/xml", "multipart/form-data; boundary=x",
                "text/plain", "application/x-www-form-urlencoded; charset=ISO-8859-1", "nonsense")) {
            corpus.add(new Request("POST /handouts HTTP/1.1", new String[] {HTML, "Content-Type: " + type,
                    session.cookie()}, valid.getBytes(StandardCharsets.US_ASCII)));
        }
        Random random = new Random(11);
        for (int length : List.of(0, 1, 36, 72, 96, 96, 96, 200)) {
            corpus.add(session.post("_csrf=" + randomToken(random, length) + "&topic=symptoms&output=pdf"));
        }
        corpus.add(new Request("POST /handouts?_csrf=" + enc(session.token()) + " HTTP/1.1",
                new String[] {HTML, FORM, session.cookie()}, "topic=symptoms".getBytes(StandardCharsets.US_ASCII)));
        corpus.add(new Request("POST /handouts HTTP/1.1", new String[] {HTML, FORM},
                valid.getBytes(StandardCharsets.US_ASCII)));
        corpus.add(session.post(valid + "&note=" + "N".repeat(200_000)));
        corpus.add(session.post(valid + "&topic=" + "T".repeat(2_000_000)));
        corpus.add(session.post(valid + "&x=1".repeat(3000)));
        // Requests Tomcat itself refuses: raw CR/LF, illegal characters, odd versions, oversized heads.
        corpus.add(new Request("GET /topics/a\rb HTTP/1.1", new String[] {HTML}, new byte[0]));
        corpus.add(new Request("GET /a|b{c}<script> HTTP/1.1", new String[] {HTML}, new byte[0]));
        corpus.add(new Request("GET /topics HTTP/9.9", new String[] {HTML}, new byte[0]));
        corpus.add(new Request("GET /" + "x".repeat(20_000) + " HTTP/1.1", new String[] {HTML}, new byte[0]));
        corpus.add(new Request("GET / HTTP/1.1", new String[] {HTML, "X-Big: " + "y".repeat(20_000)}, new byte[0]));
        corpus.add(new Request("GET / HTTP/1.1", new String[] {HTML, "Bad Header: x"}, new byte[0]));
        corpus.add(new Request("GET /handouts?topic=%ZZ HTTP/1.1", new String[] {HTML}, new byte[0]));
        corpus.add(new Request("GET /%ZZ HTTP/1.1", new String[] {HTML}, new byte[0]));
        corpus.add(new Request("GET /topics/..;/..;/etc/passwd HTTP/1.1", new String[] {HTML}, new byte[0]));
        corpus.add(new Request("GET //etc/passwd HTTP/1.1", new String[] {HTML}, new byte[0]));
        corpus.add(new Request("GET /error HTTP/1.1", new String[] {HTML}, new byte[0]));
        corpus.add(new Request("GET /error HTTP/1.1", new String[] {JSON}, new byte[0]));
        // Issue 17: long Accept-Language headers, CONNECT and methods nobody defined.
        for (String languages : LONG_ACCEPT_LANGUAGES) {
            for (String path : List.of("/", "/topics/symptoms", "/handouts", "/nope", "/error")) {
                corpus.add(new Request("GET " + path + " HTTP/1.1", new String[] {HTML, "Accept-Language: " + languages},
                        new byte[0]));
            }
            corpus.add(session.post(valid + "&patientName=" + MARKER).withHeader("Accept-Language: " + languages));
        }
        for (String line : List.of("CONNECT localhost:443 HTTP/1.1", "CONNECT / HTTP/1.1", "FOO / HTTP/1.1",
                "MKCOL /handouts HTTP/1.1", "BREW /topics HTTP/1.1")) {
            corpus.add(new Request(line, new String[] {HTML}, new byte[0]));
        }
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);

        int logBefore = output.getAll().length();
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < corpus.size(); i++) {
            Request request = corpus.get(i);
            // Many clients: the corpus tests what each request gets, not the rate limit (HandoutLimitsIT does).
            RawHttp client = new RawHttp(port, "X-Forwarded-For: 198.51.100." + (i % 250 + 1));
            Response response = client.send(request.line(), request.headers(), request.body());
            String what = request.line().substring(0, Math.min(request.line().length(), 120));
            if (response.status() == 0) {
                // Tomcat may close the connection on a request it cannot parse: then nothing at all came back.
                softly.assertThat(response.raw()).as("no status line, so no body, for %s", what).isEmpty();
                continue;
            }
            softly.assertThat(response.status()).as("status of %s", what).isBetween(200, 499);
            softly.assertThat(response.body()).as("body of %s", what)
                    .doesNotContainIgnoringCase("<script>alert").doesNotContainIgnoringCase("<svg onload")
                    .doesNotContainPattern(LEAK);
            softly.assertThat(occurrences(response.body(), MARKER)).as("echoes in %s", what).isLessThanOrEqualTo(3);
            softly.assertThat(response.headers()).as("headers of %s", what).doesNotContainKey(MARKER.toLowerCase());
            softly.assertThat(response.headers().getOrDefault("set-cookie", "")).as("cookies of %s", what)
                    .doesNotContain(MARKER);
            softly.assertThat(response.body().length()).as("size of %s", what).isLessThan(200_000);
        }
        softly.assertAll();
        List<String> logLines = output.getAll().substring(logBefore).lines().toList();
        assertThat(logLines).as("at most one log line per request").hasSizeLessThanOrEqualTo(corpus.size());
        assertThat(logLines).as("no stack traces").noneMatch(line -> line.startsWith("\tat ") || line.contains("ERROR"));
        assertThat(logLines).as("no values logged").noneMatch(line -> line.contains(MARKER));
    }

    // ---- The reproductions from issue 11, one test each ---------------------------------------------

    @Test
    void aGapInAnIndexedParameterIsIgnored(CapturedOutput output) {
        Response response = http.send("GET /handouts?section%5B1%5D=x HTTP/1.1", new String[] {HTML}, new byte[0]);
        assertThat(response.status()).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain("NullPointerException").doesNotContain("ERROR");
    }

    @Test
    void aHugeIndexInAnIndexedParameterIsIgnored(CapturedOutput output) {
        for (String query : List.of("section%5B100000%5D=x", "topic%5B2147483646%5D=x")) {
            Response response = http.send("GET /handouts?" + query + " HTTP/1.1", new String[] {HTML}, new byte[0]);
            assertThat(response.status()).as(query).isEqualTo(200);
        }
        assertThat(output.getAll()).doesNotContain("IndexOutOfBoundsException").doesNotContain("ERROR");
    }

    @Test
    void aForgedCsrfTokenThatDoesNotDecodeIs403(CapturedOutput output) {
        Session session = session();
        // 96 base64url characters decode to 72 bytes, the masked token's length; XOR-ed, they are not UTF-8.
        String forged = "_-".repeat(48);
        Response response = http.send("POST /handouts HTTP/1.1", new String[] {HTML, FORM, session.cookie()},
                ("_csrf=" + forged + "&topic=symptoms&output=pdf").getBytes(StandardCharsets.US_ASCII));
        assertThat(response.status()).isEqualTo(403);
        assertThat(output.getAll()).doesNotContain("Decoding failed").doesNotContain("ERROR");
    }

    @Test
    void aCsrfTokenInTheAddressIsNotAccepted() {
        Session session = session();
        Response inAddress = http.send("POST /handouts?_csrf=" + enc(session.token()) + " HTTP/1.1",
                new String[] {HTML, FORM, session.cookie()}, "topic=symptoms".getBytes(StandardCharsets.US_ASCII));
        assertThat(inAddress.status()).isEqualTo(403);
        Response inBody = http.send("POST /handouts HTTP/1.1", new String[] {HTML, FORM, session.cookie()},
                ("_csrf=" + enc(session.token()) + "&topic=symptoms").getBytes(StandardCharsets.US_ASCII));
        assertThat(inBody.status()).as("the same token in the body").isEqualTo(200);
    }

    @Test
    void aBadlyEncodedValueIs400WithOneLineAndNoValueLogged(CapturedOutput output) {
        int before = output.getAll().length();
        Response topic = http.send("GET /handouts?topic=%ff HTTP/1.1", new String[] {HTML}, new byte[0]);
        Response name = http.send("GET /handouts?patientName=Robin" + MARKER + "%ff HTTP/1.1", new String[] {HTML},
                new byte[0]);
        assertThat(topic.status()).isEqualTo(400);
        assertThat(name.status()).isEqualTo(400);
        assertThat(topic.body()).contains("<h1");
        List<String> lines = output.getAll().substring(before).lines().toList();
        assertThat(lines).hasSizeLessThanOrEqualTo(2).noneMatch(line -> line.contains("ERROR"))
                .noneMatch(line -> line.contains(MARKER) || line.contains("Robin"));
    }

    @Test
    void theErrorAddressAskedForDirectlyIsNotFound() {
        Response html = http.send("GET /error HTTP/1.1", new String[] {HTML}, new byte[0]);
        Response json = http.send("GET /error HTTP/1.1", new String[] {JSON}, new byte[0]);
        assertThat(html.status()).isEqualTo(404);
        assertThat(html.body()).contains("Page not found");
        assertThat(json.status()).isEqualTo(404);
        assertThat(json.body()).doesNotContain("999");
    }

    @Test
    void anUnknownTopicIsNamedBackShortOnlyAndNotInTheBookmark() {
        Session session = session();
        String value = "Q".repeat(50_000);
        Response response = session.send(session.post("_csrf=" + enc(session.token()) + "&topic=" + value
                + "&topic=two&topic=three&topic=four&output=print"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("Q".repeat(40) + "…").doesNotContain("Q".repeat(41));
        assertThat(response.body().length()).isLessThan(60_000);
        assertThat(response.body()).doesNotContain("topic=two");
    }

    // ---- Protocol junk from issue 17 (item 6), one test each --------------------------------------

    @Test
    void aLongAcceptLanguageIsServedInEnglishOnEveryRoute(CapturedOutput output) {
        int before = output.getAll().length();
        for (String languages : LONG_ACCEPT_LANGUAGES) {
            for (String path : List.of("/", "/topics", "/topics/symptoms", "/glossary", "/handouts",
                    "/feedback?topic=symptoms&answer=no", "/editor/sign-in", "/no-such-page")) {
                Response response = http.send("GET " + path + " HTTP/1.1",
                        new String[] {HTML, "Accept-Language: " + languages}, new byte[0]);
                assertThat(response.status()).as(path).isEqualTo(path.equals("/no-such-page") ? 404 : 200);
                assertThat(response.body()).as(path).contains("<html lang=\"en\"").doesNotContainPattern(LEAK);
            }
        }
        assertThat(output.getAll().substring(before)).as("nothing logged").isBlank();
    }

    @Test
    void unknownMethodsAre405NotNotImplemented(CapturedOutput output) {
        int before = output.getAll().length();
        for (String line : List.of("CONNECT localhost:443 HTTP/1.1", "CONNECT / HTTP/1.1", "FOO / HTTP/1.1",
                "FOO /topics/symptoms HTTP/1.1", "PROPFIND /handouts HTTP/1.1", "MKCOL /x HTTP/1.1")) {
            Response response = http.send(line, new String[] {HTML}, new byte[0]);
            assertThat(response.status()).as(line).isIn(400, 405);
            assertThat(response.body()).as(line).doesNotContainPattern(LEAK);
        }
        assertThat(output.getAll().substring(before).lines().toList()).hasSizeLessThanOrEqualTo(6)
                .noneMatch(line -> line.contains("ERROR") || line.startsWith("\tat "));
    }

    @Test
    void aBrokenChunkedBodyIs400WithOneLine(CapturedOutput output) {
        int before = output.getAll().length();
        String head = "POST /handouts HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + HTML + "\r\n" + FORM
                + "\r\nX-Forwarded-For: 203.0.113.17\r\nTransfer-Encoding: chunked\r\n\r\n";
        // A chunk size that is not hex, and a chunk longer than its size says.
        for (String body : List.of("zz\r\ntopic=symptoms\r\n0\r\n\r\n", "5\r\ntopic=symptoms\r\n0\r\n\r\n")) {
            Response response = http.exchange((head + body).getBytes(StandardCharsets.US_ASCII));
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.body()).as(body).doesNotContainPattern(LEAK);
        }
        // A chunked body that stops before its last chunk is given up on like a short one (nothing to answer).
        long started = System.nanoTime();
        Response unfinished = http.exchange((head + "e\r\ntopic=symptoms\r\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("held for")
                .isLessThan(java.time.Duration.ofSeconds(5));
        assertThat(unfinished.status()).isIn(0, 400, 408);
        List<String> lines = output.getAll().substring(before).lines().toList();
        assertThat(lines).hasSizeLessThanOrEqualTo(3)
                .noneMatch(line -> line.contains("ERROR") || line.startsWith("\tat "));
    }

    @Test
    void aBodyShorterThanItsLengthIsGivenUpOnSoon(CapturedOutput output) {
        int before = output.getAll().length();
        String body = "topic=symptoms&answer=no&comment=" + MARKER;
        byte[] request = ("POST /feedback HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + HTML + "\r\n"
                + FORM + "\r\nX-Forwarded-For: 203.0.113.18\r\nContent-Length: " + (body.length() + 100)
                + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
        long started = System.nanoTime();
        Response response = http.exchange(request);
        java.time.Duration held = java.time.Duration.ofNanos(System.nanoTime() - started);
        // Tomcat waited connection-timeout (10 s) for the rest; a form body from an honest client (or from
        // nginx, which buffers it whole) does not pause for seconds.
        assertThat(held).as("thread held for").isLessThan(java.time.Duration.ofSeconds(5));
        if (response.status() != 0) {
            assertThat(response.status()).isBetween(400, 499);
            assertThat(response.body()).doesNotContainPattern(LEAK);
        }
        List<String> lines = output.getAll().substring(before).lines().toList();
        assertThat(lines).hasSizeLessThanOrEqualTo(1)
                .noneMatch(line -> line.contains("ERROR") || line.contains(MARKER));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private record Request(String line, String[] headers, byte[] body) {

        Request withHeader(String header) {
            String[] more = java.util.Arrays.copyOf(headers, headers.length + 1);
            more[headers.length] = header;
            return new Request(line, more, body);
        }
    }

    /** A CSRF cookie and the masked token from the builder form, as a browser would hold them. */
    private record Session(String cookie, String token, RawHttp http) {

        Request post(String body) {
            return post("/handouts", body);
        }

        Request post(String path, String body) {
            return new Request("POST " + path + " HTTP/1.1", new String[] {HTML, FORM, cookie},
                    body.getBytes(StandardCharsets.ISO_8859_1));
        }

        Response send(Request request) {
            return http.send(request.line(), request.headers(), request.body());
        }
    }

    private Session session() {
        Response form = http.send("GET /handouts HTTP/1.1", new String[] {HTML}, new byte[0]);
        Csrf.Pair csrf = Csrf.of(form);
        return new Session(csrf.cookieHeader(), csrf.token(), http);
    }

    private static Request get(String pathAndQuery) {
        return new Request("GET " + pathAndQuery + " HTTP/1.1", new String[] {HTML}, new byte[0]);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String randomToken(Random random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < length; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }
}
