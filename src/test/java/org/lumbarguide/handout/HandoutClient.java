package org.lumbarguide.handout;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Drives the handout builder like a browser: fetches the form (CSRF cookie and token), then posts it. */
public final class HandoutClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private final String forwardedFor;

    public HandoutClient(int port) {
        this(port, null);
    }

    /**
     * A client behind the trusted proxy with its own address ({@code X-Forwarded-For}), so its PDFs count
     * against its own per-client allowance: a test that makes many PDFs gives each batch a fresh address.
     */
    public HandoutClient(int port, String forwardedFor) {
        this.base = "http://localhost:" + port;
        this.forwardedFor = forwardedFor;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Accept", "text/html").GET(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> post(List<Map.Entry<String, String>> fields) {
        Matcher token = CSRF.matcher(get("/handouts").body());
        if (!token.find()) {
            throw new IllegalStateException("The builder form has no CSRF token");
        }
        String body = fields.stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(token.group(1)) + "&", ""));
        return send(HttpRequest.newBuilder(URI.create(base + "/handouts"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
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
