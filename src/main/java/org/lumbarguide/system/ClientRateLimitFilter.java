package org.lumbarguide.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.system.RequestCost.Charge;
import org.lumbarguide.system.RequestCost.Price;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Takes what each request costs from its client's allowances ({@link ClientBuckets}) before any work is done:
 * the features price their own requests ({@link RequestCost}); a POST no feature prices costs one form post
 * (refilled whole once a minute). A client that cannot pay gets 429 with Retry-After, on the feature's own
 * page when it has one (the handout builder's keeps everything typed), else on a short generic page in the
 * request's language. The client is the remote address, which behind nginx is the visitor's
 * (server.forward-headers-strategy).
 * <p>
 * A refusal is sent after a short pause, held without a thread ({@link Refusals}).
 */
@Component
@Order(FilterOrder.RATE_LIMIT)
class ClientRateLimitFilter extends OncePerRequestFilter {

    private final Allowance formPosts;
    private final ClientBuckets buckets;
    private final List<RequestCost> rules;
    private final Refusals refusals;
    private final LocaleResolver locales;
    private final MessageSource messages;
    /** The generic page per language, made once: under a flood, refusals must cost next to nothing. */
    private final Cache<Locale, byte[]> tooMany = Caffeine.newBuilder().maximumSize(16).build();

    ClientRateLimitFilter(GuideProperties settings, ClientBuckets buckets, List<RequestCost> rules, Refusals refusals,
                          LocaleResolver locales, MessageSource messages) {
        this.formPosts = Allowance.perPeriod("form-posts", settings.rateLimit().postsPerMinute(), Duration.ofMinutes(1));
        this.buckets = buckets;
        this.rules = List.copyOf(rules);
        this.refusals = refusals;
        this.locales = locales;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Price price = price(request);
        if (price.isFree()) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        List<Charge> charges = new ArrayList<>(price.charges().size() + 1);
        if (price.takesFormPost()) {
            charges.add(new Charge(formPosts, 1));
        }
        charges.addAll(price.charges());
        List<Charge> taken = new ArrayList<>(charges.size());
        for (Charge charge : charges) {
            ConsumptionProbe probe = buckets.take(charge.allowance(), client, charge.tokens());
            if (!probe.isConsumed()) {
                // All or nothing: a client refused for PDFs only keeps its form post, or one that asks again while
                // it waits for its next PDF would use up its whole minute of posts in seconds and be shut out of
                // PDFs it is allowed (measured: the pool then stood idle through a flood).
                giveBack(taken, client);
                refuse(request, response, price, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
                return;
            }
            taken.add(charge);
        }
        chain.doFilter(request, response);
        if (price.refundWhenUnavailable() && response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            // No work was done (no room just now): kept, every client's next token came on the same beat, most
            // were spent on refusals, and the PDF pool stood idle between beats (measured: 3 PDFs a second of 14).
            giveBack(taken, client);
        }
    }

    private Price price(HttpServletRequest request) {
        for (RequestCost rule : rules) {
            Optional<Price> price = rule.price(request);
            if (price.isPresent()) {
                return price.get();
            }
        }
        return HttpMethod.POST.matches(request.getMethod()) ? Price.formPost() : Price.FREE;
    }

    private void giveBack(List<Charge> taken, String client) {
        for (Charge charge : taken) {
            buckets.giveBack(charge.allowance(), client, charge.tokens());
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Price price, long retryAfter)
            throws IOException {
        Optional<RefusedFormPage.Page> own = price.refusal() == null ? Optional.empty() : price.refusal().page(request);
        if (own.isPresent()) {
            refusals.send(request, response, 429, retryAfter, own.get().language(), own.get().html());
            return;
        }
        Locale locale = locales.resolveLocale(request);
        refusals.send(request, response, 429, retryAfter, locale.toLanguageTag(), tooMany.get(locale, this::tooManyPage));
    }

    /** A short, friendly page in plain HTML (no template, no stylesheet). */
    private byte[] tooManyPage(Locale locale) {
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.busy.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("error.busy.text", null, locale));
        String home = HtmlUtils.htmlEscape(messages.getMessage("error.link.home", null, locale));
        String lang = HtmlUtils.htmlEscape(locale.toLanguageTag());
        return ("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head><body><main>"
                + "<h1>" + title + "</h1><p>" + text + "</p><p><a href=\"/\">" + home + "</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
