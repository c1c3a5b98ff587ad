package org.lumbarguide.system;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Spring Security's masked (BREACH-safe) CSRF token handling, with two changes: a token is read only
 * from the request body or the header, never from the address (where it would end up in logs and
 * Referer headers); and a forged token that does not decode is simply a wrong token (403), not a 500.
 */
public final class SafeCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        if (request.getHeader(csrfToken.getHeaderName()) == null
                && inQueryString(request.getQueryString(), csrfToken.getParameterName())) {
            return null;
        }
        try {
            return delegate.resolveCsrfTokenValue(request, csrfToken);
        } catch (IllegalArgumentException undecodable) {
            return null;
        }
    }

    private static boolean inQueryString(String query, String name) {
        if (query == null) {
            return false;
        }
        try {
            return UriComponentsBuilder.newInstance().query(query).build().getQueryParams().keySet().stream()
                    .anyMatch(key -> key.equals(name) || key.equalsIgnoreCase(name.replace("_", "%5F")));
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }
}
