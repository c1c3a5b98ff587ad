package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.RawHttp;
import org.lumbarguide.RawHttp.Response;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.quality.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * PDF work is bounded: a full render pool refuses at once with 503, Retry-After and the form kept; and
 * each client has an allowance of form POSTs and PDFs per minute, beyond which it gets 429. Each test
 * is its own client: it comes through a trusted proxy on loopback with its own X-Forwarded-For address.
 */
@SiteIntegrationTest
class HandoutLimitsIT {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    PdfRenderPool pool;

    @Value("${lumbarguide.rate-limit.pdf-burst}")
    int pdfBurst;

    @Value("${lumbarguide.rate-limit.posts-per-minute}")
    int postsPerMinute;

    @Value("${lumbarguide.rate-limit.refusal-delay}")
    java.time.Duration refusalDelay;

    RawHttp http;

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
    }

    @Test
    void aFullPdfPoolRefusesAtOnceWithRetryAfterAndKeepsWhatWasTyped() throws Exception {
        String[] client = client("192.0.2.31");
        CountDownLatch release = new CountDownLatch(1);
        try {
            // Hold every thread and queue slot with tasks of our own; a slot still busy with another
            // test's PDF is taken as soon as that PDF is done.
            int held = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (held < pool.capacity() && System.nanoTime() < deadline) {
                try {
                    pool.submit(() -> {
                        try {
                            release.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    held++;
                } catch (RejectedExecutionException full) {
                    Thread.sleep(100);
                }
            }
            assertThat(held).isEqualTo(pool.capacity());
            Response refused = post(client, "topic=symptoms&output=pdf&patientName=Sam+Keep&note=Keep+this");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.headers()).containsEntry("retry-after", "10");
            Document page = Jsoup.parse(refused.body());
            assertThat(page.select(".error-summary").text()).contains("try again in 10 seconds");
            // A short page, and nothing typed is lost: every field goes back with "Try again".
            assertThat(page.select("input[type=hidden][name=patientName]").val()).isEqualTo("Sam Keep");
            assertThat(page.select("input[type=hidden][name=note]").val()).isEqualTo("Keep this");
            assertThat(page.select("input[type=hidden][name=topic]").val()).isEqualTo("symptoms");
            assertThat(page.select("button[name=output][value=pdf]")).hasSize(1);
            assertThat(refused.body().length()).as("far smaller than the whole builder").isLessThan(12_000);
            assertThat(HtmlChecker.errors(refused.body())).isEmpty();
        } finally {
            release.countDown();
        }
        Response later = post(client, "topic=symptoms&output=pdf");
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.headers().get("content-type")).isEqualTo("application/pdf");
    }

    @Test
    void eachClientMayAskForAFewPdfsAtOnceThenOneEveryFewSeconds() {
        String[] client = client("192.0.2.32");
        // Tokens are taken before any other work, so even refused (403) requests count: cheap to test.
        for (int i = 0; i < pdfBurst; i++) {
            assertThat(send("192.0.2.32", "_csrf=wrong&topic=symptoms&output=pdf").status()).isEqualTo(403);
        }
        Response limited = post(client, "topic=symptoms&output=pdf");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.headers().get("retry-after"))).isBetween(1, 60);
        assertThat(limited.body()).contains("Too many requests just now");
        assertThat(HtmlChecker.errors(limited.body())).as("a valid page, however short").isEmpty();
        assertThat(post(client, "topic=symptoms&output=print").status()).as("other posts still go").isEqualTo(200);
        assertThat(send("192.0.2.33", "_csrf=wrong&topic=symptoms&output=pdf").status()).as("another client")
                .isEqualTo(403);
    }

    @Test
    void eachClientHasAnAllowanceOfFormPostsPerMinute() {
        for (int i = 0; i < postsPerMinute; i++) {
            assertThat(send("192.0.2.34", "_csrf=wrong&topic=symptoms").status()).isEqualTo(403);
        }
        long asked = System.nanoTime();
        assertThat(send("192.0.2.34", "_csrf=wrong&topic=symptoms").status()).isEqualTo(429);
        // The refusal is held back a moment (without a thread), so a client asking again at once is slowed.
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - asked)).isGreaterThanOrEqualTo(refusalDelay);
        assertThat(refusalDelay).isPositive();
    }

    /** A client behind the proxy: its cookie and masked CSRF token, then the headers it sends. */
    private String[] client(String address) {
        Response form = http.send("GET /handouts HTTP/1.1", new String[] {"X-Forwarded-For: " + address}, new byte[0]);
        Matcher cookie = CSRF_COOKIE.matcher(form.headers().get("set-cookie"));
        Matcher token = CSRF_FIELD.matcher(form.body());
        assertThat(cookie.find() && token.find()).isTrue();
        return new String[] {"X-Forwarded-For: " + address, "Accept: text/html",
                "Content-Type: application/x-www-form-urlencoded", "Cookie: XSRF-TOKEN=" + cookie.group(1),
                "X-XSRF-TOKEN: " + token.group(1)};
    }

    private Response post(String[] client, String body) {
        return http.send("POST /handouts HTTP/1.1", client, body.getBytes(StandardCharsets.US_ASCII));
    }

    private Response send(String address, String body) {
        return http.send("POST /handouts HTTP/1.1", new String[] {"X-Forwarded-For: " + address,
                "Accept: text/html", "Content-Type: application/x-www-form-urlencoded"},
                body.getBytes(StandardCharsets.US_ASCII));
    }

}
