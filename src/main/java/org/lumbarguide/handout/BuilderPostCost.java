package org.lumbarguide.handout;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.system.Allowance;
import org.lumbarguide.system.RequestCost;
import org.springframework.stereotype.Component;

/**
 * What a post of the builder's form costs at the door (the rate limit, system/ClientRateLimitFilter): one form
 * post, and a PDF one of the client's PDFs too: a few at once ({@code pdf-burst}), then one every few seconds
 * ({@code pdfs-per-minute} a minute), so no client floods the render pool. A PDF the pool had no room for (503)
 * gives both back: the allowance is for PDFs made. A client over its allowance gets the busy page
 * ({@link BusyPage}), which keeps every typed field, since a clinic behind one address may get there.
 */
@Component
class BuilderPostCost implements RequestCost {

    private final Allowance pdfs;
    private final BusyPage busyPage;

    BuilderPostCost(GuideProperties settings, BusyPage busyPage) {
        int perMinute = settings.rateLimit().pdfsPerMinute();
        int burst = Math.max(1, Math.min(settings.rateLimit().pdfBurst(), perMinute));
        this.pdfs = Allowance.steady("pdfs", burst, perMinute, Duration.ofMinutes(1));
        this.busyPage = busyPage;
    }

    @Override
    public Optional<Price> price(HttpServletRequest request) {
        if (!BusyPage.isBuilderPost(request)) {
            return Optional.empty();
        }
        Price post = Price.formPost().refusedWith(busyPage);
        return Optional.of("pdf".equals(request.getParameter("output")) ? post.and(pdfs, 1).refundedWhenUnavailable()
                : post);
    }
}
