package org.lumbarguide.handout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Who gets the next PDF render slot, so that under a flood the honest clinician still gets a PDF.
 * <p>
 * A plain queue serves whoever asks most often: 64 flooding clients take every slot that frees and a
 * clinician asking for one PDF is refused every time (measured: 0 of 445 tries). Here each client
 * (its address) is ranked by what it already has: the PDFs it has rendering or waiting now, plus the
 * PDFs it was given recently (a count that halves every {@code halfLife}). The lowest rank goes first;
 * among equals, the one that asked first. So a client with nothing in progress goes ahead of one that
 * already holds a slot, and clients that all keep asking are served in turn (round robin in effect).
 * <p>
 * The waiting room is small and bounded. When it is full, a newcomer who ranks strictly better than the
 * worst waiter that came in less than {@code displaceWithin} ago takes that waiter's place (the waiter is
 * refused: 503, try again); otherwise the newcomer is refused at once. So a refusal always comes quickly:
 * a waiter that has waited longer keeps its place. Waiting holds the request's thread, at most
 * {@code maxWait}.
 */
final class FairAdmission {

    /** Refused now: the slots and the waiting room are taken by clients with at least as good a claim. */
    static final class Refused extends Exception {
        Refused() {
            super(null, null, false, false);
        }
    }

    /** A slot, given back with {@link #close()} once the render has finished (exactly once). */
    final class Slot implements AutoCloseable {
        private final Client client;
        private boolean closed;

        private Slot(Client client) {
            this.client = client;
        }

        @Override
        public void close() {
            synchronized (FairAdmission.this) {
                if (!closed) {
                    closed = true;
                    running--;
                    client.active--;
                    dispatch();
                }
            }
        }
    }

    private static final class Client {
        /** PDFs rendering or waiting now. */
        int active;
        /** PDFs given recently, halving every half-life; {@code at} is when it was last brought up to date. */
        double given;
        long at;
    }

    private final class Waiter {
        final Client client;
        final long order;
        final long arrived;
        final CompletableFuture<Void> turn = new CompletableFuture<>();

        Waiter(Client client, long order, long arrived) {
            this.client = client;
            this.order = order;
            this.arrived = arrived;
        }

        /** The waiter's own request does not count against it. */
        double rank(long now) {
            return client.active - 1 + given(client, now);
        }
    }

    private final int slots;
    private final int room;
    private final double halfLifeNanos;
    private final long displaceWithinNanos;
    private final LongSupplier nanoTime;
    private final Cache<String, Client> clients = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    private final List<Waiter> waiting = new ArrayList<>();
    private int running;
    private long arrivals;

    FairAdmission(int slots, int room, Duration halfLife, Duration displaceWithin, LongSupplier nanoTime) {
        if (slots < 1 || room < 0) {
            throw new IllegalArgumentException("slots >= 1 and room >= 0");
        }
        this.slots = slots;
        this.room = room;
        this.halfLifeNanos = halfLife.toNanos();
        this.displaceWithinNanos = displaceWithin.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * A slot for this client: at once when one is free and nobody waits, after waiting its turn, or
     * {@link Refused}.
     */
    Slot enter(String clientKey, Duration maxWait) throws Refused, InterruptedException {
        Waiter waiter;
        synchronized (this) {
            Client client = clients.get(clientKey, key -> new Client());
            long now = nanoTime.getAsLong();
            if (running < slots && waiting.isEmpty()) {
                return start(client, now);
            }
            if (!hasRoomFor(client, now)) {
                throw new Refused();
            }
            Waiter displaced = waiting.size() < room ? null : displaceable(now);
            waiter = new Waiter(client, arrivals++, now);
            client.active++;
            waiting.add(waiter);
            if (displaced != null) {
                Waiter worst = displaced;
                waiting.remove(worst);
                worst.client.active--;
                worst.turn.completeExceptionally(new Refused());
            }
            dispatch();
        }
        try {
            waiter.turn.get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException bumped) {
            throw new Refused();
        } catch (TimeoutException | InterruptedException gaveUp) {
            synchronized (this) {
                if (waiting.remove(waiter)) {
                    waiter.client.active--;
                    if (gaveUp instanceof InterruptedException interrupted) {
                        throw interrupted;
                    }
                    throw new Refused();
                }
            }
            // The turn came while giving up: take the slot (the caller gives it back as usual).
        }
        return new Slot(waiter.client);
    }

    /** A request from this client would be refused now (a hint for refusing early; {@link #enter} decides). */
    synchronized boolean wouldRefuse(String clientKey) {
        if (running < slots && waiting.isEmpty()) {
            return false;
        }
        Client client = clients.getIfPresent(clientKey);
        return !hasRoomFor(client == null ? new Client() : client, nanoTime.getAsLong());
    }

    synchronized int running() {
        return running;
    }

    synchronized int waiting() {
        return waiting.size();
    }

    /**
     * Room in the waiting room, or a waiter that came in just now and that this client outranks (strictly:
     * among equals the first stays).
     */
    private boolean hasRoomFor(Client client, long now) {
        if (waiting.size() < room) {
            return true;
        }
        Waiter worst = displaceable(now);
        return worst != null && client.active + given(client, now) < worst.rank(now);
    }

    /** The worst-ranked waiter that came in less than displaceWithin ago, or null. */
    private Waiter displaceable(long now) {
        Waiter worst = null;
        for (Waiter candidate : waiting) {
            if (now - candidate.arrived < displaceWithinNanos && (worst == null || before(worst, candidate, now))) {
                worst = candidate;
            }
        }
        return worst;
    }

    private Slot start(Client client, long now) {
        running++;
        client.active++;
        give(client, now);
        return new Slot(client);
    }

    /** Gives free slots to the best waiters. Caller holds the lock. */
    private void dispatch() {
        long now = nanoTime.getAsLong();
        while (running < slots && !waiting.isEmpty()) {
            Waiter best = waiting.get(0);
            for (Waiter candidate : waiting) {
                if (before(candidate, best, now)) {
                    best = candidate;
                }
            }
            waiting.remove(best);
            running++;
            give(best.client, now);
            best.turn.complete(null);
        }
    }

    private static boolean before(Waiter a, Waiter b, long now) {
        int byRank = Double.compare(a.rank(now), b.rank(now));
        return byRank < 0 || (byRank == 0 && a.order < b.order);
    }

    private void give(Client client, long now) {
        client.given = given(client, now) + 1;
        client.at = now;
    }

    private double given(Client client, long now) {
        if (client.given == 0) {
            return 0;
        }
        return client.given * Math.pow(0.5, (now - client.at) / halfLifeNanos);
    }
}
