package org.lumbarguide.api;

import java.time.Duration;
import java.util.List;

import org.lumbarguide.system.SecurityConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The CDS Hooks endpoints' own chain: public, sessionless and without CSRF, since a record system calls them
 * (with its own JSON body and, often, a bearer token we do not need), not a browser form carrying our cookie;
 * the site's security headers as everywhere; and CORS for browser-based CDS clients, which the specification
 * requires (any origin, GET and POST, the JSON content type and an Authorization header, never credentials:
 * nothing here reads a cookie). The public chain keeps CSRF for every form of the site.
 */
@Configuration(proxyBeanMethods = false)
class CdsHooksSecurityConfig {

    @Bean
    @Order(2)
    SecurityFilterChain cdsHooks(HttpSecurity http) throws Exception {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(List.of("*"));
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Content-Type", "Authorization", "Accept"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofDays(1));
        UrlBasedCorsConfigurationSource corsSource = new UrlBasedCorsConfigurationSource();
        corsSource.registerCorsConfiguration(CdsHooksController.PATH, cors);
        corsSource.registerCorsConfiguration(CdsHooksController.PATH + "/**", cors);
        http.securityMatcher(CdsHooksController.PATH, CdsHooksController.PATH + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .cors(c -> c.configurationSource(corsSource))
                .headers(headers -> SecurityConfig.commonHeaders(headers).cacheControl(cache -> cache.disable()));
        return http.build();
    }
}
