package org.lumbarguide.system;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.config.GuideProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends the refusals that filters write before a request reaches Spring MVC (429 rate limited, 503 PDF
 * pool full): the security headers, Retry-After, no-store, and a page made beforehand. The page goes
 * out after a short pause ({@code lumbarguide.rate-limit.refusal-delay}, 50 ms), held without a thread
 * (servlet async): a client that ignores Retry-After and asks again at once can then send at most 20
 * requests a second on each connection, instead of thousands, so a flood of refusals cannot take the CPU
 * that everyone else's pages need. The answer is still quick.
 */
@Component
public class Refusals implements DisposableBean {

    private final long delayMillis;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "refusals");
        thread.setDaemon(true);
        return thread;
    });

    Refusals(GuideProperties settings) {
        this.delayMillis = settings.rateLimit().refusalDelay().toMillis();
    }

    /** Answers with {@code status}, Retry-After and an HTML page; the request goes no further. */
    public void send(HttpServletRequest request, HttpServletResponse response, int status, long retryAfterSeconds,
                     String language, byte[] page) throws IOException {
        SecurityHeaders.write(request, response);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        if (delayMillis <= 0 || !request.isAsyncSupported()) {
            response.getOutputStream().write(page);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(delayMillis + 10_000);
        later.schedule(() -> write(async, page), delayMillis, TimeUnit.MILLISECONDS);
    }

    private static void write(AsyncContext async, byte[] page) {
        try {
            async.getResponse().getOutputStream().write(page);
        } catch (IOException | IllegalStateException gone) {
            // The client has gone: nothing to tell it.
        } finally {
            try {
                async.complete();
            } catch (IllegalStateException alreadyDone) {
                // completed by a timeout or the container
            }
        }
    }

    @Override
    public void destroy() {
        later.shutdownNow();
    }
}
