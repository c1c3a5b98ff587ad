package org.lumbarguide.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A page the whole filter chain rendered once, kept in memory to be sent again: its body (plain and gzip) and
 * every header rendering set (security headers, Content-Type, Content-Language, Cache-Control, ...). The public
 * pages (site/RenderedPageFilter), the search results (search/ResultsPageMemory) and the Infobutton answers
 * (api/InfobuttonFastPath) are answered from these.
 *
 * <p>Only a 200 that sets no cookie is kept: nothing a kept page carries may depend on who asked.
 */
public final class StoredResponse {

    /** Headers never stored: set per response by the sender, by Tomcat, or never to be replayed to another visitor. */
    private static final Set<String> NOT_STORED = Set.of("etag", "content-length", "content-encoding",
            "transfer-encoding", "connection", "keep-alive", "date", "set-cookie", "content-type");

    private final String contentType;
    private final String[] names;
    private final String[] values;
    private final byte[] plain;
    private final byte[] gzip;

    private StoredResponse(String contentType, String[] names, String[] values, byte[] plain, byte[] gzip) {
        this.contentType = contentType;
        this.names = names;
        this.values = values;
        this.plain = plain;
        this.gzip = gzip;
    }

    /**
     * Whether a request may be answered from, and fill, a store shared by every visitor: a GET or HEAD carrying no
     * credentials and no editor session ({@code sessionCookie}: the session cookie's name followed by {@code =}).
     * Anything else (every POST, a signed-in editor's request) goes through the whole chain.
     */
    public static boolean forAnyVisitor(HttpServletRequest request, String sessionCookie) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        String cookies = request.getHeader(HttpHeaders.COOKIE);
        return cookies == null || !cookies.contains(sessionCookie);
    }

    /**
     * Lets the chain render into memory and keeps the result. {@code headers} sets the headers the sender owns
     * (validators, Vary) before the chain runs and again after it, so a handler cannot change them. Returns null,
     * with the response already sent as rendered, when the answer is not one to keep (not a 200, no content type,
     * or it sets a cookie); otherwise the response is reset, and the caller sends the stored copy
     * ({@link #send}), exactly as every later visitor gets it.
     */
    public static StoredResponse record(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                        Consumer<HttpServletResponse> headers) throws ServletException, IOException {
        Recording rendering = new Recording(response);
        headers.accept(rendering);
        chain.doFilter(request, rendering);
        String contentType = rendering.getContentType();
        if (rendering.getStatus() != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.SET_COOKIE)
                || contentType == null) {
            rendering.copyBodyToResponse();
            return null;
        }
        headers.accept(response);
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (NOT_STORED.contains(name.toLowerCase(Locale.ROOT)) || names.contains(name)) {
                continue;
            }
            for (String value : response.getHeaders(name)) {
                names.add(name);
                values.add(value);
            }
        }
        if (rendering.locale != null && !names.contains(HttpHeaders.CONTENT_LANGUAGE)) {
            // Tomcat sends a locale the page set as Content-Language, but lists it with no other header.
            names.add(HttpHeaders.CONTENT_LANGUAGE);
            values.add(rendering.locale.toLanguageTag());
        }
        byte[] body = rendering.getContentAsByteArray();
        response.reset();
        return new StoredResponse(contentType, names.toArray(String[]::new), values.toArray(String[]::new), body,
                gzip(body));
    }

    /** Adds the stored headers (the caller then adds its own, such as ETag, and decides on a 304). */
    public void sendHeaders(HttpServletResponse response) {
        for (int i = 0; i < names.length; i++) {
            response.addHeader(names[i], values[i]);
        }
    }

    /**
     * Adds the stored headers a 304 carries (site/RenderedPageFilter, api/InfobuttonFastPath): all but
     * Content-Language, which describes the body a 304 does not send (RFC 9110, 15.4.5).
     */
    public void sendNotModifiedHeaders(HttpServletResponse response) {
        for (int i = 0; i < names.length; i++) {
            if (!HttpHeaders.CONTENT_LANGUAGE.equalsIgnoreCase(names[i])) {
                response.addHeader(names[i], values[i]);
            }
        }
    }

    /** Sends the content type, the encoding the client prefers and, unless {@code head}, the body. */
    public void sendBody(HttpServletResponse response, boolean gzip, boolean head) throws IOException {
        response.setContentType(contentType);
        byte[] body = gzip ? this.gzip : plain;
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    /** Bytes held in memory, for caches bounded by weight. */
    public int weight() {
        return plain.length + gzip.length + 256;
    }

    /** The body kept in memory, and the locale the page set (Tomcat's Content-Language). */
    private static final class Recording extends ContentCachingResponseWrapper {

        private Locale locale;

        Recording(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setLocale(Locale locale) {
            this.locale = locale;
            super.setLocale(locale);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
