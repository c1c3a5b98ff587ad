package org.lumbarguide.editor;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.lumbarguide.Csrf;
import org.lumbarguide.SiteClient;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.TopicItem;

/**
 * A browser-like client of the editor: {@link SiteClient}'s cookies, requests and forms (urlencoded, no charset, no
 * redirects followed), plus signing in and the edit page's buttons. Its test accounts come from
 * {@link EditorFixture}, which most editor ITs use to get signed-in clients.
 */
public final class EditorClient extends SiteClient {

    /** Every test account's password. */
    public static final String PASSWORD = "correct horse battery";

    public EditorClient(int port) {
        super(port);
    }

    /** A client with an address of its own, as the trusted proxy on loopback reports it (null: none). */
    public EditorClient(int port, String forwardedFor) {
        super(port, forwardedFor == null ? new String[0] : new String[] {"X-Forwarded-For", forwardedFor});
    }

    /** Creates the account unless it exists, as {@link EditorFixture#account} does for a fixture's accounts. */
    static void account(Accounts accounts, String username, Role role) {
        EditorFixture.create(accounts, username, EnumSet.of(role));
    }

    /** A client signed in as the given test account. */
    public static EditorClient signedIn(int port, String username) {
        return signedIn(port, username, PASSWORD, null);
    }

    /** A client signed in from an address of its own, so the sign-in throttle counts it apart from others. */
    public static EditorClient signedIn(int port, String username, String password, String forwardedFor) {
        EditorClient client = new EditorClient(port, forwardedFor);
        HttpResponse<String> response = client.signIn(username, password);
        if (response.statusCode() != 302 || !location(response).endsWith("/editor")) {
            throw new AssertionError(username + " could not sign in: " + response.statusCode() + " "
                    + location(response));
        }
        return client;
    }

    public HttpResponse<String> signIn(String username, String password) {
        return submit("/editor/sign-in", "/editor/sign-in", Map.of("username", username, "password", password));
    }

    /**
     * The fields after the CSRF token of the form on {@code formPage}, or with none if the page has no form: a page
     * that sent a signed-out editor to sign in has none, and the post goes as the refused request it is.
     */
    @Override
    public List<Map.Entry<String, String>> withToken(String formPage, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        Csrf.findToken(get(formPage).body()).ifPresent(token -> all.add(Map.entry(Csrf.FIELD, token)));
        all.addAll(fields);
        return all;
    }

    /** As {@link #withToken(String, List)}, as a map, for a test that posts the form later or twice. */
    public Map<String, String> withToken(String formPage, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        withToken(formPage, List.copyOf(fields.entrySet())).forEach(field -> all.put(field.getKey(), field.getValue()));
        return all;
    }

    /** The draft version the topic's edit page shows ("" when no draft is open). */
    public String draftVersion(String topic) {
        return Jsoup.parse(get(topic).body()).select("input[name=version]").attr("value");
    }

    /** The whole text in the topic's source view (its text box), as the editor would edit it. */
    public String sourceText(String topic) {
        return Jsoup.parse(get(topic + "?view=source").body()).selectFirst("textarea#text").wholeText();
    }

    /** Presses "Save draft" on the topic's edit page with this text, from the version the page shows now. */
    public HttpResponse<String> saveDraft(String topic, String text) {
        return submit(topic, topic, draft("save", text, draftVersion(topic)));
    }

    /** Presses another button of the topic's edit form (submit, discard) for the draft the page shows now. */
    public HttpResponse<String> press(String topic, String action) {
        return submit(topic, topic, Map.of("action", action, "version", draftVersion(topic)));
    }

    /**
     * Decides the draft the topic's edit page shows now ({@code approve} or {@code return}), with a comment unless
     * it is null, as the edit page's review form posts it.
     */
    public HttpResponse<String> review(String topic, String decision, String comment) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", draftVersion(topic));
        fields.put("decision", decision);
        if (comment != null) {
            fields.put("comment", comment);
        }
        return submit(topic, topic + "/review", fields);
    }

    /** The edit form's fields: a button, the text, and the version it was loaded at (none when null or empty). */
    public static Map<String, String> draft(String action, String text, String version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("action", action);
        fields.put("text", text);
        if (version != null && !version.isEmpty()) {
            fields.put("version", version);
        }
        return fields;
    }

    /** A topic's text in the topic-file format, with another summary. */
    public static String withSummary(TopicItem t, String summary) {
        return ContentFiles.write(new TopicItem(t.language(), t.key(), t.slug(), t.title(), summary, t.position(),
                t.sourceKeys(), t.written(), t.reviewed(), t.reviewerRole(), t.sections(), t.origin()));
    }

    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** The editor's session cookie, once signed in. */
    public Optional<String> session() {
        return cookie("JSESSIONID");
    }
}
