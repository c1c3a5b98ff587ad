package org.lumbarguide.editor;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lumbarguide.system.Allowance;
import org.lumbarguide.system.ClientBuckets;
import org.lumbarguide.system.RequestCost;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted in three allowances that refill over {@link #WINDOW} (kept in the site's one
 * bucket store, {@link ClientBuckets}):
 * <ul>
 * <li>per account and client: {@value #TRIES} failures stop that client guessing that account. A stranger
 * who knows a user name locks out only their own address, never the owner signing in from elsewhere;</li>
 * <li>per account, looser ({@value #ACCOUNT_TRIES}): guessing one account from many addresses still stops;</li>
 * <li>per client ({@value #CLIENT_TRIES}): one address trying many accounts stops, yet a clinic behind one
 * address survives a few people's typing slips.</li>
 * </ul>
 * It is also the editor's price at the door ({@link RequestCost}): nothing. The form posts allowance is for the
 * public's forms; failed sign-ins are counted here, and signed-in editors' forms are authenticated and audited.
 */
@Component
class SignInThrottle implements RequestCost {

    static final int TRIES = 5;
    static final int ACCOUNT_TRIES = 50;
    static final int CLIENT_TRIES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private static final String EDITOR_PATHS = "/editor/";
    private static final Allowance PAIR = Allowance.perPeriod("sign-in", TRIES, WINDOW);
    private static final Allowance ACCOUNT = Allowance.perPeriod("sign-in-account", ACCOUNT_TRIES, WINDOW);
    private static final Allowance CLIENT = Allowance.perPeriod("sign-in-client", CLIENT_TRIES, WINDOW);

    private final ClientBuckets buckets;

    SignInThrottle(ClientBuckets buckets) {
        this.buckets = buckets;
    }

    boolean blocked(String username, String client) {
        String account = Accounts.normalise(username);
        return buckets.usedUp(PAIR, pair(account, client)) || buckets.usedUp(ACCOUNT, account)
                || buckets.usedUp(CLIENT, client);
    }

    void failed(String username, String client) {
        String account = Accounts.normalise(username);
        buckets.take(PAIR, pair(account, client), 1);
        buckets.take(ACCOUNT, account, 1);
        buckets.take(CLIENT, client, 1);
    }

    @Override
    public Optional<Price> price(HttpServletRequest request) {
        return request.getRequestURI().startsWith(EDITOR_PATHS) ? Optional.of(Price.FREE) : Optional.empty();
    }

    // The user name is typed by anyone: a separator that cannot occur in a client address keeps pairs apart.
    private static String pair(String account, String client) {
        return client + "\n" + account;
    }
}
