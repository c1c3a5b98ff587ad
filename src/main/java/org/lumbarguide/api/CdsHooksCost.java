package org.lumbarguide.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lumbarguide.system.Allowance;
import org.lumbarguide.system.RequestCost;
import org.springframework.stereotype.Component;

/**
 * What a CDS Hooks call costs at the door (system/ClientRateLimitFilter): not a form post, since one record
 * system's server calls for every clinician who opens a chart, from one address, and the site's form allowance
 * (60 a minute) would refuse a busy clinic; its own allowance instead, ten a second on average with a minute's
 * burst, enough for a large hospital and still a bound on one client.
 */
@Component
class CdsHooksCost implements RequestCost {

    static final int PER_MINUTE = 600;

    private final Allowance calls = Allowance.perPeriod("cds-hooks", PER_MINUTE, Duration.ofMinutes(1));

    @Override
    public Optional<Price> price(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!"POST".equals(request.getMethod()) || path == null || !path.startsWith(CdsHooksController.PATH + "/")) {
            return Optional.empty();
        }
        return Optional.of(new Price(false, List.of(new Charge(calls, 1)), false, null));
    }
}
