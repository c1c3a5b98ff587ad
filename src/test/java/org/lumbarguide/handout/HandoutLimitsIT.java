package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Csrf;
import org.lumbarguide.RawHttp;
import org.lumbarguide.RawHttp.Response;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.quality.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * PDF work is bounded: a full render pool refuses at once with 503, Retry-After and the form kept; and
 * each client has an allowance of form POSTs and PDFs per minute, beyond which it gets 429. Each test
 * is its own client: it comes through a trusted proxy on loopback with its own X-Forwarded-For address.
 */
@SiteIntegrationTest
class HandoutLimitsIT {

    private static final java.util.concurrent.atomic.AtomicInteger HOLDERS = new java.util.concurrent.atomic.AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    PdfRenderPool pool;

    @Autowired
    GuideProperties settings;

    int pdfBurst;
    int postsPerMinute;
    java.time.Duration refusalDelay;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry registry;

    RawHttp http;

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
        pdfBurst = settings.rateLimit().pdfBurst();
        postsPerMinute = settings.rateLimit().postsPerMinute();
        refusalDelay = settings.rateLimit().refusalDelay();
    }

    @Test
    void aFullPdfPoolRefusesAtOnceWithRetryAfterAndKeepsWhatWasTyped() throws Exception {
        String[] client = client("192.0.2.31");
        CountDownLatch release = new CountDownLatch(1);
        Document retry;
        String[] other = client("192.0.2.35");
        try {
            // Every place taken by clients with as good a claim as a newcomer's, so a newcomer is refused; a
            // slot still busy with another test's PDF is taken as soon as that PDF is done.
            holdEveryPlace(release);
            double early = refusedEarly();
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
            assertThat(page.select(".footer-emergency").text()).as("the emergency routing, as on every page")
                    .contains("emergency");
            assertThat(refused.body().length()).as("far smaller than the whole builder").isLessThan(12_000);
            assertThat(HtmlChecker.errors(refused.body())).isEmpty();

            // The page was made when the form was shown, so the refusal came from BusyPdfFilter, before
            // any other work. The next one is the same page with this other client's own fields and
            // token, and nothing of the first's.
            assertThat(refusedEarly()).isEqualTo(early + 1);
            long asked = System.nanoTime();
            Response second = post(other, "topic=treatment&output=pdf&size=large&patientName=Alex+%3Cb%3EOther"
                    + "&note=Bring+%22this%22+%26+that&unknown=%3Cscript%3Ex&clinicPhone=0100");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - asked)).as("held back like a 429")
                    .isGreaterThanOrEqualTo(refusalDelay);
            assertThat(refusedEarly()).isEqualTo(early + 2);
            assertThat(second.status()).isEqualTo(503);
            assertThat(second.headers()).containsEntry("retry-after", "10")
                    .containsEntry("content-security-policy", refused.headers().get("content-security-policy"))
                    .containsEntry("content-type", "text/html;charset=UTF-8");
            assertThat(second.headers().get("cache-control")).contains("no-store");
            Document secondPage = Jsoup.parse(second.body());
            assertThat(secondPage.select("h1").text()).isEqualTo(page.select("h1").text());
            assertThat(secondPage.select("link[rel=stylesheet]").eachAttr("href"))
                    .isEqualTo(page.select("link[rel=stylesheet]").eachAttr("href"));
            assertThat(secondPage.select("input[type=hidden][name=patientName]").val()).isEqualTo("Alex <b>Other");
            assertThat(secondPage.select("input[type=hidden][name=note]").val()).isEqualTo("Bring \"this\" & that");
            assertThat(secondPage.select("input[type=hidden][name=size]").val()).isEqualTo("large");
            assertThat(secondPage.select("input[type=hidden][name=clinicPhone]").val()).isEqualTo("0100");
            assertThat(secondPage.select("input[type=hidden][name=_csrf]").val()).isEqualTo(other[4].substring(14));
            assertThat(second.body()).doesNotContain("<b>Other", "unknown", "<script>", "Sam Keep", "Keep this",
                    client[4].substring(14));
            assertThat(secondPage.select("script")).as("only the site's own script files, nothing inline")
                    .allMatch(script -> script.attr("src").startsWith("/js/") && script.data().isEmpty());
            assertThat(page.select("input[name=_csrf]").eachAttr("value")).containsExactly(client[4].substring(14));
            assertThat(HtmlChecker.errors(second.body())).isEmpty();
            retry = secondPage;
        } finally {
            release.countDown();
        }
        // "Try the PDF again" sends the page's fields back, its token in the body as a browser would.
        StringBuilder again = new StringBuilder("output=pdf");
        retry.select("form input[type=hidden]").forEach(field -> again.append('&').append(field.attr("name"))
                .append('=').append(java.net.URLEncoder.encode(field.val(), StandardCharsets.UTF_8)));
        Response later = http.send("POST /handouts HTTP/1.1", new String[] {other[0], other[1], other[2], other[3]},
                again.toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.headers().get("content-type")).isEqualTo("application/pdf");
    }

    @Test
    void aPdfRefusedBecauseThePoolIsBusyDoesNotUseUpTheClientsAllowance() throws Exception {
        String[] client = client("192.0.2.36");
        CountDownLatch release = new CountDownLatch(1);
        try {
            holdEveryPlace(release);
            // More tries than the burst allowance: each is refused for want of a place (503), never for the
            // allowance (429), since no PDF was made. (Kept, every client's next token came on the same beat
            // and the pool stood idle between beats under a flood.)
            for (int i = 0; i < pdfBurst + 2; i++) {
                assertThat(post(client, "topic=symptoms&output=pdf").status()).isEqualTo(503);
            }
        } finally {
            release.countDown();
        }
        PdfPoolTasks.awaitTaken(registry, 0, 30);
        Response made = post(client, "topic=symptoms&output=pdf");
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.headers().get("content-type")).isEqualTo("application/pdf");
    }

    /**
     * Every render thread and waiting place, each held until {@code release} by a client never seen before
     * (one given a PDF earlier would rank below a newcomer, who would then take its place).
     */
    private void holdEveryPlace(CountDownLatch release) throws InterruptedException {
        int capacity = PdfRenderPool.threads(settings.pdf()) + PdfRenderPool.waitingRoom(settings.pdf());
        for (int i = 0; i < capacity; i++) {
            PdfPoolTasks.hold(pool, "198.51.100." + HOLDERS.incrementAndGet(), () -> {
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        PdfPoolTasks.awaitTaken(registry, capacity, 60);
    }

    @Test
    void eachClientMayAskForAFewPdfsAtOnceThenOneEveryFewSeconds() {
        String[] client = client("192.0.2.32");
        // Tokens are taken before any other work, so even refused (403) requests count: cheap to test.
        for (int i = 0; i < pdfBurst; i++) {
            assertThat(send("192.0.2.32", "_csrf=wrong&topic=symptoms&output=pdf").status()).isEqualTo(403);
        }
        Response limited = post(client, "topic=symptoms&output=pdf&patientName=Pat+Kept&note=Kept+too");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.headers().get("retry-after"))).isBetween(1, 60);
        // The builder's own refusal page: a clinic behind one address may get here, and loses nothing typed.
        Document page = Jsoup.parse(limited.body());
        assertThat(page.select("input[type=hidden][name=patientName]").val()).isEqualTo("Pat Kept");
        assertThat(page.select("input[type=hidden][name=note]").val()).isEqualTo("Kept too");
        assertThat(page.select("input[type=hidden][name=_csrf]").val()).isEqualTo(client[4].substring(14));
        assertThat(page.select("button[name=output][value=pdf]")).hasSize(1);
        assertThat(page.select(".footer-emergency").text()).contains("emergency");
        assertThat(HtmlChecker.errors(limited.body())).isEmpty();
        // A clinician who keeps asking for the PDF meanwhile is refused for PDFs only: those refusals do not
        // use up the minute's form posts (they did, and a client shut out of posts for the rest of the minute
        // could not use the PDFs it was allowed either: the pool stood idle through a flood).
        int refusedAgain = 0;
        for (int i = 0; i < postsPerMinute; i++) {
            int status = send("192.0.2.32", "_csrf=wrong&topic=symptoms&output=pdf").status();
            assertThat(status).isIn(403, 429); // 403: a PDF allowance came back meanwhile
            refusedAgain += status == 429 ? 1 : 0;
        }
        assertThat(refusedAgain).isGreaterThan(postsPerMinute / 2);
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
        Response limited = send("192.0.2.34", "_csrf=wrong&topic=symptoms");
        assertThat(limited.status()).isEqualTo(429);
        // The refusal is held back a moment (without a thread), so a client asking again at once is slowed.
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - asked)).isGreaterThanOrEqualTo(refusalDelay);
        assertThat(refusalDelay).isPositive();
        assertThat(limited.headers()).containsKey("content-security-policy")
                .doesNotContainKey("strict-transport-security");
        // Behind a proxy that terminated HTTPS, a refusal made before Spring Security still sends HSTS.
        Response secure = http.send("POST /handouts HTTP/1.1", new String[] {"X-Forwarded-For: 192.0.2.34",
                "X-Forwarded-Proto: https", "Content-Type: application/x-www-form-urlencoded"},
                "topic=symptoms".getBytes(StandardCharsets.US_ASCII));
        assertThat(secure.status()).isEqualTo(429);
        assertThat(secure.headers().get("strict-transport-security")).contains("max-age=");
        // A form without a page of its own gets the short generic one.
        Response feedback = http.send("POST /feedback HTTP/1.1", new String[] {"X-Forwarded-For: 192.0.2.34",
                "Content-Type: application/x-www-form-urlencoded"}, "topic=symptoms&answer=yes".getBytes(
                StandardCharsets.US_ASCII));
        assertThat(feedback.status()).isEqualTo(429);
        assertThat(feedback.body()).contains("Too many requests just now").doesNotContain("type=\"hidden\"");
        assertThat(HtmlChecker.errors(feedback.body())).as("a valid page, however short").isEmpty();
    }

    private double refusedEarly() {
        return registry.get("lumbarguide.pdf.refused").counter().count();
    }

    /** A client behind the proxy: its cookie and masked CSRF token, then the headers it sends. */
    private String[] client(String address) {
        Response form = http.send("GET /handouts HTTP/1.1", new String[] {"X-Forwarded-For: " + address}, new byte[0]);
        Csrf.Pair csrf = Csrf.of(form);
        return new String[] {"X-Forwarded-For: " + address, "Accept: text/html",
                "Content-Type: application/x-www-form-urlencoded", csrf.cookieHeader(), csrf.tokenHeader()};
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
