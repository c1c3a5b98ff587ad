package org.lumbarguide.handout;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where readers open the guide: printed links and QR codes start with it (scheme, host, port, no
 * trailing slash). The configured public address when there is one; otherwise the address this request
 * came to, as the visitor's browser saw it (a trusted proxy's X-Forwarded-Host and -Proto included).
 * {@code local} says that patients' phones cannot reach it (localhost, 127.x, ::1).
 */
record PublicAddress(String baseUrl, boolean local) {

    /** 127.0.0.0/8 and 0.0.0.0, written as IPv4 literals. */
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}|0\\.0\\.0\\.0");

    /** Needs the current request when nothing is configured. */
    static PublicAddress of(String configured) {
        String base = configured == null || configured.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : configured.strip();
        base = base.replaceAll("/+$", "");
        return new PublicAddress(base, isLocal(base));
    }

    static boolean isLocal(String baseUrl) {
        String host;
        try {
            host = URI.create(baseUrl).getHost();
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost") || LOOPBACK_V4.matcher(host).matches()) {
            return true;
        }
        if (!host.startsWith("[")) {
            return false; // a name is never looked up here
        }
        try {
            // With a colon in it, this is always parsed as an IPv6 literal, never looked up.
            InetAddress address = InetAddress.getByName(host.substring(1, host.length() - 1));
            return address.isLoopbackAddress() || address.isAnyLocalAddress();
        } catch (UnknownHostException notALiteral) {
            return false;
        }
    }
}
