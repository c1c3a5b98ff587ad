package org.lumbarguide.site;

import jakarta.servlet.http.HttpServletRequest;

import org.lumbarguide.config.GuideProperties;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The start of every absolute address the site writes (canonical and alternate links, structured data, the
 * sitemap and robots.txt): scheme, host, port and context path, no trailing slash. The configured
 * {@code lumbarguide.public-base-url} when there is one; otherwise the address this request came to, as Tomcat
 * read it: a forwarded scheme and host count only when a trusted proxy sent them
 * ({@code server.forward-headers-strategy=native}, {@code server.tomcat.remoteip.internal-proxies}), as for
 * every other use of the request's address in the app.
 * <p>
 * A value, not a bean: each class that writes addresses makes its own from the settings, so the site's advice
 * ({@link PageHeads}) needs nothing another feature's test slice would have to know about.
 */
final class PublicBase {

    /** The configured address without a trailing slash, or empty. */
    private final String configured;

    PublicBase(GuideProperties settings) {
        this.configured = settings.publicBaseUrl().replaceAll("/+$", "");
    }

    /** Whether the address is configured, so that no page depends on the address a request names. */
    boolean isConfigured() {
        return !configured.isEmpty();
    }

    /** The base address for this request. */
    String of(HttpServletRequest request) {
        if (isConfigured()) {
            return configured;
        }
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString().replaceAll("/+$", "");
    }
}
