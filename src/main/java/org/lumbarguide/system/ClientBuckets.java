package org.lumbarguide.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one store of per-client token buckets: every {@link Allowance} of every client, in one bounded Caffeine
 * cache behind Bucket4j's own proxy manager. The rate limit at the door ({@link RequestCost}), the editor's
 * sign-in throttle and reader feedback all keep their buckets here, so there is one bound, one expiry rule
 * and one meter for all of them. A bucket is forgotten as soon as it is full again (a full bucket and a new one
 * are the same), so the cache holds only clients that spent something lately. The client key is whatever
 * the feature counts by (an address, an account); it is kept only in memory and never logged.
 * <p>
 * Buckets live per instance. When several instances must share allowances, a Bucket4j JDBC or Redis proxy
 * manager takes the Caffeine one's place here and nothing else changes.
 */
@Component
public class ClientBuckets {

    /** Every allowance's buckets together (the three stores this replaced held up to 250 000 between them). */
    static final long MAX_BUCKETS = 250_000;

    private static final String REFUSED = "lumbarguide.rate.limited";

    private record Key(String allowance, String client) {
    }

    private final ProxyManager<Key> buckets;
    private final MeterRegistry registry;
    private final Map<String, Counter> refusals = new ConcurrentHashMap<>();

    @Autowired
    public ClientBuckets(MeterRegistry registry) {
        this(registry, Caffeine.newBuilder().maximumSize(MAX_BUCKETS), null);
    }

    /** Buckets on a clock of the caller's (a test's), which also decides when they are forgotten. */
    public ClientBuckets(MeterRegistry registry, TimeMeter clock) {
        this(registry, Caffeine.newBuilder().maximumSize(MAX_BUCKETS).ticker(clock::currentTimeNanos), clock);
    }

    private ClientBuckets(MeterRegistry registry, Caffeine<Object, Object> cache, TimeMeter clock) {
        Bucket4jCaffeine.CaffeineProxyManagerBuilder<Key> builder = Bucket4jCaffeine.<Key>builderFor(cache)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ZERO));
        if (clock != null) {
            builder.clientClock(clock);
        }
        var manager = builder.build();
        this.buckets = manager;
        this.registry = registry;
        Gauge.builder("lumbarguide.rate.buckets", manager, m -> {
                    // Expired buckets are counted until the cache tidies up: tidied first, the count is of live ones.
                    m.getCache().cleanUp();
                    return m.getCache().estimatedSize();
                })
                .description("Per-client buckets held (every allowance); each is forgotten once full again")
                .register(registry);
    }

    /** The client's bucket of this allowance: full on first use. */
    public Bucket bucket(Allowance allowance, String client) {
        return buckets.builder().build(new Key(allowance.name(), client), allowance::limits);
    }

    /** Takes {@code tokens} from the client's bucket, or none when it holds fewer: then a refusal, counted. */
    public ConsumptionProbe take(Allowance allowance, String client, long tokens) {
        ConsumptionProbe probe = bucket(allowance, client).tryConsumeAndReturnRemaining(tokens);
        if (!probe.isConsumed()) {
            refused(allowance);
        }
        return probe;
    }

    /** Gives back tokens taken for work that was then not done. */
    public void giveBack(Allowance allowance, String client, long tokens) {
        bucket(allowance, client).addTokens(tokens);
    }

    /**
     * Whether the client has nothing left of this allowance (then a refusal, counted): for a check made before
     * work whose cost only its outcome tells, such as a sign-in that may fail.
     */
    public boolean usedUp(Allowance allowance, String client) {
        if (bucket(allowance, client).getAvailableTokens() > 0) {
            return false;
        }
        refused(allowance);
        return true;
    }

    private void refused(Allowance allowance) {
        refusals.computeIfAbsent(allowance.name(), name -> Counter.builder(REFUSED)
                .description("Requests refused because the client had used up an allowance")
                .tag("allowance", name).register(registry)).increment();
    }
}
