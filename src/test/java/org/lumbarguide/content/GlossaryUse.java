package org.lumbarguide.content;

import java.util.List;
import java.util.Locale;

import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;

/**
 * The tests' own reading of "this text uses that glossary word", written apart from GlossaryLinker (which
 * builds one regular expression of every form) so the linker is checked against an independent rule, found
 * with plain string search:
 * <ul>
 * <li>a form is searched with {@link String#indexOf} in the lower-cased text, or, for a form written in
 * capitals ("MRI", "CT"), in the text as written, so capitals must match;</li>
 * <li>it is a whole word: the character before it is not a letter, a digit or a hyphen ("non-biopsy"), and
 * the one after it is not a letter or a digit, nor a hyphen joining another word ("biopsy-free"), all checked
 * with {@link Character#isLetterOrDigit};</li>
 * <li>a shorter form inside a longer one that is used there as a whole word ("sarcoma" in "Ewing sarcoma")
 * is that longer word's use, not its own.</li>
 * </ul>
 */
final class GlossaryUse {

    private GlossaryUse() {
    }

    /** Whether the text uses any form of the entry, not counting uses inside a longer glossary word. */
    static boolean uses(String text, GlossaryEntry entry, List<GlossaryEntry> entries) {
        String lower = lowerCase(text);
        for (String form : entry.forms()) {
            String in = capitals(form) ? text : lower;
            String wanted = capitals(form) ? form : lowerCase(form);
            for (int at = in.indexOf(wanted); at >= 0; at = in.indexOf(wanted, at + 1)) {
                if (wholeWord(in, at, wanted.length()) && !insideLongerWord(text, lower, at, wanted.length(), entries)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code text[at, at + length)} is used as a whole word of some longer form of any entry. */
    private static boolean insideLongerWord(String text, String lower, int at, int length, List<GlossaryEntry> entries) {
        for (GlossaryEntry other : entries) {
            for (String longer : other.forms()) {
                if (longer.length() <= length) {
                    continue;
                }
                String in = capitals(longer) ? text : lower;
                String wanted = capitals(longer) ? longer : lowerCase(longer);
                // Every start from which the longer form could cover [at, at + length).
                int from = Math.max(0, at + length - wanted.length());
                for (int start = in.indexOf(wanted, from); start >= 0 && start <= at; start = in.indexOf(wanted, start + 1)) {
                    if (wholeWord(in, start, wanted.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean wholeWord(String text, int at, int length) {
        if (at > 0) {
            char before = text.charAt(at - 1);
            if (Character.isLetterOrDigit(before) || before == '-') {
                return false;
            }
        }
        int end = at + length;
        if (end < text.length()) {
            char after = text.charAt(end);
            if (Character.isLetterOrDigit(after)) {
                return false;
            }
            if (after == '-' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Lower case letter by letter, so a position in it is the same position in the text as written. */
    private static String lowerCase(String text) {
        char[] letters = text.toCharArray();
        for (int i = 0; i < letters.length; i++) {
            letters[i] = Character.toLowerCase(letters[i]);
        }
        return new String(letters);
    }

    private static boolean capitals(String form) {
        return form.chars().anyMatch(Character::isLetter) && form.equals(form.toUpperCase(Locale.ROOT));
    }
}
