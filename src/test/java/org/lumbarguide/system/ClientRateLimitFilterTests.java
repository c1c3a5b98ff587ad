package org.lumbarguide.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.config.TestSettings;
import org.lumbarguide.system.RequestCost.Price;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * The rate limit applies the rules features contribute, with their own allowances and refusal pages; the
 * filter itself names no feature (its only rule of its own: a POST no rule prices costs one form post).
 */
class ClientRateLimitFilterTests {

    static final Locale SPANISH = Locale.forLanguageTag("es");
    static final String CLIENT = "203.0.113.20";

    final GuideProperties settings = TestSettings.with("lumbarguide.rate-limit.posts-per-minute=2",
            "lumbarguide.rate-limit.refusal-delay=0s");
    final ClientBuckets buckets = new ClientBuckets(new SimpleMeterRegistry(), new ManualClock());
    final List<RequestCost> rules = new ArrayList<>();
    final StaticMessageSource messages = new StaticMessageSource();
    int served;
    int status = 200;

    ClientRateLimitFilterTests() {
        messages.addMessage("error.busy.title", SPANISH, "Demasiadas solicitudes");
        messages.addMessage("error.busy.text", SPANISH, "Espere un minuto, por favor.");
        messages.addMessage("error.link.home", SPANISH, "Ir al inicio");
    }

    /** A feature's own allowance and refusal page, in a language of its own. */
    static final Allowance REPORTS = Allowance.perPeriod("reports", 3, Duration.ofMinutes(1));
    static final byte[] REPORTS_PAGE = "<p>Your report is kept: José Müller – ñ ü ¿</p>".getBytes(StandardCharsets.UTF_8);
    static final RefusedFormPage REPORTS_REFUSAL = request -> Optional.of(new RefusedFormPage.Page("fr", REPORTS_PAGE));

    @Test
    void aPostNoRulePricesCostsOneFormPostAndAGetCostsNothing() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send("GET", "/anything").getStatus()).isEqualTo(200);
        }
        assertThat(send("POST", "/anything").getStatus()).isEqualTo(200);
        assertThat(send("POST", "/elsewhere").getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = send("POST", "/anything");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 61);
        assertThat(refused.getHeader("Content-Language")).isEqualTo("es");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("<html lang=\"es\">")
                .contains("<h1>Demasiadas solicitudes</h1>");
        assertThat(served).isEqualTo(7);
    }

    @Test
    void aFeaturesRuleIsAppliedWithItsOwnAllowanceAndTheRefusalPageIsTheFeatures() throws Exception {
        rules.add(request -> "/reports".equals(request.getRequestURI())
                ? Optional.of(Price.formPost().and(REPORTS, 2).refusedWith(REPORTS_REFUSAL)) : Optional.empty());
        assertThat(send("POST", "/reports").getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = send("POST", "/reports");
        assertThat(refused.getStatus()).as("one report token left of three, two asked").isEqualTo(429);
        assertThat(refused.getContentAsByteArray()).isEqualTo(REPORTS_PAGE);
        assertThat(refused.getHeader("Content-Language")).isEqualTo("fr");
        // All or nothing: the form post taken before the report charge failed was given back.
        assertThat(send("POST", "/anything").getStatus()).isEqualTo(200);
        assertThat(send("POST", "/anything").getStatus()).isEqualTo(429);
        assertThat(served).isEqualTo(2);
    }

    @Test
    void aRuleThatPricesNothingLetsEveryPostThrough() throws Exception {
        rules.add(request -> request.getRequestURI().startsWith("/signed-in/") ? Optional.of(Price.FREE)
                : Optional.empty());
        for (int i = 0; i < 5; i++) {
            assertThat(send("POST", "/signed-in/save").getStatus()).isEqualTo(200);
        }
        assertThat(send("POST", "/public").getStatus()).as("the form posts are all still there").isEqualTo(200);
    }

    @Test
    void workNotDoneForWantOfRoomGivesEveryTokenBackWhenTheRuleSaysSo() throws Exception {
        rules.add(request -> Optional.of(Price.formPost().and(REPORTS, 1).refundedWhenUnavailable()));
        status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        for (int i = 0; i < 6; i++) {
            assertThat(send("POST", "/reports").getStatus()).as("refused for want of room, never for the allowance")
                    .isEqualTo(503);
        }
        rules.set(0, request -> Optional.of(Price.formPost().and(REPORTS, 1)));
        assertThat(send("POST", "/reports").getStatus()).isEqualTo(503);
        assertThat(send("POST", "/reports").getStatus()).isEqualTo(503);
        assertThat(send("POST", "/reports").getStatus()).as("without the refund, 503s use the allowance up")
                .isEqualTo(429);
    }

    @Test
    void theFirstRuleThatPricesARequestDecides() throws Exception {
        rules.add(request -> Optional.empty());
        rules.add(request -> Optional.of(Price.FREE));
        rules.add(request -> Optional.of(Price.formPost().and(REPORTS, 3)));
        for (int i = 0; i < 5; i++) {
            assertThat(send("POST", "/reports").getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse send(String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(CLIENT);
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> {
            served++;
            ((HttpServletResponse) res).setStatus(status);
        };
        // Made for each request, as the filter copies the rules it is given; the buckets are the store's.
        new ClientRateLimitFilter(settings, buckets, rules, new Refusals(settings), new FixedLocaleResolver(SPANISH),
                messages).doFilter(request, response, chain);
        return response;
    }
}
