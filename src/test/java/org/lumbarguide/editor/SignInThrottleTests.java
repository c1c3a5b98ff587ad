package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.lumbarguide.system.ClientBuckets;
import org.lumbarguide.system.ManualClock;
import org.lumbarguide.system.RequestCost.Price;
import org.springframework.mock.web.MockHttpServletRequest;

/** Failures count per account and client, with looser limits per account and per client (issue 17 item 8). */
class SignInThrottleTests {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ManualClock clock = new ManualClock();
    final SignInThrottle throttle = new SignInThrottle(new ClientBuckets(meters, clock));

    @Test
    void aStrangersFailuresStopOnlyTheStrangersAddress() {
        for (int i = 0; i < SignInThrottle.TRIES; i++) {
            throttle.failed("Clinician", "203.0.113.1");
        }
        assertThat(throttle.blocked("clinician", "203.0.113.1")).isTrue();
        assertThat(throttle.blocked("clinician", "203.0.113.2")).isFalse();
        assertThat(throttle.blocked("someone-else", "203.0.113.1")).isFalse();
    }

    @Test
    void guessingOneAccountFromManyAddressesStopsAtTheAccountLimit() {
        for (int i = 0; i < SignInThrottle.ACCOUNT_TRIES; i++) {
            throttle.failed("clinician", "203.0.113." + (i % 40));
        }
        assertThat(throttle.blocked("clinician", "203.0.113.200")).isTrue();
        assertThat(throttle.blocked("another", "203.0.113.200")).isFalse();
    }

    @Test
    void oneAddressTryingManyAccountsStopsAtTheClientLimit() {
        for (int i = 0; i < SignInThrottle.CLIENT_TRIES; i++) {
            throttle.failed("account-" + i, "203.0.113.9");
        }
        assertThat(throttle.blocked("fresh-account", "203.0.113.9")).isTrue();
        assertThat(throttle.blocked("fresh-account", "203.0.113.10")).isFalse();
    }

    @Test
    void theTriesComeBackWhenTheWindowIsOverAndEachRefusalIsCounted() {
        for (int i = 0; i < SignInThrottle.TRIES; i++) {
            throttle.failed("clinician", "203.0.113.11");
        }
        assertThat(throttle.blocked("clinician", "203.0.113.11")).isTrue();
        clock.advance(SignInThrottle.WINDOW.minus(Duration.ofSeconds(1)));
        assertThat(throttle.blocked("clinician", "203.0.113.11")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.blocked("clinician", "203.0.113.11")).isFalse();
        assertThat(meters.get("lumbarguide.rate.limited").tag("allowance", "sign-in").counter().count()).isEqualTo(2);
    }

    /** The editor's part in the rate limit at the door: its requests cost nothing there; others are not its to price. */
    @Test
    void editorRequestsAreFreeAtTheDoorAndOthersAreLeftToOtherRules() {
        assertThat(throttle.price(new MockHttpServletRequest("POST", "/editor/sign-in"))).contains(Price.FREE);
        assertThat(throttle.price(new MockHttpServletRequest("POST", "/editor/topics/en/symptoms"))).contains(Price.FREE);
        assertThat(throttle.price(new MockHttpServletRequest("POST", "/feedback"))).isEmpty();
        assertThat(throttle.price(new MockHttpServletRequest("POST", "/editorial"))).isEmpty();
    }
}
