package org.lumbarguide.system;

import java.time.Duration;
import java.util.Objects;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

/**
 * What one client may do of one kind in a while: a named Bucket4j configuration, kept per client in
 * {@link ClientBuckets}. The feature that owns the requests declares it (form posts: system; PDFs: handout;
 * failed sign-ins: editor; answers: feedback); the name keys its buckets and tags its metrics.
 *
 * @param name   short, stable, unique among allowances (a metric tag: {@code lumbarguide.rate.limited{allowance}})
 * @param limits the bucket each client gets
 */
public record Allowance(String name, BucketConfiguration limits) {

    public Allowance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(limits, "limits");
    }

    /** {@code tokens} per {@code period}, all given back at once when the period is over. */
    public static Allowance perPeriod(String name, int tokens, Duration period) {
        return of(name, Bandwidth.builder().capacity(tokens).refillIntervally(tokens, period).build());
    }

    /** Up to {@code burst} at once, then given back one by one, {@code tokens} in each {@code period}. */
    public static Allowance steady(String name, int burst, int tokens, Duration period) {
        return of(name, Bandwidth.builder().capacity(burst).refillGreedy(tokens, period).build());
    }

    private static Allowance of(String name, Bandwidth limit) {
        return new Allowance(name, BucketConfiguration.builder().addLimit(limit).build());
    }
}
