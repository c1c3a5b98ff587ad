package org.lumbarguide.handout;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.jsoup.nodes.FormElement;
import org.lumbarguide.SiteClient;

/**
 * Drives the handout builder like a browser: fetches the form (CSRF cookie and token), then posts it. The HTTP,
 * cookies and form encoding are {@link SiteClient}'s; this adds the builder's form and its answers as bytes (a PDF
 * or a page).
 */
public final class HandoutClient extends SiteClient {

    /** What the builder's form accepts back: its page again (a problem, the print view) or the PDF. */
    static final String ACCEPT = "text/html,application/pdf";

    private static final AtomicInteger CLINICS = new AtomicInteger();

    /**
     * A client with an address of its own behind the trusted proxy (X-Forwarded-For from loopback), so the
     * PDFs it makes count against its own per-client allowance, not every other test's.
     */
    public static HandoutClient newClinic(int port) {
        int n = CLINICS.incrementAndGet();
        return new HandoutClient(port, "X-Forwarded-For", "198.18." + (n / 250) + "." + (n % 250 + 1));
    }

    /** {@code headers}: names and values sent with every request, such as those a proxy in front would add. */
    public HandoutClient(int port, String... headers) {
        super(port, headers);
    }

    /**
     * Posts the builder's form with these fields and the token of the form {@code /handouts} shows now.
     * {@code postHeaders}: names and values sent with this POST only, not with the GET for its token.
     */
    public HttpResponse<byte[]> post(List<Map.Entry<String, String>> fields, String... postHeaders) {
        return postForBytes("/handouts", withToken("/handouts", fields), ACCEPT, postHeaders);
    }

    /**
     * Submits a form from a page this client was sent, as a browser would: every field it holds (its own CSRF
     * token too) and the pressed button's {@code output}, to its action, by its method.
     */
    public HttpResponse<byte[]> submit(FormElement form, String output) {
        if (!"post".equalsIgnoreCase(form.attr("method"))) {
            throw new AssertionError("not a POST form: " + form.outerHtml());
        }
        List<Map.Entry<String, String>> fields = Stream.concat(
                form.formData().stream().map(data -> Map.entry(data.key(), data.value())),
                Stream.of(Map.entry("output", output))).toList();
        return postForBytes(form.attr("action"), fields, ACCEPT);
    }
}
