package org.lumbarguide.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from memory. A page is rendered by its controller once per version (its ETag,
 * which changes when its content or the site's release changes), kept as plain and gzip bytes, and
 * from then on answered without rendering: 304 when the browser's copy is current, else the stored
 * bytes. Tomcat does not compress responses that carry a strong ETag, so the gzip variant gets its
 * own ETag here, as the HTTP spec asks.
 */
@Component
class RenderedPageFilter extends OncePerRequestFilter {

    private record Rendered(String etag, String contentType, String contentLanguage, byte[] plain, byte[] gzip) {
    }

    private final PageVersions versions;
    private final Map<String, Rendered> pages = new ConcurrentHashMap<>();
    private final Counter fromMemory;
    private final Counter notModified;
    private final Counter rendered;

    RenderedPageFilter(PageVersions versions, MeterRegistry registry) {
        this.versions = versions;
        this.fromMemory = pageCounter(registry, "hit");
        this.notModified = pageCounter(registry, "not-modified");
        this.rendered = pageCounter(registry, "rendered");
    }

    private static Counter pageCounter(MeterRegistry registry, String result) {
        return Counter.builder("lumbarguide.pages").description("Public pages by how they were answered")
                .tag("result", result).register(registry);
    }

    /**
     * GET and HEAD only. The query string is not part of the key: no public page reads a parameter,
     * so {@code /topics/symptoms?utm_source=x} is the same page and is served from memory too.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Optional<String> version = versions.etag(path);
        if (version.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // Served from here, the request never reaches a handler mapping: name its route for the metrics.
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.setPathPattern(route(path)));
        String etag = version.get();
        String gzipEtag = etag.substring(0, etag.length() - 1) + "-gzip\"";
        boolean gzip = acceptsGzip(request);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.contains(gzipEtag))) {
            writeValidators(response, gzip ? gzipEtag : etag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            notModified.increment();
            return;
        }
        boolean head = "HEAD".equals(request.getMethod());
        Rendered page = pages.get(path);
        if ((page == null || !page.etag().equals(etag)) && head) {
            // Not rendered yet: let the page answer this HEAD itself; the next GET fills the cache.
            chain.doFilter(request, response);
            return;
        }
        if (page == null || !page.etag().equals(etag)) {
            ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, rendering);
            if (rendering.getStatus() != HttpServletResponse.SC_OK) {
                rendering.copyBodyToResponse();
                return;
            }
            byte[] body = rendering.getContentAsByteArray();
            page = new Rendered(etag, rendering.getContentType(), response.getHeader(HttpHeaders.CONTENT_LANGUAGE),
                    body, gzip(body));
            pages.put(path, page);
            rendered.increment();
        } else {
            fromMemory.increment();
        }
        writeValidators(response, gzip ? gzipEtag : etag);
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        byte[] body = gzip ? page.gzip() : page.plain();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    private static String route(String path) {
        return path.startsWith("/topics/") ? "/topics/{slug}" : path;
    }

    private static void writeValidators(HttpServletResponse response, String etag) {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip")
                && !accept.toLowerCase(Locale.ROOT).contains("gzip;q=0");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
