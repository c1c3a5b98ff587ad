package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.config.TestSettings;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A page names its own address (canonical and alternate links). Without a configured public address, a page
 * rendered for one Host is never sent to a visitor who asked another, and a client inventing Host headers cannot
 * make the store grow past {@link RenderedPageFilter#MAX_ADDRESSES} addresses.
 */
class RenderedPageFilterTests {

    final AtomicInteger renders = new AtomicInteger();

    /** The rest of the chain: a page that prints the address it was asked at, as the canonical link does. */
    final FilterChain page = (request, response) -> {
        renders.incrementAndGet();
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("page for " + request.getServerName()).getBytes(StandardCharsets.UTF_8));
    };

    @Test
    void aPageRenderedForOneAddressIsNeverSentToAnother() throws Exception {
        RenderedPageFilter filter = filter(TestSettings.defaults());
        assertThat(get(filter, "a.example")).isEqualTo("page for a.example");
        assertThat(get(filter, "evil.example")).isEqualTo("page for evil.example");
        assertThat(get(filter, "a.example")).isEqualTo("page for a.example");
        assertThat(renders).as("each address's page rendered once, then from memory").hasValue(2);
    }

    @Test
    void pagesAreKeptForAFewAddressesOnlyAndRenderedForAnyOther() throws Exception {
        RenderedPageFilter filter = filter(TestSettings.defaults());
        for (int i = 0; i < RenderedPageFilter.MAX_ADDRESSES; i++) {
            get(filter, "host" + i + ".example");
        }
        assertThat(renders).hasValue(RenderedPageFilter.MAX_ADDRESSES);
        assertThat(get(filter, "one-too-many.example")).isEqualTo("page for one-too-many.example");
        assertThat(get(filter, "one-too-many.example")).isEqualTo("page for one-too-many.example");
        assertThat(renders).as("rendered each time, never kept").hasValue(RenderedPageFilter.MAX_ADDRESSES + 2);
        get(filter, "host0.example");
        assertThat(renders).as("the first addresses are still served from memory")
                .hasValue(RenderedPageFilter.MAX_ADDRESSES + 2);
    }

    @Test
    void withAConfiguredAddressOneCopyServesEveryHost() throws Exception {
        RenderedPageFilter filter = filter(TestSettings.with("lumbarguide.public-base-url=https://guide.example.org"));
        String first = get(filter, "a.example");
        assertThat(get(filter, "b.example")).isEqualTo(first);
        assertThat(renders).hasValue(1);
    }

    @Test
    void aRevalidatedPageIsA304WithItsCacheHeadersButNotTheLanguageOfABodyItDoesNotSend() throws Exception {
        RenderedPageFilter filter = filter(TestSettings.defaults());
        FilterChain spanish = (request, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            ((HttpServletResponse) response).setHeader("Content-Language", "es");
            ((HttpServletResponse) response).setHeader("Cache-Control", "no-cache");
            response.getOutputStream().write("<p>Síntomas</p>".getBytes(StandardCharsets.UTF_8));
        };
        MockHttpServletResponse first = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/es/temas/sintomas"), first, spanish);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("Content-Language")).isEqualTo("es");
        for (boolean fromMemory : new boolean[] {false, true}) {
            MockHttpServletRequest again = new MockHttpServletRequest("GET", "/es/temas/sintomas");
            again.addHeader("If-None-Match", first.getHeader("ETag"));
            MockHttpServletResponse revalidated = new MockHttpServletResponse();
            filter.doFilter(again, revalidated, spanish);
            assertThat(revalidated.getStatus()).as("from memory: " + fromMemory).isEqualTo(304);
            assertThat(revalidated.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
            assertThat(revalidated.getHeader("Cache-Control")).isEqualTo("no-cache");
            assertThat(revalidated.getHeaderNames()).doesNotContain("Content-Language");
            assertThat(revalidated.getContentAsByteArray()).isEmpty();
        }
    }

    private RenderedPageFilter filter(GuideProperties settings) {
        PageVersions versions = mock(PageVersions.class);
        when(versions.etag(any(CachedRoute.class), anyString())).thenReturn(Optional.of("\"v1\""));
        return new RenderedPageFilter(versions, settings, new SimpleMeterRegistry(), "JSESSIONID");
    }

    private String get(RenderedPageFilter filter, String host) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/es/temas/sintomas");
        request.setServerName(host);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, page);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
