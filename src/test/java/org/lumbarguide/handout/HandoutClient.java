package org.lumbarguide.handout;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.nodes.FormElement;
import org.lumbarguide.Csrf;

/** Drives the handout builder like a browser: fetches the form (CSRF cookie and token), then posts it. */
public final class HandoutClient {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private final String[] headers;

    /** {@code headers}: names and values sent with every request, such as those a proxy in front would add. */
    private static final java.util.concurrent.atomic.AtomicInteger CLINICS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A client with an address of its own behind the trusted proxy (X-Forwarded-For from loopback), so the
     * PDFs it makes count against its own per-client allowance, not every other test's.
     */
    public static HandoutClient newClinic(int port) {
        int n = CLINICS.incrementAndGet();
        return new HandoutClient(port, "X-Forwarded-For", "198.18." + (n / 250) + "." + (n % 250 + 1));
    }

    public HandoutClient(int port, String... headers) {
        this.base = "http://localhost:" + port;
        this.headers = headers;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Accept", "text/html").GET(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Form fields from names and values, in order: {@code fields("topic", "symptoms", "paper", "a4")}. */
    public static List<Map.Entry<String, String>> fields(String... pairs) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        return fields;
    }

    /** {@code postHeaders}: names and values sent with this POST only, not with the GET for its token. */
    public HttpResponse<byte[]> post(List<Map.Entry<String, String>> fields, String... postHeaders) {
        String token = Csrf.findToken(get("/handouts").body())
                .orElseThrow(() -> new IllegalStateException("The builder form has no CSRF token"));
        String body = fields.stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&", Csrf.FIELD + "=" + encode(token) + "&", ""));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/handouts"));
        if (postHeaders.length > 0) {
            request.headers(postHeaders);
        }
        return send(request.header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Submits a form from a page this client was sent, as a browser would: every field it holds (its own CSRF
     * token too) and the pressed button's {@code output}, to its action, by its method.
     */
    public HttpResponse<byte[]> submit(FormElement form, String output) {
        if (!"post".equalsIgnoreCase(form.attr("method"))) {
            throw new AssertionError("not a POST form: " + form.outerHtml());
        }
        String body = Stream.concat(form.formData().stream().map(data -> Map.entry(data.key(), data.value())),
                        Stream.of(Map.entry("output", output)))
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base).resolve(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
