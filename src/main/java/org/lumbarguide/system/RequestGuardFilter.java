package org.lumbarguide.system;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.coyote.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * <li>{@code /error} asked for directly (it is only an internal forward target) gets 404;</li>
 * <li>a method HTTP does not define for this site (CONNECT, FOO, WebDAV's) gets 405, not the servlet's 501;</li>
 * <li>a body that breaks off (bad chunks, shorter than its length) gets 400 and one log line;</li>
 * <li>a long Accept-Language is read only as far as its first entries ({@link FirstLanguages}), here and
 * on the error page's dispatch.</li>
 * </ul>
 */
@Component
@Order(FilterOrder.REQUEST_GUARD)
class RequestGuardFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestGuardFilter.class);
    private static final int MAX_LOGGED_PATH = 80;
    /** The methods of RFC 9110 and PATCH; anything else is refused before a servlet answers 501. */
    private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS",
            "TRACE", "PATCH");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            doFilterNestedErrorDispatch(request, response, chain);
            return;
        }
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
        if (!KNOWN_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        try {
            request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Tomcat's message quotes the offending value (it may be a patient's name): log the path only.
            log.warn("400 for {} {}: its parameters could not be read", request.getMethod(), shortPath(path));
            refuse(response);
            return;
        }
        chain.doFilter(FirstLanguages.of(request), response);
    }

    /**
     * When the body broke off (bad chunk framing, a read timeout), Tomcat has already suspended the response
     * and will close the connection, so sendError would throw (a 500 and a 26-line trace). Its own
     * BadRequestException is the one it answers with 400 and logs at debug level only.
     */
    private static void refuse(HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            throw new BadRequestException("the request body broke off");
        }
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /**
     * The error page reads the locale too, from the container's request, not the one wrapped above; it is
     * only wrapped (an error dispatch is to /error, which the checks above would refuse).
     */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
                                               FilterChain chain) throws ServletException, IOException {
        HttpServletRequest forErrorPage = FirstLanguages.of(request);
        if (!KNOWN_METHODS.contains(request.getMethod())) {
            // The error page is rendered by a servlet, and HttpServlet answers a method it does not know
            // with 501 (overwriting the 405 above): it is shown as for a GET.
            forErrorPage = new HttpServletRequestWrapper(forErrorPage) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            };
        }
        chain.doFilter(forErrorPage, response);
    }

    /** The raw request URI is still %-encoded, so it cannot break the log line; it is only cut short. */
    static String shortPath(String path) {
        return path.length() <= MAX_LOGGED_PATH ? path : path.substring(0, MAX_LOGGED_PATH) + "…";
    }
}
