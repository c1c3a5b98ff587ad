package org.lumbarguide.content.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The guide's one SHA-256 helper: the import's hashes of stored text (which tell an editor's change from a
 * release's) and the short, stable hash of view-model values used as an ETag.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** A short, stable hash of view-model values (records print all their fields), used as an ETag. */
    public static String of(Object... parts) {
        return ofParts(Arrays.deepToString(parts)).substring(0, 32);
    }

    /**
     * SHA-256 of the parts in order, each followed by a zero byte (so "ab" + "c" differs from "a" + "bc"),
     * as 64 hex digits; a null part counts as empty. Stored with imported rows: never change the formula.
     */
    public static String ofParts(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(Objects.toString(part, "").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
