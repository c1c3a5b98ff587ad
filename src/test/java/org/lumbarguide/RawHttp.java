package org.lumbarguide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends exactly the bytes a test gives, over a plain socket, so tests can send what no well-behaved
 * client would: raw CR/LF, bytes that are not UTF-8, HTTP/0.9, illegal characters in the address.
 */
public final class RawHttp {

    /** A response as received: status (0 when there was no status line), headers (lower-case names), body. */
    public record Response(int status, Map<String, String> headers, String body, String raw) {
    }

    private final int port;
    private final String[] always;
    /** The address the socket is bound to, or null for whatever the system picks (127.0.0.1). */
    private final InetAddress from;

    /** {@code always}: headers sent with every request, such as the X-Forwarded-For a proxy would add. */
    public RawHttp(int port, String... always) {
        this(port, null, always);
    }

    private RawHttp(int port, InetAddress from, String... always) {
        this.port = port;
        this.from = from;
        this.always = always;
    }

    /**
     * A client connecting from another loopback address (Linux routes all of 127/8 to lo), which the server
     * sees as a peer of its own: not the trusted proxy on 127.0.0.1.
     */
    public static RawHttp from(String loopbackAddress, int port, String... always) {
        try {
            return new RawHttp(port, InetAddress.getByName(loopbackAddress), always);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A request line and headers (each without CRLF), then the body; Connection: close is added. */
    public Response send(String requestLine, String[] headers, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        write(request, requestLine + "\r\nHost: localhost:" + port + "\r\nConnection: close\r\n");
        for (String header : always) {
            write(request, header + "\r\n");
        }
        for (String header : headers) {
            write(request, header + "\r\n");
        }
        if (body.length > 0) {
            write(request, "Content-Length: " + body.length + "\r\n");
        }
        write(request, "\r\n");
        request.writeBytes(body);
        return exchange(request.toByteArray());
    }

    public Response exchange(byte[] request) {
        try (Socket socket = from == null ? new Socket("localhost", port)
                : new Socket(InetAddress.getByName("127.0.0.1"), port, from, 0)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (java.net.SocketException closedEarly) {
                // The server may answer and close before it has read the whole request (a refusal sent at once):
                // a broken pipe here is the server's choice, not the test's failure; read what it sent.
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16384];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException closed) {
                // The server may reset a connection whose request it refused; keep what arrived.
            }
            return parse(received.toString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(String raw) {
        if (!raw.startsWith("HTTP/")) {
            return new Response(0, Map.of(), raw, raw);
        }
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(), (a, b) -> a + "\n" + b);
            }
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8), raw);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
