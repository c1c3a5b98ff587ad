package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.config.TestSettings;

class PdfRenderPoolTests {

    @Test
    void whenEveryThreadAndWaitingPlaceIsTakenANewcomerWithNoBetterClaimIsRefusedAtOnce() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        PdfRenderPool pool = new PdfRenderPool(pdf(2, 1), meters);
        int capacity = 3;
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        try {
            List<CompletableFuture<byte[]>> held = new ArrayList<>();
            for (int i = 0; i < capacity; i++) {
                held.add(PdfPoolTasks.hold(pool, "holder-" + i, () -> {
                    running.countDown();
                    await(release);
                }));
            }
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            PdfPoolTasks.awaitTaken(meters, capacity, 10);
            assertThat(meters.get("lumbarguide.pdf.waiting").gauge().value()).isEqualTo(1);
            assertThat(pool.wouldRefuse("newcomer")).isTrue();

            assertThatThrownBy(() -> pool.render("newcomer", () -> new byte[] {1}))
                    .isInstanceOf(PdfRenderPool.Busy.class);
            assertThat(meters.get("lumbarguide.pdf.busy").counter().count()).isEqualTo(1);

            release.countDown();
            for (CompletableFuture<byte[]> task : held) {
                task.get(10, TimeUnit.SECONDS); // the pool is free again only once they have finished
            }
            assertThat(pool.render("newcomer", () -> new byte[] {7})).containsExactly(7);
            assertThat(meters.get("lumbarguide.pdf.render").timer().count()).isEqualTo(capacity + 1);
            PdfPoolTasks.awaitTaken(meters, 0, 10);
        } finally {
            release.countDown();
            pool.destroy();
        }
    }

    @Test
    void aClinicianAskingForOnePdfIsServedBeforeAFlooderWhoAskedEarlier() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        PdfRenderPool pool = new PdfRenderPool(pdf(1, 2), meters);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            CompletableFuture<byte[]> rendering = PdfPoolTasks.hold(pool, "10.64.0.1", () -> await(release));
            PdfPoolTasks.awaitTaken(meters, 1, 10);
            CompletableFuture<byte[]> flooder = PdfPoolTasks.hold(pool, "10.64.0.1", () -> order.add("flooder"));
            PdfPoolTasks.awaitTaken(meters, 2, 10);
            CompletableFuture<byte[]> clinician = PdfPoolTasks.hold(pool, "10.98.0.1", () -> order.add("clinician"));
            PdfPoolTasks.awaitTaken(meters, 3, 10);
            release.countDown();
            rendering.get(10, TimeUnit.SECONDS);
            clinician.get(10, TimeUnit.SECONDS);
            flooder.get(10, TimeUnit.SECONDS);
            assertThat(order).containsExactly("clinician", "flooder");
        } finally {
            release.countDown();
            pool.destroy();
        }
    }

    @Test
    void theDefaultPoolHasAThreadForEveryTwoCoresAndEightWaitingPlacesForEach() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        GuideProperties defaults = TestSettings.defaults();
        PdfRenderPool pool = new PdfRenderPool(defaults, meters);
        try {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
            assertThat(PdfRenderPool.defaultThreads()).isEqualTo(threads);
            assertThat(meters.get("executor.pool.max").tag("name", "pdf").gauge().value()).isEqualTo(threads);
            assertThat(PdfRenderPool.waitingRoom(defaults.pdf())).isEqualTo(8 * threads);
        } finally {
            pool.destroy();
        }
    }

    @Test
    void aFailedRenderIsReportedAsItselfAndGivesItsSlotBack() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        PdfRenderPool pool = new PdfRenderPool(pdf(1, 0), meters);
        try {
            assertThatThrownBy(() -> pool.render("a", () -> {
                throw new IllegalStateException("broken template");
            })).isInstanceOf(IllegalStateException.class).hasMessage("broken template");
            PdfPoolTasks.awaitTaken(meters, 0, 10);
            assertThat(pool.render("a", () -> new byte[] {3})).containsExactly(3);
        } finally {
            pool.destroy();
        }
    }

    /** A pool with this many render threads and waiting places; a render may take 30 s. */
    private static GuideProperties pdf(int threads, int queue) {
        return TestSettings.with("lumbarguide.pdf.threads=" + threads, "lumbarguide.pdf.queue=" + queue,
                "lumbarguide.pdf.max-wait=30s");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
