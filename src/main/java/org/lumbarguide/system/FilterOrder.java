package org.lumbarguide.system;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The order of the app's own servlet filters, in one place: every filter's {@code @Order} (or
 * {@code FilterRegistrationBean}) names one of these stages. They all run before Spring Security
 * ({@link #SECURITY}) and Spring MVC, so that the cheapest answers cost least: a request the app cannot read is
 * refused first, then a client over its allowance, then a feature too busy for it; a page kept in memory is
 * answered before the security chain. Spring's observation filter ({@link #OBSERVATION}) runs just after the
 * guard, so every answer but the guard's is timed.
 */
public final class FilterOrder {

    /** Bad input, unknown methods and broken bodies: 400, 404 or 405 before anything else reads the request. */
    public static final int REQUEST_GUARD = Ordered.HIGHEST_PRECEDENCE;

    /** Boot's {@code ServerHttpObservationFilter} (not ours; named so the stages around it read in order). */
    public static final int OBSERVATION = Ordered.HIGHEST_PRECEDENCE + 1;

    /** Per-client allowances ({@link RequestCost}): 429 before any work is done. */
    public static final int RATE_LIMIT = Ordered.HIGHEST_PRECEDENCE + 10;

    /** A feature's own refusal when it has no room for this client just now (503), after the allowance is taken. */
    public static final int ADMISSION = Ordered.HIGHEST_PRECEDENCE + 20;

    /** Pages answered from memory, before the security chain and Spring MVC. */
    public static final int PAGE_CACHE = Ordered.HIGHEST_PRECEDENCE + 30;

    /**
     * The editor's answer when its session store (the database) does not answer: the 503 page that gives back what
     * was typed, just before Spring Session would fail on the same request.
     */
    public static final int SESSION_STORE_OUTAGE = SessionRepositoryFilter.DEFAULT_ORDER - 1;

    /** Spring Session's filter (not ours; {@code spring.session.servlet.filter-order}): editor sessions in the database. */
    public static final int SESSIONS = SessionRepositoryFilter.DEFAULT_ORDER;

    /** Spring Security's filter chain (Boot's default, {@code spring.security.filter.order}). */
    public static final int SECURITY = SecurityFilterProperties.DEFAULT_FILTER_ORDER;

    private FilterOrder() {
    }
}
