package org.lumbarguide.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns requests the application cannot read into a plain 4xx before any other code sees them, with at
 * most one log line that never carries a parameter value:
 * <ul>
 * <li>HTTP/0.9 (no status line, no headers, so no security headers either) gets nothing;</li>
 * <li>parameters Tomcat cannot decode (bad %-escapes, not UTF-8, too many, too large) get 400 here,
 * once, instead of a stack trace from wherever a parameter is first read;</li>
 * <li>{@code /error} asked for directly (it is only an internal forward target) gets 404.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestGuardFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestGuardFilter.class);
    private static final int MAX_LOGGED_PATH = 80;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String protocol = request.getProtocol();
        if (protocol == null || !protocol.startsWith("HTTP/") || protocol.equals("HTTP/0.9")) {
            // An HTTP/0.9 answer would be a bare body: refuse with nothing at all.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentLength(0);
            return;
        }
        String path = request.getRequestURI();
        if (path.equals("/error") || path.startsWith("/error/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Tomcat's message quotes the offending value (it may be a patient's name): log the path only.
            log.warn("400 for {} {}: its parameters could not be read", request.getMethod(), shortPath(path));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The raw request URI is still %-encoded, so it cannot break the log line; it is only cut short. */
    static String shortPath(String path) {
        return path.length() <= MAX_LOGGED_PATH ? path : path.substring(0, MAX_LOGGED_PATH) + "…";
    }
}
