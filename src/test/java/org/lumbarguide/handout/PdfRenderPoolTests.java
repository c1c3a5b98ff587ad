package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class PdfRenderPoolTests {

    @Test
    void whenEveryThreadAndWaitingPlaceIsTakenANewcomerWithNoBetterClaimIsRefusedAtOnce() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        PdfRenderPool pool = new PdfRenderPool(2, 1, Duration.ofSeconds(30), meters);
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        try {
            List<CompletableFuture<byte[]>> held = new ArrayList<>();
            for (int i = 0; i < pool.capacity(); i++) {
                held.add(pool.hold("holder-" + i, () -> {
                    running.countDown();
                    await(release);
                }));
            }
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (pool.taken() < pool.capacity() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
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
            assertThat(meters.get("lumbarguide.pdf.render").timer().count()).isEqualTo(pool.capacity() + 1);
            assertThat(pool.taken()).isZero();
        } finally {
            release.countDown();
            pool.destroy();
        }
    }

    @Test
    void aClinicianAskingForOnePdfIsServedBeforeAFlooderWhoAskedEarlier() throws Exception {
        PdfRenderPool pool = new PdfRenderPool(1, 2, Duration.ofSeconds(30), new SimpleMeterRegistry());
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            CompletableFuture<byte[]> rendering = pool.hold("10.64.0.1", () -> await(release));
            waitFor(pool, 1);
            CompletableFuture<byte[]> flooder = pool.hold("10.64.0.1", () -> order.add("flooder"));
            waitFor(pool, 2);
            CompletableFuture<byte[]> clinician = pool.hold("10.98.0.1", () -> order.add("clinician"));
            waitFor(pool, 3);
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
        PdfRenderPool pool = new PdfRenderPool(0, -1, Duration.ofSeconds(30), new SimpleMeterRegistry());
        try {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
            assertThat(PdfRenderPool.defaultThreads()).isEqualTo(threads);
            assertThat(pool.capacity()).isEqualTo(9 * threads);
        } finally {
            pool.destroy();
        }
    }

    @Test
    void aFailedRenderIsReportedAsItselfAndGivesItsSlotBack() {
        PdfRenderPool pool = new PdfRenderPool(1, 0, Duration.ofSeconds(30), new SimpleMeterRegistry());
        try {
            assertThatThrownBy(() -> pool.render("a", () -> {
                throw new IllegalStateException("broken template");
            })).isInstanceOf(IllegalStateException.class).hasMessage("broken template");
            assertThat(pool.taken()).isZero();
            assertThat(pool.render("a", () -> new byte[] {3})).containsExactly(3);
        } finally {
            pool.destroy();
        }
    }

    private static void waitFor(PdfRenderPool pool, int taken) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pool.taken() < taken && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(pool.taken()).isEqualTo(taken);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
