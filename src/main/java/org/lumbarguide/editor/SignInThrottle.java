package org.lumbarguide.editor;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins are limited per account and per client: after {@value #TRIES} failures within
 * 15 minutes, further tries are refused until the bucket refills. Buckets live in a bounded cache.
 */
@Component
class SignInThrottle {

    static final int TRIES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterAccess(WINDOW)
            .build();

    boolean blocked(String username, String client) {
        return bucket("account:" + Accounts.normalise(username)).getAvailableTokens() <= 0
                || bucket("client:" + client).getAvailableTokens() <= 0;
    }

    void failed(String username, String client) {
        bucket("account:" + Accounts.normalise(username)).tryConsume(1);
        bucket("client:" + client).tryConsume(1);
    }

    /** Forgets every count (an administrator's "unlock all"; tests start from a clean slate with it). */
    void reset() {
        buckets.invalidateAll();
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(TRIES).refillIntervally(TRIES, WINDOW).build())
                .build());
    }
}
