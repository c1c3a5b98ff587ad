package org.lumbarguide.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public site needs no sign-in; this sets the security headers every response carries.
 * Pages load only the site's own stylesheets and images, and run no script.
 */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                // The public site never creates a session (editors' sessions live under /editor only).
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // A cookie, not a session, carries the CSRF token: the public site keeps no server state.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(new SafeCsrfTokenRequestHandler()))
                .headers(headers -> commonHeaders(headers)
                        // Caching is decided per response (WebConfig), not switched off wholesale.
                        .cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /** The security headers every response carries, public or signed in. */
    public static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
                .frameOptions(frame -> frame.deny())
                // X-XSS-Protection is obsolete (and "0" is its only safe value): send nothing.
                .xssProtection(xss -> xss.disable());
    }

    /**
     * SameSite=Lax: the cookie is not sent on cross-site POSTs. Secure follows the request, which is
     * secure behind a TLS proxy too (server.forward-headers-strategy). HttpOnly, as nothing reads it in script.
     */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
        return repository;
    }
}
