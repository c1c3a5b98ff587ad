package org.lumbarguide.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** A short, stable hash of view-model values (records print all their fields), used as an ETag. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(Object... parts) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(Arrays.deepToString(parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
