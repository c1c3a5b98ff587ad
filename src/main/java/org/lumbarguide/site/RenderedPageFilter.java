package org.lumbarguide.site;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.system.Negotiation;
import org.lumbarguide.system.StoredResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Serves public pages ({@link CachedRoute}) from memory, before the security chain and Spring MVC. A page
 * is rendered by the whole chain once per version (its ETag, which changes when its content or the
 * site's release changes); its bytes (plain and gzip) and every header that rendering set (the security
 * headers, Content-Type, Content-Language, Cache-Control, Vary, ...) are kept, and from then on the page
 * is answered from them: 304 when the browser's copy is current, else the stored bytes and headers.
 * Tomcat does not compress responses that carry a strong ETag, so the gzip variant gets its own ETag
 * here, as the HTTP spec asks.
 * <p>
 * Only a GET or HEAD of a route in the table, carrying no session cookie and no credentials, is answered
 * here; anything else (every POST, every {@code /editor} path, a signed-in editor's request) goes through
 * the whole chain as before. Nothing a cached page carries depends on who asks: public pages set no
 * cookie and hold no CSRF token (a rendering that sets a cookie is passed on and never stored).
 */
@Component
@Order(RenderedPageFilter.ORDER)
class RenderedPageFilter extends OncePerRequestFilter {

    /**
     * After the request guard (bad input, HEAD/GET only here), the rate limit and the PDF door, and after
     * the observation filter (so cached pages are still timed under their route), before Spring Security
     * ({@code -100}) and Spring MVC.
     */
    static final int ORDER = org.lumbarguide.system.FilterOrder.PAGE_CACHE;

    /**
     * A page's language is its address's, never negotiated: only the encoding varies, so one copy of a page
     * serves every visitor and any shared cache may keep it.
     */
    private static final String VARY = HttpHeaders.ACCEPT_ENCODING;

    /**
     * Without a configured public address, pages name the address each request came to (canonical and alternate
     * links), so they are kept per address; this many at most, so a client inventing Host headers can neither
     * fill the memory nor have its address replayed to anyone else. Requests to further addresses are rendered
     * for themselves and not kept.
     */
    static final int MAX_ADDRESSES = 8;

    private record Rendered(String etag, String gzipEtag, StoredResponse response) {
    }

    private final PageVersions versions;
    private final PublicBase base;
    private final String sessionCookie;
    /**
     * Per path (which names its language), secure or not (HSTS is sent over HTTPS only) and, when no public
     * address is configured, the address the request came to: bounded by the table's pages in every language
     * times {@link #MAX_ADDRESSES}.
     */
    private final Map<String, Rendered> pages = new ConcurrentHashMap<>();
    private final Set<String> addresses = ConcurrentHashMap.newKeySet();
    private final Counter fromMemory;
    private final Counter notModified;
    private final Counter rendered;

    RenderedPageFilter(PageVersions versions, GuideProperties settings, MeterRegistry registry,
                       @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        this.versions = versions;
        this.base = new PublicBase(settings);
        this.sessionCookie = sessionCookie + "=";
        this.fromMemory = pageCounter(registry, "hit");
        this.notModified = pageCounter(registry, "not-modified");
        this.rendered = pageCounter(registry, "rendered");
    }

    private static Counter pageCounter(MeterRegistry registry, String result) {
        return Counter.builder("lumbarguide.pages").description("Public pages by how they were answered")
                .tag("result", result).register(registry);
    }

    /**
     * GET and HEAD only, and only for visitors: a request with the editors' session cookie or an
     * Authorization header goes through the whole chain. The query string is not part of the key: no
     * public page reads a parameter, so {@code /topics/symptoms?utm_source=x} is the same page.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !StoredResponse.forAnyVisitor(request, sessionCookie);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Optional<CachedRoute> route = CachedRoute.of(path);
        // The route names the page's language: the LocaleResolver reads the same path (SiteLocale).
        Optional<String> version = route.isEmpty() ? Optional.empty() : versions.etag(route.get(), path);
        String address = base.isConfigured() || version.isEmpty() ? "" : base.of(request);
        if (version.isEmpty() || !known(address)) {
            chain.doFilter(request, response);
            return;
        }
        // Served from here, the request never reaches a handler mapping: name its route for the metrics.
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.setPathPattern(route.get().pattern()));
        String etag = version.get();
        boolean head = "HEAD".equals(request.getMethod());
        String key = (request.isSecure() ? "s:" : ":") + address + path;
        Rendered page = pages.get(key);
        boolean fresh = page == null || !page.etag().equals(etag);
        if (fresh) {
            if (head) {
                // Not rendered yet: let the page answer this HEAD itself; the next GET fills the cache.
                chain.doFilter(request, response);
                return;
            }
            page = render(request, response, chain, etag);
            if (page == null) {
                return;
            }
            pages.put(key, page);
            rendered.increment();
        }
        boolean gzip = Negotiation.prefersGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        if (Negotiation.noneMatchHits(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag(), page.gzipEtag())) {
            // A 304 carries no body, so not the body's language either (RFC 9110, 15.4.5).
            page.response().sendNotModifiedHeaders(response);
            response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            notModified.increment();
            return;
        }
        page.response().sendHeaders(response);
        response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
        if (!fresh) {
            fromMemory.increment();
        }
        page.response().sendBody(response, gzip, head);
    }

    /**
     * Lets the whole chain render the page into memory ({@link StoredResponse}). Returns null, with the response
     * already sent, when the answer is not a page to keep (not a 200, or it sets a cookie).
     */
    private static Rendered render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                   String etag) throws ServletException, IOException {
        StoredResponse stored = StoredResponse.record(request, response, chain, RenderedPageFilter::writeValidators);
        if (stored == null) {
            return null;
        }
        String gzipEtag = etag.substring(0, etag.length() - 1) + "-gzip\"";
        return new Rendered(etag, gzipEtag, stored);
    }

    /** Whether pages for this address are kept: the configured one (empty), or one of the first few seen. */
    private boolean known(String address) {
        if (address.isEmpty() || addresses.contains(address)) {
            return true;
        }
        synchronized (addresses) {
            if (addresses.size() < MAX_ADDRESSES) {
                addresses.add(address);
            }
            return addresses.contains(address);
        }
    }

    /** Drops every stored page and address (tests: the next request of each is rendered again). */
    void forgetAll() {
        pages.clear();
        addresses.clear();
    }

    /** Pages revalidate every time (no-cache) and differ by Accept-Encoding only; set before the chain runs. */
    private static void writeValidators(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, VARY);
    }
}
