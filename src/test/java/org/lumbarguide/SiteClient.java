package org.lumbarguide;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser-like client of the running app for tests that post forms: it keeps cookies (the CSRF cookie, an
 * editor's session), follows no redirects, and posts a form with the token of the page that holds it, as a
 * browser does. Form bodies are UTF-8 and sent with no charset in their Content-Type, as browsers send them.
 * {@code headers} (names and values) go with every request, such as the X-Forwarded-For of a client behind
 * the trusted proxy on loopback, so each client can have an address (and rate-limit allowance) of its own.
 * The one HTTP and cookie code of the form-posting clients: the handout builder's and the editor's clients add
 * their own forms and rules on top of it.
 */
public class SiteClient {

    static final String FORM = "application/x-www-form-urlencoded";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String[] headers;

    public SiteClient(int port, String... headers) {
        this.base = "http://localhost:" + port;
        this.headers = headers;
    }

    /** Form fields from names and values, in order (a name may repeat): {@code fields("topic", "symptoms")}. */
    public static List<Map.Entry<String, String>> fields(String... namesAndValues) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return fields;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).header("Accept", Http.BROWSER_ACCEPT).GET(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the form on this page (fetching it also sets the CSRF cookie in this client). */
    public String csrfToken(String formPage) {
        return Csrf.token(get(formPage).body());
    }

    /** Fetches the page that holds the form (for its token), then posts the fields and the token to the action. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        return submit(formPage, action, List.copyOf(fields.entrySet()));
    }

    /** As {@link #submit(String, String, Map)}, with fields in order, a name possibly repeated. */
    public HttpResponse<String> submit(String formPage, String action, List<Map.Entry<String, String>> fields) {
        return post(action, withToken(formPage, fields));
    }

    /** The fields after the CSRF token of the form on {@code formPage}; fails the test when the page has none. */
    public List<Map.Entry<String, String>> withToken(String formPage, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        all.add(Map.entry(Csrf.FIELD, csrfToken(formPage)));
        all.addAll(fields);
        return all;
    }

    /** Posts the fields as they are (no token is added: include one, or expect a 403). */
    public HttpResponse<String> post(String action, Map<String, String> fields) {
        return post(action, List.copyOf(fields.entrySet()));
    }

    public HttpResponse<String> post(String action, List<Map.Entry<String, String>> fields) {
        return send(request(action).header("Content-Type", FORM).header("Accept", Http.BROWSER_ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * As {@link #post(String, List)}, for answers that are not text (a PDF); {@code postHeaders} (names and values)
     * go with this POST only.
     */
    public HttpResponse<byte[]> postForBytes(String action, List<Map.Entry<String, String>> fields, String accept,
                                             String... postHeaders) {
        HttpRequest.Builder request = request(action);
        if (postHeaders.length > 0) {
            request.headers(postHeaders);
        }
        return send(request.header("Content-Type", FORM).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A cookie this client holds, such as {@code JSESSIONID} or {@code XSRF-TOKEN}. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** This client's cookies, for a test that plants or removes one as another site or an old browser would. */
    public CookieStore cookieStore() {
        return cookies.getCookieStore();
    }

    /** Fields as an urlencoded body, UTF-8. */
    public static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base).resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
