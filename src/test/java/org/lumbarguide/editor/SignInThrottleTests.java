package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Failures count per account and client, with looser limits per account and per client (issue 17 item 8). */
class SignInThrottleTests {

    final SignInThrottle throttle = new SignInThrottle();

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
}
