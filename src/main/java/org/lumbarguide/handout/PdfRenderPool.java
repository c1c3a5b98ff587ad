package org.lumbarguide.handout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * PDFs are the one costly thing a visitor can ask for (about 0.2 s of CPU each), so they are made on a
 * pool with one thread for every two cores (at least one) and a queue twice as long. Half the CPU stays
 * free for the pages everyone else is reading, however many PDFs are asked for. When the pool and its
 * queue are full the request is refused at once ({@link Busy}).
 */
@Component
class PdfRenderPool implements DisposableBean {

    /** The pool and its queue are full: try again shortly. */
    static final class Busy extends RuntimeException {
        Busy() {
            super(null, null, false, false);
        }
    }

    private final ThreadPoolExecutor executor;
    private final long waitSeconds;
    private final Timer renderTime;

    PdfRenderPool(@Value("${lumbarguide.pdf.threads:0}") int threads, @Value("${lumbarguide.pdf.queue:-1}") int queue,
                  @Value("${lumbarguide.pdf.max-wait:60s}") Duration maxWait, MeterRegistry registry) {
        int size = threads > 0 ? threads : defaultThreads();
        int queued = queue >= 0 ? queue : 2 * size;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(size, size, 0, TimeUnit.SECONDS,
                queued == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queued),
                work -> {
                    Thread thread = new Thread(work, "pdf-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.waitSeconds = maxWait.toSeconds();
        this.renderTime = Timer.builder("lumbarguide.pdf.render").description("Time to render one handout PDF")
                .register(registry);
        new ExecutorServiceMetrics(executor, "pdf", List.of()).bindTo(registry);
    }

    /** One thread for every two cores, at least one. */
    static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** Renders on the pool and waits for the result; {@link Busy} when the pool cannot take it now. */
    byte[] render(Callable<byte[]> work) {
        Future<byte[]> result;
        try {
            result = executor.submit(() -> renderTime.recordCallable(work));
        } catch (RejectedExecutionException full) {
            throw new Busy();
        }
        try {
            return result.get(waitSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException late) {
            result.cancel(true);
            throw new Busy();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new Busy();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Every thread is rendering and the queue is full, so a PDF asked for now would be refused. A hint
     * for answering early (it may change at once); {@link #render} still decides.
     */
    boolean isFull() {
        return executor.getQueue().remainingCapacity() == 0
                && executor.getActiveCount() >= executor.getMaximumPoolSize();
    }

    /** Runs a task on the pool without waiting, for tests that hold the pool busy. */
    Future<?> submit(Runnable task) {
        return executor.submit(task);
    }

    int capacity() {
        return executor.getMaximumPoolSize() + executor.getQueue().remainingCapacity() + executor.getQueue().size();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
