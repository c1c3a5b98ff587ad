package org.lumbarguide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A results page is rendered once per query string and catalog version, then sent from memory with the headers
 * rendering set; what must not be kept (not a 200, a cookie, an editor's request) never is.
 */
class ResultsPageMemoryTests {

    final AtomicInteger renders = new AtomicInteger();
    final AtomicReference<String> version = new AtomicReference<>("\"v1\"");
    final AtomicReference<String> pageVersion = new AtomicReference<>("\"page-1\"");
    int status = 200;

    /** The rest of the chain: a results page naming what was searched and the catalog it came from. */
    final FilterChain results = (request, response) -> {
        renders.incrementAndGet();
        var http = (jakarta.servlet.http.HttpServletResponse) response;
        http.setStatus(status);
        http.setHeader("Cache-Control", "no-store");
        http.setHeader("Content-Security-Policy", "default-src 'self'");
        http.setLocale(java.util.Locale.forLanguageTag("es"));
        http.setContentType("text/html;charset=UTF-8");
        http.getOutputStream().write(("results for " + request.getParameter("q") + " from " + version.get())
                .getBytes(StandardCharsets.UTF_8));
    };

    final ResultsPageMemory memory = memory();

    @Test
    void theSameSearchIsRenderedOnceAndThenSentFromMemoryWithItsHeaders() throws Exception {
        MockHttpServletResponse first = get("/es/buscar", "q=dolor%20de%20espalda");
        MockHttpServletResponse second = get("/es/buscar", "q=dolor%20de%20espalda");
        assertThat(renders).hasValue(1);
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("results for dolor de espalda from \"v1\"")
                .isEqualTo(first.getContentAsString(StandardCharsets.UTF_8));
        assertThat(second.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(second.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
        assertThat(second.getHeader("Content-Language")).isEqualTo("es");
        assertThat(second.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void aClientThatTakesGzipGetsTheSamePageCompressed() throws Exception {
        get("/search", "q=back%20pain");
        MockHttpServletRequest request = request("/search", "q=back%20pain");
        request.addHeader("Accept-Encoding", "gzip, deflate, br");
        MockHttpServletResponse zipped = new MockHttpServletResponse();
        memory.doFilter(request, zipped, results);
        assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("results for back pain from \"v1\"");
        }
        assertThat(renders).hasValue(1);
    }

    @Test
    void anotherQueryAnotherLanguageOrANewCatalogIsRenderedAgain() throws Exception {
        get("/search", "q=mri");
        get("/search", "q=mri&q=scan");
        get("/es/buscar", "q=mri");
        assertThat(renders).hasValue(3);
        version.set("\"v2\"");
        assertThat(get("/search", "q=mri").getContentAsString(StandardCharsets.UTF_8))
                .as("an editor published: the kept page is stale").isEqualTo("results for mri from \"v2\"");
        assertThat(renders).hasValue(4);
    }

    /** A section's text changed: the catalog's own etag (its lists) is the same, one page's etag is not. */
    @Test
    void aPublishThatChangesOnlyOnePagesTextMakesTheKeptPagesStale() throws Exception {
        get("/search", "q=axolotl");
        pageVersion.set("\"page-2\"");
        get("/search", "q=axolotl");
        assertThat(renders).as("rendered again from the new content").hasValue(2);
    }

    @Test
    void aPageThatIsNotA200IsNeverKept() throws Exception {
        status = 400;
        get("/search", "q=" + "x".repeat(300));
        MockHttpServletResponse again = get("/search", "q=" + "x".repeat(300));
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(renders).hasValue(2);
    }

    @Test
    void anEditorsRequestAndOtherPathsGoThroughTheWholeChain() throws Exception {
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequest signedIn = request("/search", "q=mri");
            signedIn.setCookies(new Cookie("JSESSIONID", "abc"));
            memory.doFilter(signedIn, new MockHttpServletResponse(), results);
            memory.doFilter(request("/searchx", "q=mri"), new MockHttpServletResponse(), results);
        }
        assertThat(renders).hasValue(4);
    }

    @Test
    void aHeadRequestIsAnsweredWithoutABody() throws Exception {
        get("/search", "q=mri");
        MockHttpServletRequest head = request("/search", "q=mri");
        head.setMethod("HEAD");
        MockHttpServletResponse response = new MockHttpServletResponse();
        memory.doFilter(head, response, results);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getContentLength()).isPositive();
        assertThat(renders).hasValue(1);
    }

    private ResultsPageMemory memory() {
        TopicCatalog catalog = mock(TopicCatalog.class);
        when(catalog.catalog(org.mockito.ArgumentMatchers.anyString())).thenAnswer(invocation -> {
            // A new catalog object on every call, as after each publish or refresh.
            Catalog current = mock(Catalog.class);
            when(current.etag()).thenReturn(version.get());
            when(current.topics()).thenReturn(List.of(new TopicLink("prognosis", "prognosis", "Outlook", "", "")));
            TopicPage page = mock(TopicPage.class);
            when(page.etag()).thenReturn(pageVersion.get());
            when(current.page("prognosis")).thenReturn(Optional.of(page));
            return current;
        });
        return new ResultsPageMemory(catalog, new SimpleMeterRegistry(), "JSESSIONID");
    }

    private MockHttpServletResponse get(String path, String query) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        memory.doFilter(request(path, query), response, results);
        return response;
    }

    private static MockHttpServletRequest request(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            request.addParameter(parts[0], java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return request;
    }
}
