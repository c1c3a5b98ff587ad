package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.quality.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Spanish side through the whole stack, over real HTTP: Tomcat's error dispatch gives a Spanish address the
 * Spanish error page; every Spanish page the catalog has answers in Spanish and is valid HTML; the sitemap and
 * robots.txt name the address the app is reached at.
 */
@SiteIntegrationTest
class SpanishPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    TopicCatalog catalog;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void anUnknownSpanishAddressGetsTheSpanishNotFoundPage() {
        for (String path : List.of("/es/temas/nope", "/es/nada", "/es/temas/symptoms")) {
            HttpResponse<String> missing = http.get(path);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Language")).as(path).hasValue("es");
            Document page = Jsoup.parse(missing.body());
            assertThat(page.select("html").attr("lang")).isEqualTo("es");
            assertThat(page.select("main a").eachAttr("href")).containsExactly("/es", "/es/temas");
            assertThat(page.select("link[rel=canonical]")).isEmpty();
        }
        HttpResponse<String> english = http.get("/topics/nope", "Accept-Language", "es");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
    }

    @Test
    void everySpanishPageAnswersInSpanishAndIsValidHtml() {
        List<String> paths = new ArrayList<>(List.of("/es", "/es/temas", "/es/glosario"));
        catalog.catalog("es").topics().forEach(topic -> paths.add("/es/temas/" + topic.slug()));
        for (String path : paths) {
            HttpResponse<String> page = http.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Language")).as(path).hasValue("es");
            Document html = Jsoup.parse(page.body());
            assertThat(html.select("html").attr("lang")).as(path).isEqualTo("es");
            assertThat(html.select("header a[data-keep-section]").attr("lang")).isEqualTo("en");
            assertThat(HtmlChecker.errors(page.body())).as(path).isEmpty();
        }
        for (String path : List.of("/", "/topics/symptoms", "/glossary")) {
            assertThat(HtmlChecker.errors(http.get(path).body())).as(path + " with its new head").isEmpty();
        }
    }

    @Test
    void theSpanishFeedbackAddressAnswersInSpanishAndIsNeverStored() {
        HttpResponse<String> unknown = http.get("/es/comentarios?topic=nope&answer=yes");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(unknown.headers().firstValue("Content-Language")).hasValue("es");
        Document page = Jsoup.parse(unknown.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.select("main a").eachAttr("href")).containsExactly("/es/temas");
        assertThat(page.select("header a[data-keep-section]").eachAttr("href")).as("to the English home page")
                .containsExactly("/");
        HttpResponse<String> thanks = http.get("/es/comentarios/gracias");
        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(thanks.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(thanks.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theSitemapAndRobotsTxtNameTheAddressTheAppIsReachedAt() throws Exception {
        String base = "http://localhost:" + port;
        HttpResponse<byte[]> sitemap = http.getBytes("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        Map<String, SitemapControllerTests.Url> urls = SitemapControllerTests.parse(sitemap.body());
        assertThat(urls).containsKeys(base + "/", base + "/topics/symptoms", base + "/es", base + "/es/glosario");
        String etag = sitemap.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/sitemap.xml", "If-None-Match", etag).statusCode()).isEqualTo(304);
        HttpResponse<String> robots = http.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body().lines()).contains("User-agent: *", "Sitemap: " + base + "/sitemap.xml");
        assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(new String(sitemap.body(), StandardCharsets.UTF_8)).startsWith("<?xml");
    }
}
