package org.lumbarguide.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;

/**
 * The tests' own reading of "this text uses that glossary word", written apart from GlossaryLinker so
 * the linker is checked against an independent rule: whole words, a form in capitals only in capitals,
 * and a shorter term inside a longer one ("sarcoma" in "Ewing sarcoma") not counted.
 */
final class GlossaryUse {

    private GlossaryUse() {
    }

    /** Whether the text uses any form of the entry, not counting uses inside a longer term. */
    static boolean uses(String text, GlossaryEntry entry, List<GlossaryEntry> entries) {
        return entry.forms().stream().anyMatch(form -> usesForm(withoutLongerTerms(text, form, entries), form));
    }

    private static String withoutLongerTerms(String text, String form, List<GlossaryEntry> entries) {
        String result = text;
        String lower = form.toLowerCase(Locale.ROOT);
        for (GlossaryEntry other : entries) {
            for (String longer : other.forms()) {
                if (longer.length() > form.length() && longer.toLowerCase(Locale.ROOT).contains(lower)) {
                    result = result.replaceAll("(?i)" + Pattern.quote(longer), " ");
                }
            }
        }
        return result;
    }

    private static boolean usesForm(String text, String form) {
        boolean capitals = form.equals(form.toUpperCase(Locale.ROOT));
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}]|-\\p{L})",
                capitals ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return pattern.matcher(text).find();
    }
}
