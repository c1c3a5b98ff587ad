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

    /** How many hex digits of a SHA-256 a translation records of the text it was translated from. */
    public static final int TRANSLATION_HASH_DIGITS = 12;

    /**
     * What a translated section records of the section of the default language it was translated from
     * ({@code translated-from:} in a topic file, {@code section.translated_from} in the database): the first 12 hex
     * digits of the SHA-256 of its heading, kind and body as written (placeholders and includes unfilled), the
     * same parts the import hashes a section by. The one definition: the import, the catalog and the content
     * checks all ask here.
     */
    public static String ofSection(String heading, SectionKind kind, String body) {
        return ofParts(heading, kind == null ? null : kind.name(), body).substring(0, TRANSLATION_HASH_DIGITS);
    }

    /** As {@link #ofSection}, for a topic's title and summary (the key {@code title} in {@code translated-from:}). */
    public static String ofTitle(String title, String summary) {
        return ofParts(title, summary).substring(0, TRANSLATION_HASH_DIGITS);
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
