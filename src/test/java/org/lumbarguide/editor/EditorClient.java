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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.lumbarguide.Csrf;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.TopicItem;

/**
 * The editor's integration tests' one helper: test accounts, and a browser-like client that keeps cookies,
 * follows no redirects, signs in, and posts forms with their CSRF token (as the editor's pages post them:
 * urlencoded, no charset).
 */
final class EditorClient {

    /** Every test account's password. */
    static final String PASSWORD = "correct horse battery";

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

    /** Creates the account unless it exists (the context, and so the database, is shared by every IT). */
    static void account(Accounts accounts, String username, Role role) {
        if (!accounts.exists(username)) {
            boolean reviewer = role == Role.REVIEWER;
            accounts.create(new Accounts.NewAccount(username, "Test " + role,
                    reviewer ? "consultant clinical oncologist" : null, reviewer ? "oncólogo clínico especialista" : null,
                    PASSWORD, EnumSet.of(role)));
        }
    }

    /** A client signed in as the given test account. */
    static EditorClient signedIn(int port, String username) {
        return signedIn(port, username, PASSWORD, null);
    }

    /** A client signed in from an address of its own, so the sign-in throttle counts it apart from others. */
    static EditorClient signedIn(int port, String username, String password, String forwardedFor) {
        EditorClient client = new EditorClient(port, forwardedFor);
        HttpResponse<String> response = client.signIn(username, password);
        if (response.statusCode() != 302 || !location(response).endsWith("/editor")) {
            throw new AssertionError(username + " could not sign in: " + response.statusCode() + " "
                    + location(response));
        }
        return client;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
    }

    /** Fetches the page that holds the form (for its CSRF token), then posts the fields to the action. */
    HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        return post(action, withToken(formPage, fields));
    }

    /** The fields, after the CSRF token of the form on {@code formPage} (none if the page has no form). */
    Map<String, String> withToken(String formPage, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        Csrf.findToken(get(formPage).body()).ifPresent(token -> all.put(Csrf.FIELD, token));
        all.putAll(fields);
        return all;
    }

    HttpResponse<String> post(String action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts fields that may repeat (a form's ticked boxes: sources=a&sources=b), in their order. */
    HttpResponse<String> post(String action, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> signIn(String username, String password) {
        return submit("/editor/sign-in", "/editor/sign-in", Map.of("username", username, "password", password));
    }

    /** The draft version the topic's edit page shows ("" when no draft is open). */
    String draftVersion(String topic) {
        return Jsoup.parse(get(topic).body()).select("input[name=version]").attr("value");
    }

    /** Presses "Save draft" on the topic's edit page with this text, from the version the page shows now. */
    HttpResponse<String> saveDraft(String topic, String text) {
        return submit(topic, topic, draft("save", text, draftVersion(topic)));
    }

    /** Presses another button of the topic's edit form (submit, discard) for the draft the page shows now. */
    HttpResponse<String> press(String topic, String action) {
        return submit(topic, topic, Map.of("action", action, "version", draftVersion(topic)));
    }

    /** The edit form's fields: a button, the text, and the version it was loaded at (none when null or empty). */
    static Map<String, String> draft(String action, String text, String version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("action", action);
        fields.put("text", text);
        if (version != null && !version.isEmpty()) {
            fields.put("version", version);
        }
        return fields;
    }

    /** A topic's text in the topic-file format, with another summary. */
    static String withSummary(TopicItem t, String summary) {
        return ContentFiles.write(new TopicItem(t.language(), t.key(), t.slug(), t.title(), summary, t.position(),
                t.sourceKeys(), t.written(), t.reviewed(), t.reviewerRole(), t.sections(), t.origin()));
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
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
