package org.lumbarguide.search;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lumbarguide.system.Allowance;
import org.lumbarguide.system.RequestCost;
import org.springframework.stereotype.Component;

/**
 * What a search costs at the door (the rate limit, system/ClientRateLimitFilter): one of the client's searches.
 * A reader searches a few times a minute at most; a clinic or a ward behind one address a few times that.
 * {@value #BURST} at once, then {@value #PER_MINUTE} a minute, given back steadily: a person never meets it, a
 * script that sends every word of a dictionary does, and gets the site's short 429 page, before any search runs.
 * Other pages cost nothing, so the rest of the site stays open to that client.
 */
@Component
class SearchCost implements RequestCost {

    static final int BURST = 60;
    static final int PER_MINUTE = 120;

    private static final Allowance SEARCHES = Allowance.steady("search", BURST, PER_MINUTE, Duration.ofMinutes(1));
    private static final Price ONE_SEARCH = Price.FREE.and(SEARCHES, 1);

    @Override
    public Optional<Price> price(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String results : SearchCacheHeaders.PATHS) {
            if (results.equals(path)) {
                return Optional.of(ONE_SEARCH);
            }
        }
        return Optional.empty();
    }
}
