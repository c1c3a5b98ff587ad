package org.lumbarguide.api;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.lumbarguide.system.SecurityConfig;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content API's place in the web stack: its own security chain for {@code /api/**} (the site's headers, CORS
 * open to every origin for reading, no CSRF token and no session: it takes no writes and sets no cookie) and its
 * problem-details resolver ahead of Spring MVC's own.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfig implements WebMvcConfigurer {

    private final ApiProblems problems;

    ApiWebConfig(MessageSource messages, JsonMapper json) {
        this.problems = new ApiProblems(messages, json);
    }

    /**
     * Before the public site's chain (which matches everything), after the editor's. Any other method than GET,
     * HEAD or OPTIONS reaches Spring MVC and gets 405 as problem details rather than a CSRF refusal page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain contentApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                // Spring Security's CorsFilter: preflights answered here, and every answer under /api/v1 (a 404's
                // problem details too) carries the CORS headers, so a page elsewhere can read it.
                .cors(cors -> cors.configurationSource(corsSource()))
                .headers(headers -> SecurityConfig.commonHeaders(headers).cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /** Any origin may read (GET, HEAD) and revalidate (If-None-Match); ETag is readable by its scripts. */
    static UrlBasedCorsConfigurationSource corsSource() {
        CorsConfiguration read = new CorsConfiguration();
        read.setAllowedOrigins(List.of("*"));
        read.setAllowedMethods(List.of("GET", "HEAD"));
        read.setAllowedHeaders(List.of("Accept", "Accept-Language", "If-None-Match", "Cache-Control"));
        read.setExposedHeaders(List.of("ETag"));
        read.setAllowCredentials(false);
        read.setMaxAge(86400L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(ContentApiAnswers.BASE + "/**", read);
        source.registerCorsConfiguration(ContentApiAnswers.BASE, read);
        return source;
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, problems);
    }
}
