package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.lumbarguide.config.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.RawHttp;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The one table of cached pages ({@link CachedRoute}): every route it names is served by a controller,
 * kept by {@link RenderedPageFilter} and warmed by {@link PageWarmer}; and a page from memory carries
 * every header its first rendering set.
 */
@SiteIntegrationTest
class CachedRoutesIT {

    @LocalServerPort
    int port;

    @Autowired
    TopicCatalog catalog;

    @Autowired
    PageWarmer warmer;

    @Autowired
    MeterRegistry meters;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Autowired
    RenderedPageFilter pages;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void theTableNamesEveryPageInEveryLanguageAndEveryRouteIsAControllersMapping() {
        assertThat(CachedRoute.patterns()).containsExactly("/", "/topics", "/glossary", "/topics/{slug}",
                "/es", "/es/temas", "/es/glosario", "/es/temas/{slug}");
        Set<String> mapped = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()).collect(Collectors.toSet());
        assertThat(mapped).contains(CachedRoute.patterns());
        assertThat(mapped).as("each language's feedback address is mapped")
                .contains(SitePaths.ALL.stream().map(SitePaths::feedback).toArray(String[]::new));
        assertThat(SitePaths.ALL.stream().map(SitePaths::language)).containsExactlyElementsOf(Languages.codes());
        for (CachedRoute.Kind kind : CachedRoute.Kind.values()) {
            for (String language : Languages.codes()) {
                assertThat(CachedRoute.of(kind, language)).as(kind + " in " + language).isPresent();
            }
        }
        assertThat(CachedRoute.of("/glossary")).hasValue(CachedRoute.GLOSSARY);
        assertThat(CachedRoute.of("/topics/symptoms")).hasValue(CachedRoute.TOPIC);
        assertThat(CachedRoute.of("/es/glosario")).hasValue(CachedRoute.GLOSSARY_ES);
        assertThat(CachedRoute.of("/es/temas/sintomas")).hasValue(CachedRoute.TOPIC_ES);
        assertThat(CachedRoute.of("/es")).hasValue(CachedRoute.HOME_ES);
        assertThat(CachedRoute.of("/topics/")).isEmpty();
        assertThat(CachedRoute.of("/topics/a/b")).isEmpty();
        assertThat(CachedRoute.of("/es/temas/")).isEmpty();
        assertThat(CachedRoute.of("/es/")).isEmpty();
        assertThat(CachedRoute.of("/handouts")).isEmpty();
        assertThat(CachedRoute.of("/editor")).isEmpty();
    }

    @Test
    void everyPageOfTheTableIsWarmedServedAndAnsweredFromMemory() {
        List<String> paths = CachedRoute.allPaths(catalog::catalog);
        assertThat(paths).contains("/", "/topics", "/glossary", "/topics/symptoms", "/es", "/es/temas", "/es/glosario");
        assertThat(paths.size()).isGreaterThan(8);
        assertThat(warmer.warmed()).as("warmed at start-up").containsAll(paths).contains("/handouts");
        for (String path : paths) {
            http.get(path);
            double hits = count("hit");
            double rendered = count("rendered");
            HttpResponse<String> page = http.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("ETag")).as(path).isPresent();
            assertThat(count("hit")).as(path + " from memory").isEqualTo(hits + 1);
            assertThat(count("rendered")).as(path + " not rendered again").isEqualTo(rendered);
            assertThat(http.get(path, "If-None-Match", "W/" + page.headers().firstValue("ETag").get()).statusCode())
                    .as(path + " weak comparison").isEqualTo(304);
        }
    }

    @Test
    void aPageFromMemoryCarriesEveryHeaderItsFirstRenderingSet() {
        for (String path : List.of("/glossary", "/topics/symptoms", "/es/glosario", "/es")) {
            for (String encoding : List.of("identity", "gzip")) {
                pages.forgetAll();
                double rendered = count("rendered");
                HttpResponse<byte[]> first = http.getBytes(path, "Accept-Encoding", encoding);
                assertThat(count("rendered")).as(path + ": rendered once").isEqualTo(rendered + 1);
                HttpResponse<byte[]> second = http.getBytes(path, "Accept-Encoding", encoding);
                assertThat(count("rendered")).as(path + ": the second from memory").isEqualTo(rendered + 1);
                Map<String, List<String>> headers = withoutDate(first.headers());
                assertThat(withoutDate(second.headers())).as(path + " " + encoding).isEqualTo(headers);
                assertThat(second.body()).isEqualTo(first.body());
                assertThat(headers).containsKeys("content-security-policy", "x-content-type-options", "referrer-policy",
                        "x-frame-options", "permissions-policy", "content-language", "cache-control", "vary", "etag",
                        "content-type", "content-length").doesNotContainKey("set-cookie");
                assertThat(headers.get("cache-control")).containsExactly("no-cache");
                assertThat(headers.get("vary")).containsExactly("Accept-Encoding");
                assertThat(headers.get("content-language")).as(path)
                        .containsExactly(path.startsWith("/es") ? "es" : "en");
            }
        }
    }

    @Test
    void theGzipVariantIsNegotiatedByWeight() throws IOException {
        String plain = http.get("/topics/symptoms").body();
        HttpResponse<byte[]> weighted = http.getBytes("/topics/symptoms", "Accept-Encoding", "gzip;q=0.5");
        assertThat(weighted.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(weighted.headers().firstValue("ETag").orElseThrow()).endsWith("-gzip\"");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(weighted.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
        }
        HttpResponse<String> refused = http.get("/topics/symptoms", "Accept-Encoding", "gzip; q=0");
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(plain);
        HttpResponse<String> any = http.get("/topics/symptoms", "If-None-Match", "*");
        assertThat(any.statusCode()).isEqualTo(304);
        assertThat(any.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void aRequestWithTheEditorsSessionCookieIsNotAnsweredFromMemory() {
        RawHttp raw = new RawHttp(port);
        double hits = count("hit");
        RawHttp.Response page = raw.send("GET /topics/symptoms HTTP/1.1",
                new String[] {"Accept: text/html", "Cookie: XSRF-TOKEN=x; JSESSIONID=ABC"}, new byte[0]);
        assertThat(page.status()).isEqualTo(200);
        assertThat(count("hit")).as("rendered by the whole chain").isEqualTo(hits);
        RawHttp.Response visitor = raw.send("GET /topics/symptoms HTTP/1.1",
                new String[] {"Accept: text/html", "Cookie: XSRF-TOKEN=x"}, new byte[0]);
        assertThat(visitor.status()).isEqualTo(200);
        assertThat(count("hit")).as("a visitor's CSRF cookie changes nothing").isEqualTo(hits + 1);
    }

    @Test
    void overHttpsTheStrictTransportSecurityHeaderIsKeptToo() {
        // The trusted proxy (loopback) says the visitor came over HTTPS: that variant is kept apart.
        RawHttp raw = new RawHttp(port, "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.40");
        pages.forgetAll();
        RawHttp.Response first = raw.send("GET /glossary HTTP/1.1", new String[] {"Accept: text/html"}, new byte[0]);
        RawHttp.Response second = raw.send("GET /glossary HTTP/1.1", new String[] {"Accept: text/html"}, new byte[0]);
        Map<String, String> before = new TreeMap<>(first.headers());
        Map<String, String> after = new TreeMap<>(second.headers());
        before.remove("date");
        after.remove("date");
        assertThat(after).isEqualTo(before).containsKey("strict-transport-security");
        assertThat(http.get("/glossary").headers().firstValue("Strict-Transport-Security"))
                .as("not over plain HTTP").isEmpty();
    }

    /**
     * The language is the address's: a browser asking for French or Spanish at an English address gets the
     * English page (its dates too), and its visit cannot change what others are sent from memory (before, a
     * French browser's month names and Content-Language were kept and replayed to everyone).
     */
    @Test
    void aBrowserAskingForAnotherLanguageGetsTheAddressesPageAndLeavesTheCacheAsItWas() {
        pages.forgetAll();
        HttpResponse<String> spanish = http.get("/topics/symptoms", "Accept-Language", "es-MX,es;q=0.9");
        assertThat(spanish.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(spanish.headers().allValues("Vary")).containsExactly("Accept-Encoding");
        HttpResponse<String> french = http.get("/topics/symptoms", "Accept-Language", "fr-FR,fr;q=0.9");
        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(french.headers().firstValue("Content-Language")).hasValue("en");
        Document page = Jsoup.parse(french.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("p.reviewed").text()).as("dates in the page's language")
                .containsPattern("(January|February|March|April|May|June|July|August|September|October|November"
                        + "|December) \\d{4}");
        double hits = count("hit");
        HttpResponse<String> british = http.get("/topics/symptoms", "Accept-Language", "en-GB,en;q=0.8");
        assertThat(count("hit")).as("the same page from memory").isEqualTo(hits + 1);
        assertThat(british.body()).isEqualTo(french.body()).isEqualTo(spanish.body());
        assertThat(british.headers().firstValue("Content-Language")).hasValue("en");
        HttpResponse<String> english = http.get("/es", "Accept-Language", "en-GB,en;q=0.8");
        assertThat(english.headers().firstValue("Content-Language")).as("and the other way round").hasValue("es");
        assertThat(Jsoup.parse(english.body()).select("html").attr("lang")).isEqualTo("es");
    }

    /** The Spanish pages are kept, revalidated and given their own ETags, as the English ones are. */
    @Test
    void spanishPagesAreServedFromMemoryWithEtagsOfTheirOwn() {
        for (String path : List.of("/es", "/es/temas", "/es/glosario")) {
            pages.forgetAll();
            HttpResponse<String> first = http.get(path);
            double hits = count("hit");
            HttpResponse<String> second = http.get(path);
            assertThat(count("hit")).as(path).isEqualTo(hits + 1);
            assertThat(second.body()).isEqualTo(first.body());
            String etag = second.headers().firstValue("ETag").orElseThrow();
            assertThat(http.get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
            String english = path.equals("/es") ? "/" : path.equals("/es/temas") ? "/topics" : "/glossary";
            assertThat(http.get(english).headers().firstValue("ETag")).as(path + " and " + english + " differ")
                    .isPresent().get().isNotEqualTo(etag);
            assertThat(Jsoup.parse(first.body()).select("link[hreflang=es]").attr("href"))
                    .isEqualTo("http://localhost:" + port + path);
        }
    }

    private double count(String result) {
        return meters.get("lumbarguide.pages").tag("result", result).counter().count();
    }

    private static Map<String, List<String>> withoutDate(HttpHeaders headers) {
        Map<String, List<String>> map = new TreeMap<>(headers.map());
        map.remove("date");
        map.remove(":status");
        return map;
    }
}
