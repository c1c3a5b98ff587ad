package org.lumbarguide.system;

/**
 * The two request headers a cached page is negotiated on, read as RFC 9110 says (no regular expressions,
 * no allocation on the common path: this runs on every page request).
 * <ul>
 * <li>{@code Accept-Encoding} (section 12.5.3): codings with optional weights {@code ;q=}; {@code x-gzip} is
 * gzip; {@code *} stands for every coding not named; {@code identity} is acceptable unless refused by
 * {@code identity;q=0}, or by {@code *;q=0} when identity is not named. No header: identity.</li>
 * <li>{@code If-None-Match} (section 13.1.2): {@code *}, or a list of entity tags compared weakly, so
 * {@code W/"x"} matches {@code "x"}.</li>
 * </ul>
 */
public final class Negotiation {

    private Negotiation() {
    }

    /**
     * Whether to send the gzip variant: gzip is acceptable (weight above 0) and the client does not weigh
     * identity above it. When neither is acceptable the plain page is sent (RFC 9110 lets a server
     * disregard the header rather than answer 406).
     */
    public static boolean prefersGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        int gzip = -1;       // weight in thousandths; -1 = not named
        int identity = -1;
        int any = -1;
        int length = acceptEncoding.length();
        int start = 0;
        while (start <= length) {
            int end = acceptEncoding.indexOf(',', start);
            if (end < 0) {
                end = length;
            }
            int semicolon = acceptEncoding.indexOf(';', start);
            int nameEnd = semicolon >= 0 && semicolon < end ? semicolon : end;
            int nameStart = skipSpace(acceptEncoding, start, nameEnd);
            int nameStop = trimEnd(acceptEncoding, nameStart, nameEnd);
            if (nameStop > nameStart) {
                int weight = nameEnd < end ? weight(acceptEncoding, nameEnd + 1, end) : 1000;
                if (weight >= 0) {
                    if (is(acceptEncoding, nameStart, nameStop, "gzip") || is(acceptEncoding, nameStart, nameStop, "x-gzip")) {
                        gzip = Math.max(gzip, weight);
                    } else if (is(acceptEncoding, nameStart, nameStop, "identity")) {
                        identity = Math.max(identity, weight);
                    } else if (is(acceptEncoding, nameStart, nameStop, "*")) {
                        any = Math.max(any, weight);
                    }
                }
            }
            start = end + 1;
        }
        int gzipWeight = gzip >= 0 ? gzip : Math.max(any, 0);
        if (gzipWeight == 0) {
            return false;
        }
        // identity not named: acceptable "by default", but with no weight of its own to beat a named gzip.
        return identity < 0 || gzipWeight >= identity;
    }

    /**
     * Whether {@code If-None-Match} names one of the current tags, by weak comparison (the opaque tags are
     * equal, a {@code W/} prefix on either side ignored). {@code tags} are the page's current strong
     * ETags, quotes included.
     */
    public static boolean noneMatchHits(String ifNoneMatch, String... tags) {
        if (ifNoneMatch == null) {
            return false;
        }
        int length = ifNoneMatch.length();
        int i = 0;
        while (i < length) {
            char c = ifNoneMatch.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
            } else if (c == '*') {
                return true;
            } else if (c == 'W' && i + 2 < length && ifNoneMatch.charAt(i + 1) == '/' && ifNoneMatch.charAt(i + 2) == '"') {
                i += 2;
            } else if (c == '"') {
                int close = ifNoneMatch.indexOf('"', i + 1);
                if (close < 0) {
                    return false;
                }
                for (String tag : tags) {
                    // tag is "opaque": compare it with the quoted span i..close, quotes included
                    if (close + 1 - i == tag.length() && ifNoneMatch.regionMatches(i, tag, 0, tag.length())) {
                        return true;
                    }
                }
                i = close + 1;
            } else {
                // Not an entity tag (a bare word): skip to the next comma.
                int comma = ifNoneMatch.indexOf(',', i);
                if (comma < 0) {
                    return false;
                }
                i = comma + 1;
            }
        }
        return false;
    }

    /** The q parameter's weight in thousandths, 1000 when absent, -1 when malformed (the entry is then ignored). */
    private static int weight(String header, int from, int to) {
        int i = from;
        while (i < to) {
            int next = header.indexOf(';', i);
            int paramEnd = next >= 0 && next < to ? next : to;
            int p = skipSpace(header, i, paramEnd);
            if (p + 1 < paramEnd && (header.charAt(p) == 'q' || header.charAt(p) == 'Q')) {
                int eq = skipSpace(header, p + 1, paramEnd);
                if (eq < paramEnd && header.charAt(eq) == '=') {
                    return qvalue(header, skipSpace(header, eq + 1, paramEnd), trimEnd(header, eq + 1, paramEnd));
                }
            }
            i = paramEnd + 1;
        }
        return 1000;
    }

    /** qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ), in thousandths; -1 when malformed. */
    private static int qvalue(String header, int from, int to) {
        if (from >= to) {
            return -1;
        }
        char first = header.charAt(from);
        if (first != '0' && first != '1') {
            return -1;
        }
        int value = (first - '0') * 1000;
        if (from + 1 == to) {
            return value;
        }
        if (header.charAt(from + 1) != '.' || to - from - 2 > 3) {
            return -1;
        }
        int scale = 100;
        for (int i = from + 2; i < to; i++, scale /= 10) {
            char digit = header.charAt(i);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            value += (digit - '0') * scale;
        }
        return value > 1000 ? -1 : value;
    }

    private static boolean is(String header, int from, int to, String name) {
        return to - from == name.length() && header.regionMatches(true, from, name, 0, name.length());
    }

    private static int skipSpace(String s, int from, int to) {
        while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String s, int from, int to) {
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
            to--;
        }
        return to;
    }
}
