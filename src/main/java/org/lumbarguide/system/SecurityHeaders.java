package org.lumbarguide.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The security headers, in one place for Spring Security and for Tomcat's own error pages. */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    private SecurityHeaders() {
    }

    /** Spring Security's default, sent only when the visitor's connection is HTTPS (as it does). */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

    /** For responses Spring Security never sees. */
    static void write(HttpServletRequest request, HttpServletResponse response) {
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-store");
    }
}
