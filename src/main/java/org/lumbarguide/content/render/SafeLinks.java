package org.lumbarguide.content.render;

import java.util.Locale;
import java.util.Set;

/**
 * Which URLs the site renders as links: http, https and mailto, and (in text) links within the site.
 * Anything else, {@code javascript:} above all, is shown as plain text. The Content-Security-Policy
 * would block a script URL anyway; the renderer does not rely on it.
 */
public final class SafeLinks {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private SafeLinks() {
    }

    /** A link in text: an http, https or mailto URL, or one without a scheme (a page of this site). */
    public static boolean isLink(String url) {
        String scheme = scheme(url);
        return scheme == null ? url != null : SCHEMES.contains(scheme);
    }

    /** A link to elsewhere (a source): an http, https or mailto URL only. */
    public static boolean isExternalLink(String url) {
        String scheme = scheme(url);
        return scheme != null && SCHEMES.contains(scheme);
    }

    /**
     * The URL's scheme in lower case, read as a browser reads it (tabs and line breaks dropped, leading
     * spaces and control characters ignored); "" when what precedes the first colon is not a valid scheme
     * (never a link), null when there is no scheme (a relative URL).
     */
    static String scheme(String url) {
        if (url == null) {
            return "";
        }
        String cleaned = url.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "");
        int colon = cleaned.indexOf(':');
        int path = indexOfAny(cleaned, "/?#");
        if (colon < 0 || (path >= 0 && path < colon)) {
            return null;
        }
        String scheme = cleaned.substring(0, colon);
        return scheme.matches("[A-Za-z][A-Za-z0-9+.-]*") ? scheme.toLowerCase(Locale.ROOT) : "";
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
