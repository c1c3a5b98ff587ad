package org.lumbarguide.editor;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted in three buckets that refill over {@link #WINDOW}:
 * <ul>
 * <li>per account and client: {@value #TRIES} failures stop that client guessing that account. A stranger
 * who knows a user name locks out only their own address, never the owner signing in from elsewhere;</li>
 * <li>per account, looser ({@value #ACCOUNT_TRIES}): guessing one account from many addresses still stops;</li>
 * <li>per client ({@value #CLIENT_TRIES}): one address trying many accounts stops, yet a clinic behind one
 * address survives a few people's typing slips.</li>
 * </ul>
 * Buckets live in a bounded cache, per instance (a shared backend comes with sessions in the database).
 */
@Component
class SignInThrottle {

    static final int TRIES = 5;
    static final int ACCOUNT_TRIES = 50;
    static final int CLIENT_TRIES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterAccess(WINDOW)
            .build();

    boolean blocked(String username, String client) {
        String account = Accounts.normalise(username);
        return empty(pair(account, client), TRIES) || empty("account:" + account, ACCOUNT_TRIES)
                || empty("client:" + client, CLIENT_TRIES);
    }

    void failed(String username, String client) {
        String account = Accounts.normalise(username);
        bucket(pair(account, client), TRIES).tryConsume(1);
        bucket("account:" + account, ACCOUNT_TRIES).tryConsume(1);
        bucket("client:" + client, CLIENT_TRIES).tryConsume(1);
    }

    // The user name is typed by anyone: a separator that cannot occur in a client address keeps pairs apart.
    private static String pair(String account, String client) {
        return "pair:" + client + "\n" + account;
    }

    private boolean empty(String key, int capacity) {
        return bucket(key, capacity).getAvailableTokens() <= 0;
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, WINDOW).build())
                .build());
    }
}
