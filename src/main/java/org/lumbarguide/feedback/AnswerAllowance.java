package org.lumbarguide.feedback;

import java.time.Duration;

import org.lumbarguide.system.Allowance;
import org.lumbarguide.system.ClientBuckets;
import org.springframework.stereotype.Component;

/**
 * Each client may send {@value #PER_HOUR} answers an hour, given back steadily (Bucket4j, in the site's one
 * bucket store): the client's address is only the key of its bucket, never stored or logged. Only answers
 * that would be stored are counted, so a reader who fixes a mistake loses nothing.
 */
@Component
class AnswerAllowance {

    static final int PER_HOUR = 10;
    /** How long a refused reader is asked to wait (the page says "in an hour"): the whole allowance is back then. */
    static final Duration RETRY_AFTER = Duration.ofHours(1);

    private static final Allowance ANSWERS = Allowance.steady("feedback", PER_HOUR, PER_HOUR, RETRY_AFTER);

    private final ClientBuckets buckets;

    AnswerAllowance(ClientBuckets buckets) {
        this.buckets = buckets;
    }

    /** Takes one answer from this client's allowance; false when it has none left. */
    boolean take(String client) {
        return buckets.take(ANSWERS, client, 1).isConsumed();
    }
}
