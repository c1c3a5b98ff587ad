package org.lumbarguide.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.lumbarguide.api.InfobuttonRequest.Parsed;
import org.lumbarguide.api.InfobuttonRequest.ResponseType;
import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.system.FilterOrder;
import org.lumbarguide.system.Negotiation;
import org.lumbarguide.system.StoredResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Answers a cached Infobutton request as a page is answered (site/RenderedPageFilter): before Spring Security and
 * Spring MVC, from memory, so it costs about what a topic page costs (bench/infobutton.sh). Only a {@code GET} for
 * XML or JSON whose answer is already kept is answered here: a 304 when its ETag matches, else the kept bytes.
 * Everything else (a bad request, {@code text/html}) goes through the whole chain. The first asking of an answer
 * goes through it too, recorded as the page cache records a page ({@link StoredResponse}: the bytes and every
 * header the chain gave the 200, such as the security headers, Cache-Control and CORS), and is kept per scheme
 * (HSTS is sent on HTTPS only) and ETag, so a publish makes new keys. A chain answer that is not a 200 or that sets
 * a cookie is never kept. It runs at the page cache's stage ({@code FilterOrder.PAGE_CACHE}): the two answer
 * different paths, so their order between themselves does not matter.
 */
@Component
@Order(FilterOrder.PAGE_CACHE)
class InfobuttonFastPath extends OncePerRequestFilter {

    /** An answer as kept: over HTTPS or not, and its ETag (which names the request, the content and the address). */
    private record Key(boolean secure, String etag) {
    }

    private final InfobuttonAnswers answers;
    private final GuideProperties settings;
    /** At most this many bytes of kept answers (plain and compressed copies counted), as the search results' memory. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /** Bounded by the bytes held, not a count: one answer can be a few hundred bytes or many kilobytes. */
    private final Cache<Key, StoredResponse> kept = Caffeine.newBuilder().maximumWeight(MAX_BYTES)
            .weigher((Key key, StoredResponse answer) -> answer.weight() + key.etag().length()).build();

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
        String etag = answers.etag(parsed.request(), InfobuttonAnswers.base(settings, request));
        Key key = new Key(request.isSecure(), etag);
        StoredResponse answer = kept.getIfPresent(key);
        if (answer == null) {
            // The controller answers (its own 304 included); a 200 under the ETag asked for is kept. record() calls
            // the lambda again once the chain has answered, when the response holds the controller's ETag.
            String[] given = new String[1];
            answer = StoredResponse.record(request, response, chain,
                    sent -> given[0] = sent.getHeader(HttpHeaders.ETAG));
            if (answer == null) {
                return;
            }
            if (!etag.equals(given[0])) {
                // The content changed while the chain answered: send its answer, keep nothing under the old ETag.
                send(request, response, answer, given[0]);
                return;
            }
            kept.put(key, answer);
        } else {
            // Answered here, the request never reaches a handler mapping: name its route for the metrics.
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(request.getRequestURI()));
        }
        send(request, response, answer, etag);
    }

    /**
     * A 304 with the kept headers the controller's own 304 carries when the client's copy is current, else the kept
     * headers and the plain bytes; with the ETag either way.
     */
    private static void send(HttpServletRequest request, HttpServletResponse response, StoredResponse answer,
                             String etag) throws IOException {
        if (etag != null && Negotiation.noneMatchHits(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            answer.sendNotModifiedHeaders(response);
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        answer.sendHeaders(response);
        if (etag != null) {
            response.setHeader(HttpHeaders.ETAG, etag);
        }
        // Never gzip: Tomcat does not compress an answer with a strong ETag, and the chain's answer is not either.
        answer.sendBody(response, false, false);
    }
}
