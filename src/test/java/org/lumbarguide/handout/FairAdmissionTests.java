package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who gets the next PDF slot: the order of service, bumping, refusal and giving up, on a clock of our own. */
class FairAdmissionTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final AtomicLong clock = new AtomicLong();
    private final ExecutorService requests = Executors.newCachedThreadPool();
    /** Clients in the order they were given a slot. */
    private final List<String> served = new CopyOnWriteArrayList<>();
    /** Every request {@link #ask}ed for, so that a request that took another's place can tell it is in. */
    private final List<CompletableFuture<FairAdmission.Slot>> asked = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        requests.shutdownNow();
    }

    /** Waits for something another thread does, checking often (these waits are short). */
    private static ConditionFactory shortly() {
        return await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1));
    }

    private FairAdmission admission(int slots, int room) {
        return new FairAdmission(slots, room, Duration.ofSeconds(60), Duration.ofMillis(40), clock::get);
    }

    /** A request that waits for its slot on a thread of its own and records when it got it. */
    private CompletableFuture<FairAdmission.Slot> ask(FairAdmission admission, String client) throws Exception {
        int before = admission.waiting() + admission.running();
        List<CompletableFuture<FairAdmission.Slot>> pending = asked.stream().filter(asking -> !asking.isDone()).toList();
        CompletableFuture<FairAdmission.Slot> slot = CompletableFuture.supplyAsync(() -> {
            try {
                FairAdmission.Slot given = admission.enter(client, WAIT);
                served.add(client);
                return given;
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }, requests);
        asked.add(slot);
        // Wait until it is in (or refused), so the order of arrival is the order of the calls. A request that
        // took a waiter's place leaves the count as it was: that waiter's refusal shows it is in.
        shortly().until(() -> admission.waiting() + admission.running() != before || slot.isDone()
                || pending.stream().anyMatch(CompletableFuture::isDone));
        return slot;
    }

    @Test
    void aClientWithNothingInProgressGoesAheadOfAnEarlierRequestFromAClientThatHoldsASlot() throws Exception {
        FairAdmission admission = admission(1, 4);
        FairAdmission.Slot flooding = admission.enter("flooder", WAIT);
        CompletableFuture<FairAdmission.Slot> again = ask(admission, "flooder");
        CompletableFuture<FairAdmission.Slot> clinician = ask(admission, "clinician");
        assertThat(admission.waiting()).isEqualTo(2);

        flooding.close();
        clinician.get(5, TimeUnit.SECONDS).close();
        again.get(5, TimeUnit.SECONDS).close();
        assertThat(served).containsExactly("clinician", "flooder");
    }

    @Test
    void clientsThatAllKeepAskingAreServedInTurn() throws Exception {
        FairAdmission admission = admission(1, 8);
        FairAdmission.Slot holder = admission.enter("warm-up", WAIT);
        // Three clients that ask again as soon as they are served; a plain queue serves whoever asks
        // most often, here it goes round.
        java.util.Map<String, CompletableFuture<FairAdmission.Slot>> asking = new java.util.LinkedHashMap<>();
        for (String client : List.of("a", "b", "c")) {
            asking.put(client, ask(admission, client));
        }
        for (int turn = 0; turn < 7; turn++) {
            clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(100));
            int before = served.size();
            holder.close();
            shortly().until(() -> served.size() != before);
            String client = served.get(served.size() - 1);
            holder = asking.get(client).get(5, TimeUnit.SECONDS);
            asking.put(client, ask(admission, client));
        }
        assertThat(served).containsExactly("a", "b", "c", "a", "b", "c", "a");
    }

    @Test
    void aFullWaitingRoomTakesANewcomerWithABetterClaimAndRefusesTheWorstWaiter() throws Exception {
        FairAdmission admission = admission(1, 2);
        FairAdmission.Slot rendering = admission.enter("flooder", WAIT);
        CompletableFuture<FairAdmission.Slot> flooderAgain = ask(admission, "flooder");
        CompletableFuture<FairAdmission.Slot> other = ask(admission, "other");
        assertThat(admission.wouldRefuse("clinician")).as("the flooder's second request ranks below a newcomer")
                .isFalse();

        CompletableFuture<FairAdmission.Slot> clinician = ask(admission, "clinician");
        assertThat(flooderAgain).failsWithin(5, TimeUnit.SECONDS)
                .withThrowableThat().havingRootCause().isInstanceOf(FairAdmission.Refused.class);
        assertThat(admission.waiting()).isEqualTo(2);

        // Now every waiter has as good a claim as a newcomer: the newcomer is refused, at once.
        assertThat(admission.wouldRefuse("stranger")).isTrue();
        assertThatThrownBy(() -> admission.enter("stranger", WAIT)).isInstanceOf(FairAdmission.Refused.class);

        rendering.close();
        other.get(5, TimeUnit.SECONDS).close();
        clinician.get(5, TimeUnit.SECONDS).close();
        assertThat(served).containsExactly("other", "clinician");
        assertThat(admission.running()).isZero();
        assertThat(admission.waiting()).isZero();
    }

    @Test
    void aWaiterThatHasWaitedAMomentKeepsItsPlaceSoEveryRefusalComesQuickly() throws Exception {
        FairAdmission admission = admission(1, 1);
        FairAdmission.Slot rendering = admission.enter("flooder", WAIT);
        CompletableFuture<FairAdmission.Slot> flooderAgain = ask(admission, "flooder");
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(41));
        // The clinician has the better claim, but the flooder's request has waited past the moment in which
        // it could be displaced: the clinician is refused now rather than the flooder after its wait.
        assertThat(admission.wouldRefuse("clinician")).isTrue();
        assertThatThrownBy(() -> admission.enter("clinician", WAIT)).isInstanceOf(FairAdmission.Refused.class);
        rendering.close();
        flooderAgain.get(5, TimeUnit.SECONDS).close();
        assertThat(served).containsExactly("flooder");
    }

    @Test
    void aWaiterWhoseTurnDoesNotComeInTimeIsRefusedAndLeavesTheRoom() throws Exception {
        FairAdmission admission = admission(1, 2);
        FairAdmission.Slot rendering = admission.enter("a", WAIT);
        assertThatThrownBy(() -> admission.enter("b", Duration.ofMillis(50))).isInstanceOf(FairAdmission.Refused.class);
        assertThat(admission.waiting()).isZero();
        rendering.close();
        rendering.close(); // giving a slot back twice gives it back once
        assertThat(admission.running()).isZero();
        admission.enter("b", WAIT).close();
    }

    @Test
    void recentPdfsCountLessAsTimePasses() throws Exception {
        FairAdmission admission = admission(1, 1);
        admission.enter("yesterday", WAIT).close();
        clock.addAndGet(TimeUnit.MINUTES.toNanos(10));
        admission.enter("just-now", WAIT).close();
        FairAdmission.Slot busy = admission.enter("someone", WAIT);
        CompletableFuture<FairAdmission.Slot> recent = ask(admission, "just-now");
        // The room holds one: the client served ten minutes ago outranks the one served just now.
        CompletableFuture<FairAdmission.Slot> earlier = ask(admission, "yesterday");
        assertThat(recent).failsWithin(5, TimeUnit.SECONDS)
                .withThrowableThat().havingRootCause().isInstanceOf(FairAdmission.Refused.class);
        busy.close();
        earlier.get(5, TimeUnit.SECONDS).close();
    }
}
