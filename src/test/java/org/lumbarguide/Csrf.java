package org.lumbarguide;

import java.net.HttpCookie;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The CSRF token as a browser holds it: the hidden {@code _csrf} field of a form page (read with jsoup, so the
 * order of the input's attributes does not matter) and the {@code XSRF-TOKEN} cookie the public chain sets.
 * The one copy of this for every test (it used to be a regular expression copied into each class that posts).
 */
public final class Csrf {

    /** The form field and the cookie, as Spring Security names them. */
    public static final String FIELD = "_csrf";
    public static final String COOKIE = "XSRF-TOKEN";

    /** A cookie and the masked token of one page, as a browser would send them back. */
    public record Pair(String cookie, String token) {

        /** The request header that sends the cookie back: {@code Cookie: XSRF-TOKEN=...}. */
        public String cookieHeader() {
            return "Cookie: " + COOKIE + "=" + cookie;
        }

        /** The request header that sends the token instead of a form field: {@code X-XSRF-TOKEN: ...}. */
        public String tokenHeader() {
            return "X-XSRF-TOKEN: " + token;
        }
    }

    private Csrf() {
    }

    /** The token of the page's first {@code _csrf} field, if it has one. */
    public static Optional<String> findToken(String html) {
        Element field = Jsoup.parse(html).selectFirst("input[name=" + FIELD + "]");
        return field == null ? Optional.empty() : Optional.of(field.attr("value"));
    }

    /** The token of the page's first {@code _csrf} field; fails the test when the page has none. */
    public static String token(String html) {
        return findToken(html).orElseThrow(() -> new AssertionError("the page has no " + FIELD + " field"));
    }

    /**
     * The {@code XSRF-TOKEN} cookie's value from {@code Set-Cookie} header values (several may be joined by new
     * lines, as {@link RawHttp} keeps them), if one sets it. An empty value (the cookie being cleared) counts.
     */
    public static Optional<String> findCookie(List<String> setCookies) {
        for (String header : setCookies) {
            for (String line : header.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                for (HttpCookie cookie : HttpCookie.parse("Set-Cookie: " + line.strip())) {
                    if (cookie.getName().equals(COOKIE)) {
                        return Optional.of(cookie.getValue());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The cookie and the form's token of a form page fetched with {@link RawHttp}; fails the test without them. */
    public static Pair of(RawHttp.Response formPage) {
        String cookie = findCookie(List.of(formPage.headers().getOrDefault("set-cookie", "")))
                .orElseThrow(() -> new AssertionError("the page sets no " + COOKIE + " cookie"));
        return new Pair(cookie, token(formPage.body()));
    }
}
