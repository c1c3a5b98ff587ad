package org.lumbarguide.handout;

import java.io.IOException;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.system.FilterOrder;
import org.lumbarguide.system.RefusedFormPage;
import org.lumbarguide.system.Refusals;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a PDF request at the door when the render pool would refuse this client (no slot, no place in
 * the waiting room it can claim: see {@link FairAdmission}): 503 with Retry-After and the busy
 * page (every typed field kept), without the work of the security chain, Spring MVC and a template.
 * Measured under a flood of PDF requests, that work made each refusal cost about 1.2 ms of CPU, and
 * the first burst of refusals held up everything else for a few hundred milliseconds.
 * <p>
 * It runs after the per-client rate limit (so a client over its allowance still gets 429) and before
 * Spring Security: a refusal changes nothing, so it needs no CSRF check; the page's "Try again" form
 * carries the request's own token and is checked when it is sent. The builder's form makes the page
 * (at start-up too); if it is not made for the request's language and the current content, the request
 * goes on and the controller answers.
 */
@Component
@Order(FilterOrder.ADMISSION)
class BusyPdfFilter extends OncePerRequestFilter {

    private final PdfRenderPool pool;
    private final BusyPage busyPage;
    private final Refusals refusals;
    private final Counter refusedEarly;

    BusyPdfFilter(PdfRenderPool pool, BusyPage busyPage, Refusals refusals, MeterRegistry registry) {
        this.pool = pool;
        this.busyPage = busyPage;
        this.refusals = refusals;
        this.refusedEarly = Counter.builder("lumbarguide.pdf.refused")
                .description("PDF requests refused with 503 before any other work, the render pool being full")
                .register(registry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !BusyPage.isBuilderPost(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("pdf".equals(request.getParameter("output")) && pool.wouldRefuse(request.getRemoteAddr())) {
            Optional<RefusedFormPage.Page> page = busyPage.made(request);
            if (page.isPresent()) {
                refusedEarly.increment();
                refusals.send(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        HandoutController.RETRY_AFTER_SECONDS, page.get().language(), page.get().html());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
