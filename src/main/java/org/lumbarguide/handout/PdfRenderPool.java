package org.lumbarguide.handout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import org.lumbarguide.config.GuideProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * PDFs are the one costly thing a visitor can ask for (about 0.1 s of CPU each), so they are made on a
 * pool with one thread for every two cores (at least one): half the CPU stays free for the pages everyone
 * else is reading, however many PDFs are asked for. Who gets a thread is decided by {@link FairAdmission}:
 * a small waiting room (eight places per thread by default) served by what each client already has, so
 * a clinician asking for one PDF is served in turn while others flood. Beyond that: {@link Busy}.
 */
@Component
class PdfRenderPool implements DisposableBean {

    /** No render slot for this client now: try again shortly. */
    static final class Busy extends RuntimeException {
        Busy() {
            super(null, null, false, false);
        }
    }

    /**
     * A waiter may lose its place to a newcomer with a better claim only this soon after it came in, so a
     * refusal always comes quickly (measured: a waiter displaced after 0.8 s).
     */
    static final Duration DISPLACE_WITHIN = Duration.ofMillis(40);

    private final ThreadPoolExecutor executor;
    private final FairAdmission admission;
    private final Duration maxWait;
    private final Duration maxQueueWait;
    private final Timer renderTime;
    private final Counter refused;

    PdfRenderPool(GuideProperties settings, MeterRegistry registry) {
        int size = threads(settings.pdf());
        int room = waitingRoom(settings.pdf());
        Duration maxWait = settings.pdf().maxWait();
        AtomicInteger count = new AtomicInteger();
        // Never more tasks than threads: FairAdmission hands out exactly `size` slots.
        this.executor = new ThreadPoolExecutor(size, size, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "pdf-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.admission = new FairAdmission(size, room, Duration.ofSeconds(60), DISPLACE_WITHIN, System::nanoTime);
        this.maxWait = maxWait;
        // A turn in the waiting room comes within a few renders; a request still waiting after this is refused.
        this.maxQueueWait = maxWait.compareTo(Duration.ofSeconds(20)) < 0 ? maxWait : Duration.ofSeconds(20);
        this.renderTime = Timer.builder("lumbarguide.pdf.render").description("Time to render one handout PDF")
                .register(registry);
        this.refused = Counter.builder("lumbarguide.pdf.busy")
                .description("PDF requests refused by the render pool's admission (no slot, no place in the waiting room)")
                .register(registry);
        Gauge.builder("lumbarguide.pdf.waiting", admission, FairAdmission::waiting)
                .description("PDF requests waiting for a render slot").register(registry);
        new ExecutorServiceMetrics(executor, "pdf", List.of()).bindTo(registry);
    }

    /** One thread for every two cores, at least one. */
    static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** Render threads: {@code lumbarguide.pdf.threads}, or {@link #defaultThreads()} for 0. */
    static int threads(GuideProperties.Pdf settings) {
        return settings.threads() > 0 ? settings.threads() : defaultThreads();
    }

    /** Places in the waiting room: {@code lumbarguide.pdf.queue}, or eight per render thread for -1. */
    static int waitingRoom(GuideProperties.Pdf settings) {
        return settings.queue() >= 0 ? settings.queue() : 8 * threads(settings);
    }

    /**
     * Renders on the pool for this client (its address) once admitted, and waits for the result;
     * {@link Busy} when it is not admitted or the render takes too long.
     */
    byte[] render(String client, Callable<byte[]> work) {
        FairAdmission.Slot slot;
        try {
            slot = admission.enter(client, maxQueueWait);
        } catch (FairAdmission.Refused no) {
            refused.increment();
            throw new Busy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        Future<byte[]> result;
        AtomicBoolean started = new AtomicBoolean();
        try {
            // The slot is given back when the work ends, not when this thread stops waiting for it: a
            // render that outlives its request still holds its thread.
            result = executor.submit(() -> {
                if (!started.compareAndSet(false, true)) {
                    return null; // given up before it began; the slot is already back
                }
                try {
                    return renderTime.recordCallable(work);
                } finally {
                    slot.close();
                }
            });
        } catch (RuntimeException e) {
            slot.close();
            throw e;
        }
        try {
            return result.get(maxWait.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException late) {
            abandon(result, started, slot);
            throw new Busy();
        } catch (InterruptedException e) {
            abandon(result, started, slot);
            Thread.currentThread().interrupt();
            throw new Busy();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops waiting for a render; a render that never began gives its slot back here. */
    private static void abandon(Future<byte[]> result, AtomicBoolean started, FairAdmission.Slot slot) {
        result.cancel(true);
        if (started.compareAndSet(false, true)) {
            slot.close();
        }
    }

    /**
     * A PDF asked for now by this client would be refused. A hint for answering early (it may change at
     * once); {@link #render} still decides.
     */
    boolean wouldRefuse(String client) {
        return admission.wouldRefuse(client);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
