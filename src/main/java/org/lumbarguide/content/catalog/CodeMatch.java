package org.lumbarguide.content.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A code a health record asks about, normalised, and the rule by which it matches a topic's code.
 *
 * <p>Normalised: trimmed and upper-case; an ICD-10-CM code compared without its dot (records send {@code C7951}
 * as well as {@code C79.51}). ICD-10-CM is a hierarchy written into the code, one character per level below its
 * three-character category, so codes match by prefix both ways: a shorter code matches every topic code below it
 * ({@code C79.5} → {@code C79.51}, {@code C79.52}), a longer one matches a topic code above it ({@code C90.01} → a
 * topic listing {@code C90.0}). A category is the shortest code there is, so a prefix always falls on a level.
 * SNOMED CT ids carry no hierarchy in their digits (that needs the release's relationship data, which the guide
 * does not ship): they match exactly. Anything that is not a well-formed code matches nothing.
 */
record CodeMatch(CodeSystem system, String code) {

    /** The longest input looked at: longer is junk, rejected before any pattern runs over it. */
    private static final int MAX_LENGTH = 20;
    /** An ICD-10-CM code without its dot: category (3 characters), then up to 4 more levels. */
    private static final Pattern ICD_10_CM = Pattern.compile("[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}");
    private static final Pattern SNOMED_CT = Pattern.compile("[1-9][0-9]{5,17}");

    /** The normalised code, or null when it is not a well-formed code of that system (or either is missing). */
    static CodeMatch of(CodeSystem system, String raw) {
        if (system == null || raw == null || raw.length() > MAX_LENGTH) {
            return null;
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (system == CodeSystem.ICD_10_CM) {
            int dot = code.indexOf('.');
            if (dot >= 0) {
                // One dot, right after the category, as the tabular list writes it ("C79.51"); none is fine too.
                if (dot != 3 || code.indexOf('.', dot + 1) >= 0 || code.length() == 4) {
                    return null;
                }
                code = code.substring(0, 3) + code.substring(4);
            }
            return ICD_10_CM.matcher(code).matches() ? new CodeMatch(system, code) : null;
        }
        return SNOMED_CT.matcher(code).matches() ? new CodeMatch(system, code) : null;
    }

    /** Whether a topic's code answers this one. */
    boolean matches(TopicCode topicCode) {
        if (topicCode.system() != system) {
            return false;
        }
        CodeMatch other = of(topicCode.system(), topicCode.code());
        if (other == null) {
            return false;
        }
        if (system == CodeSystem.SNOMED_CT) {
            return other.code.equals(code);
        }
        return other.code.startsWith(code) || code.startsWith(other.code);
    }
}
