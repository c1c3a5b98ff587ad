package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Checks every crawled page over HTTP: valid HTML, structure, security headers, caching, compression. */
@SiteIntegrationTest
class PageQualityIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TopicCatalog catalog;

    Http http;
    SiteCrawler.Site site;

    @BeforeEach
    void crawl() {
        http = new Http(port);
        site = SiteCrawler.crawl(http);
    }

    private List<SiteCrawler.Page> htmlPages() {
        return site.pages().stream()
                .filter(p -> p.response().headers().firstValue("Content-Type").orElse("").startsWith("text/html"))
                .toList();
    }

    @Test
    void theCrawlFindsTheTopicsAndTheErrorPages() {
        List<String> paths = site.pages().stream().map(SiteCrawler.Page::path).toList();
        assertThat(paths).contains("/", "/topics", "/topics/symptoms", "/topics/overview");
        assertThat(site.pages()).filteredOn(p -> p.path().startsWith("/topics/no-such"))
                .singleElement().satisfies(p -> assertThat(p.response().statusCode()).isEqualTo(404));
        assertThat(site.pages()).filteredOn(p -> p.path().equals("/test-only/fail"))
                .singleElement().satisfies(p -> assertThat(p.response().statusCode()).isEqualTo(500));
        assertThat(site.pages()).filteredOn(p -> !SiteCrawler.ERROR_SEEDS.contains(p.path()))
                .allSatisfy(p -> assertThat(p.response().statusCode()).as(p.path()).isEqualTo(200));
        assertThat(site.assets()).isNotEmpty();
    }

    @Test
    void theCheckerReallyReportsBrokenHtml() {
        assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head></head><body><p><div></p></body></html>"))
                .isNotEmpty();
        assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p>ok</p></body></html>"))
                .isEmpty();
    }

    @Test
    void everyPageIsValidHtmlByTheNuChecker() {
        List<String> failures = new ArrayList<>();
        for (SiteCrawler.Page page : htmlPages()) {
            HtmlChecker.errors(page.response().body()).forEach(error -> failures.add(page.path() + " " + error));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyPageHasOneH1LandmarksALanguageAndHeadingsInOrder() {
        for (SiteCrawler.Page page : htmlPages()) {
            Document document = page.document();
            assertThat(document.select("html").attr("lang")).as(page.path()).isNotBlank();
            assertThat(document.select("h1")).as(page.path() + " h1").hasSize(1);
            assertThat(document.select("main#main")).as(page.path()).hasSize(1);
            assertThat(document.select("header, footer, nav")).as(page.path()).isNotEmpty();
            Element firstLink = document.select("body a[href]").first();
            assertThat(firstLink).as(page.path()).isNotNull();
            assertThat(firstLink.attr("href")).as(page.path() + " skip link").isEqualTo("#main");
            int previous = 1;
            for (Element heading : document.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                int level = Integer.parseInt(heading.tagName().substring(1));
                assertThat(level).as(page.path() + " heading '" + heading.text() + "'").isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
            boolean spanish = page.path().equals("/es") || page.path().startsWith("/es/");
            assertThat(document.text()).as(page.path()).containsIgnoringCase(spanish ? "equipo médico" : "care team");
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        List<HttpResponse<?>> responses = new ArrayList<>();
        site.pages().forEach(page -> responses.add(page.response()));
        site.assets().forEach(asset -> responses.add(http.getBytes(asset)));
        for (HttpResponse<?> response : responses) {
            HttpHeaders headers = response.headers();
            String where = response.uri().getPath();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(where).contains("default-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                    .doesNotContainPattern("https?:").doesNotContain("*");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(where).isPresent();
            assertThat(headers.firstValue("Permissions-Policy")).as(where).isPresent();
        }
    }

    @Test
    void staticAssetsAreFingerprintedAndCachedForAYear() {
        assertThat(site.assets()).allSatisfy(asset -> {
            assertThat(asset).matches("/(css|img|js)/[a-z-]+-[0-9a-f]{32}\\.(css|svg|js)");
            HttpResponse<byte[]> response = http.getBytes(asset);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                    .contains("max-age=31536000").contains("immutable");
        });
    }

    @Test
    void pagesAndStylesheetsAreCompressedWhenTheClientAsks() throws IOException {
        String css = site.assets().stream().filter(a -> a.endsWith(".css")).findFirst().orElseThrow();
        for (String path : List.of("/", "/topics/symptoms", css)) {
            HttpResponse<byte[]> response = http.getBytes(path, "Accept-Encoding", "gzip");
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(path).isNotBlank();
            }
        }
    }

    @Test
    void topicEtagChangesOnlyWhenTheContentChanges() {
        String before = etag("/topics/diagnosis");
        assertThat(before).doesNotStartWith("W/").startsWith("\"");
        assertThat(etag("/topics/diagnosis")).isEqualTo(before);

        HttpResponse<String> notModified = http.get("/topics/diagnosis", "If-None-Match", before);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();

        String otherBefore = etag("/topics/prognosis");
        String summary = jdbc.queryForObject("select summary from topic where slug = 'diagnosis'", String.class);
        try {
            jdbc.update("update topic set summary = ? where slug = 'diagnosis'", summary + " Changed.");
            catalog.evictAll();
            assertThat(etag("/topics/diagnosis")).isNotEqualTo(before);
            assertThat(http.get("/topics/diagnosis", "If-None-Match", before).statusCode()).isEqualTo(200);
            assertThat(etag("/topics/prognosis")).isEqualTo(otherBefore);
        } finally {
            jdbc.update("update topic set summary = ? where slug = 'diagnosis'", summary);
            catalog.evictAll();
        }
        assertThat(etag("/topics/diagnosis")).isEqualTo(before);
    }

    private String etag(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }
}
