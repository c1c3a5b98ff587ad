package org.lumbarguide.search;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.system.FilterOrder;
import org.lumbarguide.system.Negotiation;
import org.lumbarguide.system.StoredResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Answers a results page that was rendered a moment ago from memory, before Spring Security and Spring MVC, as
 * the public pages are (site/RenderedPageFilter). Readers search the same few things ("back pain", "MRI"), and a
 * rendered page (the layout, the header, the results) costs far more than the search itself.
 *
 * <p>The key is the results address (its language), the query string as sent, and the published content's
 * fingerprint: when an editor publishes, it changes and every kept page is stale at once. The pages stay {@code Cache-Control: no-store} for browsers and proxies (SearchCacheHeaders): what a reader
 * searched is about their health. Here they are held only in this JVM's memory, bounded by
 * {@value #MAX_BYTES} bytes and dropped {@value #IDLE_MINUTES} minutes after the last reader asked for them;
 * never logged, never written anywhere.
 *
 * <p>It runs at the page cache's stage ({@code FilterOrder.PAGE_CACHE}): the two answer different paths. Only a
 * GET or HEAD of a results page carrying no editor session and no credentials is answered here; a page
 * that was not a 200 (a query over the length limit) or that set a cookie is not kept. The search allowance
 * (SearchCost, in the rate limit before this filter) is charged whether the page comes from memory or not.
 */
@Component
@Order(FilterOrder.PAGE_CACHE)
class ResultsPageMemory extends OncePerRequestFilter {

    static final long MAX_BYTES = 16L * 1024 * 1024;
    static final int IDLE_MINUTES = 10;

    private record Key(boolean secure, String path, String version, String query) {
    }

    /** A catalog and its fingerprint. */
    private record Versioned(Catalog catalog, String version) {
    }

    private final TopicCatalog catalog;
    private final String sessionCookie;
    private final Cache<Key, StoredResponse> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Key key, StoredResponse page) -> page.weight() + 2 * key.query().length())
            .expireAfterAccess(Duration.ofMinutes(IDLE_MINUTES))
            .build();
    private final Map<String, Versioned> versions = new ConcurrentHashMap<>();
    private final Counter fromMemory;
    private final Counter rendered;

    ResultsPageMemory(TopicCatalog catalog, MeterRegistry registry,
                      @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        this.catalog = catalog;
        this.sessionCookie = sessionCookie + "=";
        this.fromMemory = counter(registry, "hit");
        this.rendered = counter(registry, "rendered");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("lumbarguide.search.pages").description("Search results pages by how they were answered")
                .tag("result", result).register(registry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return language(request.getRequestURI()).isEmpty() || !StoredResponse.forAnyVisitor(request, sessionCookie);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Optional<String> version = version(language(path).orElseThrow());
        if (version.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // The query string as sent: the page is what the controller makes of all of it (a second q, say).
        String query = request.getQueryString();
        Key key = new Key(request.isSecure(), path, version.get(), query == null ? "" : query);
        boolean head = "HEAD".equals(request.getMethod());
        StoredResponse page = pages.getIfPresent(key);
        if (page == null) {
            if (head) {
                chain.doFilter(request, response);
                return;
            }
            page = StoredResponse.record(request, response, chain,
                    rendering -> rendering.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING));
            if (page == null) {
                return;
            }
            pages.put(key, page);
            rendered.increment();
        } else {
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(path));
            fromMemory.increment();
        }
        page.sendHeaders(response);
        page.sendBody(response, Negotiation.prefersGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)), head);
    }

    /** The results page's language, or empty when the path is not a results page. */
    private static Optional<String> language(String path) {
        if (SearchPaths.ENGLISH.search().equals(path)) {
            return Optional.of("en");
        }
        if (SearchPaths.SPANISH.search().equals(path)) {
            return Optional.of("es");
        }
        return Optional.empty();
    }

    /**
     * What the language's published content is, as one value: the search index's own fingerprint of the catalog
     * (it changes when any page, the glossary or the shared text changes; the catalog's etag alone covers only its
     * lists and shared text). Worked out once per catalog object, so once per publish or refresh, not per request.
     * Empty when there is no catalog (the database was never reached): the page is rendered as usual.
     */
    private Optional<String> version(String language) {
        try {
            Catalog current = catalog.catalog(language);
            if (current == null) {
                return Optional.empty();
            }
            Versioned known = versions.get(language);
            if (known == null || known.catalog() != current) {
                known = new Versioned(current, LanguageIndex.fingerprint(current));
                versions.put(language, known);
            }
            return Optional.of(known.version());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Drops every kept page (tests). */
    void forgetAll() {
        pages.invalidateAll();
    }
}
