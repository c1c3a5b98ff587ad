package org.lumbarguide.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.api.InfobuttonRequest.Parsed;
import org.lumbarguide.api.InfobuttonRequest.ResponseType;
import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.system.FilterOrder;
import org.lumbarguide.system.Negotiation;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Answers a cached Infobutton request as a page is answered (site/RenderedPageFilter): before Spring Security and
 * Spring MVC, from memory, so it costs about what a topic page costs (bench/infobutton.sh). Only a {@code GET} for
 * XML or JSON whose answer is already known is answered here: a 304 when its ETag matches, else the kept bytes.
 * Everything else (the first asking, a bad request, {@code text/html}) goes through the whole chain, and the
 * headers the chain gives a 200 (the security headers, Cache-Control, CORS) are recorded once per scheme and
 * replayed here, as the page cache does. A chain answer that sets a cookie is never recorded. It runs at the page
 * cache's stage ({@code FilterOrder.PAGE_CACHE}): the two answer different paths, so their order between
 * themselves does not matter.
 */
@Component
@Order(FilterOrder.PAGE_CACHE)
class InfobuttonFastPath extends OncePerRequestFilter {

    /** Headers that belong to one answer, not to every answer. */
    private static final Set<String> OWN = Set.of("etag", "content-type", "content-language", "content-length",
            "date", "set-cookie", "transfer-encoding");

    private final InfobuttonAnswers answers;
    private final GuideProperties settings;
    /** The chain's headers of a 200, by whether the request was secure (HSTS is sent on HTTPS only). */
    private final Map<Boolean, List<String[]>> recorded = new ConcurrentHashMap<>();

    InfobuttonFastPath(InfobuttonAnswers answers, GuideProperties settings) {
        this.answers = answers;
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"GET".equals(request.getMethod())
                || !(InfobuttonController.PATH.equals(path) || InfobuttonController.MEDLINEPLUS_PATH.equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Parsed parsed = InfobuttonRequest.parse(request.getParameterMap());
        if (parsed.problem() != null || parsed.request().type() == ResponseType.HTML) {
            chain.doFilter(request, response);
            return;
        }
        InfobuttonRequest asked = parsed.request();
        List<String[]> headers = recorded.get(request.isSecure());
        if (headers != null) {
            // Answered here, the request never reaches a handler mapping: name its route for the metrics.
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(request.getRequestURI()));
            String etag = answers.etag(asked, InfobuttonAnswers.base(settings, request));
            if (Negotiation.noneMatchHits(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                replay(response, headers, etag);
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            byte[] body = answers.keptBody(etag);
            if (body != null) {
                replay(response, headers, etag);
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType(asked.type() == ResponseType.JSON ? "application/json" : "text/xml;charset=UTF-8");
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, asked.language());
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                return;
            }
        }
        chain.doFilter(request, response);
        if (headers == null && response.getStatus() == HttpServletResponse.SC_OK
                && response.getHeader(HttpHeaders.ETAG) != null && !response.containsHeader(HttpHeaders.SET_COOKIE)) {
            List<String[]> seen = new ArrayList<>();
            for (String name : response.getHeaderNames()) {
                if (!OWN.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    for (String value : response.getHeaders(name)) {
                        seen.add(new String[] {name, value});
                    }
                }
            }
            recorded.putIfAbsent(request.isSecure(), List.copyOf(seen));
        }
    }

    private static void replay(HttpServletResponse response, List<String[]> headers, String etag) {
        for (String[] header : headers) {
            response.addHeader(header[0], header[1]);
        }
        response.setHeader(HttpHeaders.ETAG, etag);
    }
}
