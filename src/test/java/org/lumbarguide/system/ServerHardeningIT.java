package org.lumbarguide.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Csrf;
import org.lumbarguide.RawHttp;
import org.lumbarguide.RawHttp.Response;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.config.GuideProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Headers, cookies, privacy and the page cache, as a production front end and an operator see them. */
@SiteIntegrationTest
class ServerHardeningIT {

    private static final String HTML = "Accept: text/html";
    private static final String FORM = "Content-Type: application/x-www-form-urlencoded";
    /** Refused by CSRF (403) after the rate limit has taken its token: the cheapest post that counts. */
    private static final byte[] WRONG_TOKEN = "_csrf=wrong&topic=symptoms".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ServletContext servletContext;

    @Autowired
    MeterRegistry meters;

    @Autowired
    GuideProperties settings;

    RawHttp http;

    @BeforeEach
    void setUp() {
        http = new RawHttp(port, "X-Forwarded-For: 203.0.113.12");
    }

    @Test
    void theCsrfCookieIsSameSiteLaxAndSecureOnlyBehindHttps() {
        Response plain = http.send("GET /handouts HTTP/1.1", new String[] {HTML}, new byte[0]);
        assertThat(plain.headers().get("set-cookie")).contains("XSRF-TOKEN=").contains("SameSite=Lax")
                .contains("HttpOnly").doesNotContain("Secure");
        assertThat(plain.headers()).doesNotContainKey("strict-transport-security");

        // nginx on a private address terminates TLS and says so; the app then knows the visitor is on HTTPS.
        Response proxied = http.send("GET /handouts HTTP/1.1", new String[] {HTML, "X-Forwarded-Proto: https"},
                new byte[0]);
        assertThat(proxied.headers().get("set-cookie")).contains("SameSite=Lax").contains("Secure");
        assertThat(proxied.headers().get("strict-transport-security")).contains("max-age=");
    }

    @Test
    void tomcatsOwnErrorPagesCarryTheSecurityHeaders() {
        for (String line : List.of("GET /%ZZ HTTP/1.1", "GET /topics HTTP/9.9", "GET /a|b HTTP/1.1")) {
            Response response = http.send(line, new String[] {HTML}, new byte[0]);
            if (line.contains("|") && response.status() == 0) {
                continue; // Tomcat may reset the connection before its answer to a bad request line is read.
            }
            assertThat(response.status()).as(line).isEqualTo(400);
            assertThat(response.headers()).as(line).containsEntry("x-frame-options", "DENY")
                    .containsEntry("x-content-type-options", "nosniff")
                    .containsEntry("content-security-policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
                    .containsKey("referrer-policy").containsKey("permissions-policy");
            assertThat(response.body()).doesNotContain("Tomcat");
        }
    }

    @Test
    void aForgedForwardedForFromAnUntrustedPeerBuysNoAllowanceAndSpendsNobodyElses() {
        // Issue 17, item 5: every loopback and private peer was trusted, so each new header value was a new
        // client. 127.0.0.2 is not the configured proxy: its header must change nothing.
        String victim = "X-Forwarded-For: 192.0.2.77";
        RawHttp untrusted = RawHttp.from("127.0.0.2", port);
        for (int i = 0; i < settings.rateLimit().postsPerMinute(); i++) {
            assertThat(untrusted.send("POST /handouts HTTP/1.1", new String[] {victim, HTML, FORM}, WRONG_TOKEN)
                    .status()).as("post %d", i).isEqualTo(403);
        }
        for (String forged : List.of("192.0.2.78", "198.51.100.200", "10.1.2.3", "127.0.0.1")) {
            Response fresh = untrusted.send("POST /handouts HTTP/1.1",
                    new String[] {"X-Forwarded-For: " + forged, HTML, FORM}, WRONG_TOKEN);
            assertThat(fresh.status()).as("a new forged address gets no new allowance").isEqualTo(429);
        }
        // The client the forger named, behind the real proxy, still has its whole allowance.
        Response victims = http.send("POST /handouts HTTP/1.1", new String[] {victim, HTML, FORM}, WRONG_TOKEN);
        assertThat(victims.status()).isEqualTo(403);
    }

    @Test
    void http09IsRefused() {
        Response response = http.exchange("GET /\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(response.raw()).doesNotContain("<html").doesNotContain("Lumbar");
    }

    @Test
    void noFormPostWritesATempFile() {
        String name = "Zebedee-" + UUID.randomUUID();
        Response form = http.send("GET /handouts HTTP/1.1", new String[] {HTML}, new byte[0]);
        Csrf.Pair csrf = Csrf.of(form);
        String[] headers = {HTML, csrf.cookieHeader(), csrf.tokenHeader()};
        File tempDir = (File) servletContext.getAttribute(ServletContext.TEMPDIR);
        Set<Path> before = files(tempDir.toPath());

        String multipart = "--b\r\nContent-Disposition: form-data; name=\"topic\"\r\n\r\nsymptoms\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"patientName\"\r\n\r\n" + name + "\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"output\"\r\n\r\nprint\r\n--b--\r\n";
        Response multipartPost = http.send("POST /handouts HTTP/1.1", concat(headers,
                "Content-Type: multipart/form-data; boundary=b"), multipart.getBytes(StandardCharsets.UTF_8));
        Response formPost = http.send("POST /handouts HTTP/1.1", concat(headers,
                "Content-Type: application/x-www-form-urlencoded"), ("topic=symptoms&output=print&patientName="
                + URLEncoder.encode(name, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII));

        assertThat(formPost.status()).isEqualTo(200);
        assertThat(formPost.body()).contains(name);
        assertThat(multipartPost.status()).as("multipart is not read at all").isEqualTo(400);
        assertThat(multipartPost.body()).doesNotContain(name);
        Set<Path> after = files(tempDir.toPath());
        assertThat(after).as("files in " + tempDir).isEqualTo(before);
        assertThat(after).noneMatch(file -> contains(file, name));
    }

    @Test
    void queryStringsAndHeadRequestsAreServedFromThePageCache() {
        Response page = http.send("GET /topics/symptoms HTTP/1.1", new String[] {HTML}, new byte[0]);
        double hits = hits();
        Response withQuery = http.send("GET /topics/symptoms?utm_source=mail&x=%3Cb%3E HTTP/1.1",
                new String[] {HTML}, new byte[0]);
        Response head = http.send("HEAD /topics/symptoms HTTP/1.1", new String[] {HTML}, new byte[0]);
        assertThat(hits()).isEqualTo(hits + 2);
        assertThat(withQuery.body()).isEqualTo(page.body());
        assertThat(withQuery.headers().get("etag")).isEqualTo(page.headers().get("etag"));
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().get("content-length"))
                .isEqualTo(Integer.toString(page.body().getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortOnly() {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(http.send("GET /actuator/health HTTP/1.1", new String[] {HTML}, new byte[0]).status())
                .isEqualTo(404);
        RawHttp management = new RawHttp(managementPort);
        Response readiness = management.send("GET /actuator/health/readiness HTTP/1.1", new String[0], new byte[0]);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"").contains("\"readinessState\"").contains("\"UP\"");
        assertThat(management.send("GET /actuator/health/liveness HTTP/1.1", new String[0], new byte[0]).status())
                .isEqualTo(200);
        http.send("GET / HTTP/1.1", new String[] {HTML}, new byte[0]);
        http.send("GET /topics/symptoms HTTP/1.1", new String[] {HTML}, new byte[0]);
        String metrics = management.send("GET /actuator/prometheus HTTP/1.1", new String[0], new byte[0]).body();
        assertThat(metrics).contains("http_server_requests_seconds_count{").contains("uri=\"/topics/{slug}\"")
                .contains("lumbarguide_pages_total{result=\"hit\"}").contains("cache_gets_total{cache=\"catalog\"")
                .contains("lumbarguide_pdf_render_seconds").contains("executor_queued_tasks{name=\"pdf\"}")
                .contains("lumbarguide_catalog_refresh_failures_total")
                // Pages answered from the page cache are counted under their route too.
                .contains("method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/\"}")
                .doesNotContainPattern("http_server_requests_seconds_count\\{[^}]*method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"UNKNOWN\"");
    }

    @Test
    void infoNamesTheVersionAndTheCommit() {
        String info = new RawHttp(managementPort).send("GET /actuator/info HTTP/1.1", new String[0], new byte[0])
                .body();
        assertThat(info).contains("\"build\"").contains("\"version\":\"0.1.0-SNAPSHOT\"");
        // Where the build had a Git checkout (git-commit-id plugin), the commit is there too.
        if (getClass().getResource("/git.properties") != null) {
            assertThat(info).containsPattern("\"git\":\\{.*\"commit\":\\{.*\"id\":\\{?.*[0-9a-f]{7}");
        }
    }

    private double hits() {
        return meters.get("lumbarguide.pages").tag("result", "hit").counter().count();
    }

    private static String[] concat(String[] headers, String header) {
        return Stream.concat(Stream.of(headers), Stream.of(header)).toArray(String[]::new);
    }

    private static Set<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}
