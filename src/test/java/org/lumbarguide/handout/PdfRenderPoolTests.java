package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class PdfRenderPoolTests {

    @Test
    void whenEveryThreadAndQueueSlotIsTakenTheNextRenderIsRefusedAtOnce() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        PdfRenderPool pool = new PdfRenderPool(2, 1, Duration.ofSeconds(30), meters);
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.Future<?>> held = new java.util.ArrayList<>();
            for (int i = 0; i < pool.capacity(); i++) {
                held.add(pool.submit(() -> {
                    running.countDown();
                    await(release);
                }));
            }
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(meters.get("executor.queued").tag("name", "pdf").gauge().value()).isEqualTo(1);

            assertThatThrownBy(() -> pool.render(() -> new byte[] {1})).isInstanceOf(PdfRenderPool.Busy.class);

            release.countDown();
            for (java.util.concurrent.Future<?> task : held) {
                task.get(10, TimeUnit.SECONDS); // the pool is free again only once they have finished
            }
            assertThat(pool.render(() -> new byte[] {7})).containsExactly(7);
            assertThat(meters.get("lumbarguide.pdf.render").timer().count()).isEqualTo(1);
        } finally {
            release.countDown();
            pool.destroy();
        }
    }

    @Test
    void theDefaultPoolHasAThreadForEveryTwoCoresAndTwiceAsManyQueueSlots() {
        PdfRenderPool pool = new PdfRenderPool(0, -1, Duration.ofSeconds(30), new SimpleMeterRegistry());
        try {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
            assertThat(PdfRenderPool.defaultThreads()).isEqualTo(threads);
            assertThat(pool.capacity()).isEqualTo(3 * threads);
        } finally {
            pool.destroy();
        }
    }

    @Test
    void aFailedRenderIsReportedAsItself() {
        PdfRenderPool pool = new PdfRenderPool(1, 0, Duration.ofSeconds(30), new SimpleMeterRegistry());
        try {
            assertThatThrownBy(() -> pool.render(() -> {
                throw new IllegalStateException("broken template");
            })).isInstanceOf(IllegalStateException.class).hasMessage("broken template");
        } finally {
            pool.destroy();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
