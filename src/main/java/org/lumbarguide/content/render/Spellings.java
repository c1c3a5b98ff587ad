package org.lumbarguide.content.render;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A region's spellings ({@code <language>/spellings.yaml}): the content is written one way (British
 * English) and a deployment in another region shows each listed word its way ("tumour" becomes "tumor").
 * Whole words only; the case follows the word as written (Tumour, TUMOUR). Nothing that is an address
 * or a name changes: link targets {@code ](…)}, autolinks, bare URLs and e-mail addresses, anchors
 * {@code {#…}}, placeholders {@code {{…}}} and code are copied as they are, so slugs and anchors stay.
 */
public final class Spellings {

    public static final Spellings NONE = new Spellings(Map.of());

    /** What is copied as it is (groups none), or a word to look up (group 1). */
    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "\\]\\([^)]*\\)",                           // a link's target: ](/glossary#tumour)
            "<[^<>\\s]+>",                              // an autolink: <https://…>
            "\\{#[^}]*}",                               // a heading's anchor and kind: {#tumour-types .tip}
            "\\{\\{[^}]*}}",                            // a placeholder left as it is
            "`[^`]*`",                                  // code
            "(?:https?://|mailto:|www\\.)[^\\s)>\\]]+", // a bare address
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",         // an e-mail address
            "(\\p{L}+)"));

    private final Map<String, String> words;

    /** {@code words}: each word as written, in lowercase, to the region's spelling, in lowercase. */
    public Spellings(Map<String, String> words) {
        this.words = Map.copyOf(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The text with the region's spellings; null stays null. */
    public String apply(String text) {
        if (text == null || words.isEmpty()) {
            return text;
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = null;
        int from = 0;
        while (m.find()) {
            String word = m.group(1);
            if (word == null) {
                continue;
            }
            String spelled = spell(word);
            if (spelled != null) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, from, m.start()).append(spelled);
                from = m.end();
            }
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    /** The word spelled for the region, its case kept; null when the list does not change it. */
    private String spell(String word) {
        String spelled = words.get(word.toLowerCase(Locale.ROOT));
        if (spelled == null) {
            return null;
        }
        if (word.equals(word.toLowerCase(Locale.ROOT))) {
            return spelled;
        }
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return spelled.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(word.codePointAt(0))
                && word.substring(Character.charCount(word.codePointAt(0))).equals(
                        word.substring(Character.charCount(word.codePointAt(0))).toLowerCase(Locale.ROOT))) {
            return spelled.substring(0, 1).toUpperCase(Locale.ROOT) + spelled.substring(1);
        }
        return null; // mixed case, like a name written oddly: left as it is
    }
}
