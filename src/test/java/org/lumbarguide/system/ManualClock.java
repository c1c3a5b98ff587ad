package org.lumbarguide.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;

/** A clock for buckets that moves only when a test says so: refills are tested without waiting. */
public final class ManualClock implements TimeMeter {

    private final AtomicLong nanos = new AtomicLong(Duration.ofDays(365 * 56).toNanos());

    @Override
    public long currentTimeNanos() {
        return nanos.get();
    }

    /** It stands for the wall clock (Bucket4j's proxy managers accept no other). */
    @Override
    public boolean isWallClockBased() {
        return true;
    }

    public void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }
}
