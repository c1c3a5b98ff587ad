package org.lumbarguide.system;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.config.GuideProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.springframework.context.MessageSource;

/**
 * Per-client token buckets (Bucket4j) for the requests that cost work: every form POST (refilled whole
 * once a minute), and PDFs on top of that (a burst of {@code pdf-burst}, then refilled steadily to
 * {@code pdfs-per-minute} a minute). Beyond the allowance the client gets 429
 * with Retry-After before any work is done, on the form's own page when it has one ({@link RefusedFormPage}:
 * the handout builder's keeps everything typed), else on a short generic page.
 * The client is the remote address, which behind nginx is the visitor's (server.forward-headers-strategy).
 * Buckets live in memory per instance; several instances would share them through a Bucket4j JDBC or
 * Redis backend.
 * <p>
 * A refusal is sent after a short pause, held without a thread ({@link Refusals}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ClientRateLimitFilter extends OncePerRequestFilter {

    private record Buckets(Bucket posts, Bucket pdfs) {
    }

    private final int postsPerMinute;
    private final int pdfsPerMinute;
    private final int pdfBurst;
    private final Cache<String, Buckets> clients = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    private final Counter refused;
    private final MessageSource messages;
    private volatile byte[] tooMany;
    private final Refusals refusals;
    private final List<RefusedFormPage> formPages;

    ClientRateLimitFilter(GuideProperties settings, Refusals refusals, List<RefusedFormPage> formPages,
                          MeterRegistry registry, MessageSource messages) {
        this.formPages = List.copyOf(formPages);
        this.messages = messages;
        this.refusals = refusals;
        this.postsPerMinute = settings.rateLimit().postsPerMinute();
        this.pdfsPerMinute = settings.rateLimit().pdfsPerMinute();
        this.pdfBurst = Math.max(1, Math.min(settings.rateLimit().pdfBurst(), pdfsPerMinute));
        this.refused = Counter.builder("lumbarguide.rate.limited").description("Requests refused with 429")
                .register(registry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Signed-in editors' forms are authenticated and audited; failed sign-ins have their own throttle.
        return !"POST".equals(request.getMethod()) || request.getRequestURI().startsWith("/editor/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Buckets buckets = clients.get(request.getRemoteAddr(),
                address -> new Buckets(perMinute(postsPerMinute), pdfBucket()));
        ConsumptionProbe post = buckets.posts().tryConsumeAndReturnRemaining(1);
        boolean asksForPdf = "pdf".equals(request.getParameter("output"));
        ConsumptionProbe pdf = post.isConsumed() && asksForPdf ? buckets.pdfs().tryConsumeAndReturnRemaining(1) : post;
        if (!post.isConsumed() || !pdf.isConsumed()) {
            if (post.isConsumed()) {
                // Refused for PDFs only: the form allowance is given back, or a client that asks again while
                // it waits for its next PDF would use up its whole minute of posts in seconds and be shut
                // out of PDFs it is allowed (measured: the pool then stood idle through a flood).
                buckets.posts().addTokens(1);
            }
            refused.increment();
            long wait = TimeUnit.NANOSECONDS.toSeconds(Math.max(post.getNanosToWaitForRefill(),
                    pdf.getNanosToWaitForRefill())) + 1;
            // From bytes made once: under a flood the refusals must cost next to nothing, or they take
            // the CPU that everyone else's pages need.
            for (RefusedFormPage form : formPages) {
                Optional<RefusedFormPage.Page> page = form.page(request);
                if (page.isPresent()) {
                    refusals.send(request, response, 429, wait, page.get().language(), page.get().html());
                    return;
                }
            }
            refusals.send(request, response, 429, wait, "en", tooManyPage());
            return;
        }
        chain.doFilter(request, response);
        if (asksForPdf && response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            // No PDF was made (the render pool had no place for this client just now): the allowance is for
            // PDFs made, so both tokens go back. Kept, every client's next token came on the same 3-second beat,
            // most were spent on refusals, and the pool stood idle between beats (measured: 3 PDFs a second of
            // about 14).
            buckets.pdfs().addTokens(1);
            buckets.posts().addTokens(1);
        }
    }

    /** A short, friendly page in plain HTML (no template, no stylesheet), built once. */
    private byte[] tooManyPage() {
        byte[] page = tooMany;
        if (page == null) {
            java.util.Locale en = java.util.Locale.ENGLISH;
            String title = HtmlUtils.htmlEscape(messages.getMessage("error.busy.title", null, en));
            String text = HtmlUtils.htmlEscape(messages.getMessage("error.busy.text", null, en));
            String home = HtmlUtils.htmlEscape(messages.getMessage("error.link.home", null, en));
            page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                    + "content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head><body><main>"
                    + "<h1>" + title + "</h1><p>" + text + "</p><p><a href=\"/\">" + home + "</a></p></main></body></html>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            tooMany = page;
        }
        return page;
    }

    /** PDFs: a few at once, then one every few seconds (pdfsPerMinute in a minute), so no client floods the pool. */
    private Bucket pdfBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(pdfBurst).refillGreedy(pdfsPerMinute, Duration.ofMinutes(1)))
                .build();
    }

    private static Bucket perMinute(int allowance) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(allowance).refillIntervally(allowance, Duration.ofMinutes(1)))
                .build();
    }
}
