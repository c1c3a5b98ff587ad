package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * For tests that fill the PDF pool: a task of the test's own rendered for a client, and how many requests
 * are rendering or waiting, read from the pool's meters as an operator reads them.
 */
final class PdfPoolTasks {

    private PdfPoolTasks() {
    }

    /**
     * Holds a slot (or a place in the waiting room) for this client with the given task, without waiting for
     * it. The future ends when the task has run, or with {@link PdfRenderPool.Busy}.
     */
    static CompletableFuture<byte[]> hold(PdfRenderPool pool, String client, Runnable task) {
        return CompletableFuture.supplyAsync(() -> pool.render(client, () -> {
            task.run();
            return new byte[0];
        }), runnable -> {
            Thread thread = new Thread(runnable, "pdf-hold");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Requests rendering (active render threads) plus those in the waiting room. */
    static int taken(MeterRegistry meters) {
        double active = meters.get("executor.active").tag("name", "pdf").gauge().value();
        double waiting = meters.get("lumbarguide.pdf.waiting").gauge().value();
        return (int) (active + waiting);
    }

    /** Waits (up to {@code seconds}) until exactly this many requests are rendering or waiting. */
    static void awaitTaken(MeterRegistry meters, int taken, int seconds) {
        await().atMost(Duration.ofSeconds(seconds)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .untilAsserted(() -> assertThat(taken(meters)).as("PDF requests rendering or waiting").isEqualTo(taken));
    }
}
