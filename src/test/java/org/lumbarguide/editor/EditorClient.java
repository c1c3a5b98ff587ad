package org.lumbarguide.editor;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like client for the editor: keeps cookies, follows no redirects, posts forms with their CSRF token. */
final class EditorClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String forwardedFor;

    EditorClient(int port) {
        this(port, null);
    }

    /** A client with an address of its own, as the trusted proxy on loopback reports it (null: none). */
    EditorClient(int port, String forwardedFor) {
        this.base = "http://localhost:" + port;
        this.forwardedFor = forwardedFor;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
    }

    /** Fetches the page that holds the form (for its CSRF token), then posts the fields to the action. */
    HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get(formPage).body());
        Map<String, String> all = new LinkedHashMap<>();
        if (token.find()) {
            all.put("_csrf", token.group(1));
        }
        all.putAll(fields);
        return post(action, all);
    }

    HttpResponse<String> post(String action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> signIn(String username, String password) {
        return submit("/editor/sign-in", "/editor/sign-in", Map.of("username", username, "password", password));
    }

    /** A client signed in as the given account (test accounts share EditorSecurityIT.PASSWORD). */
    static EditorClient signedIn(int port, String username) {
        EditorClient client = new EditorClient(port);
        HttpResponse<String> response = client.signIn(username, EditorSecurityIT.PASSWORD);
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/editor")) {
            throw new AssertionError(username + " could not sign in: " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        return client;
    }

    Optional<String> session() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
