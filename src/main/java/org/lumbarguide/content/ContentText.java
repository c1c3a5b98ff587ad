package org.lumbarguide.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the two kinds of placeholder content may use, before the Markdown is rendered, so pages and
 * handouts show the same words: {@code {{include name}}} brings in a shared block (the emergency box
 * and the tiers of urgency are written once, in {@code 00-shared.md}), and {@code {{name}}} brings in
 * a word for the deployment's region ({@code regions.yaml}: the emergency number, service names).
 * An unknown name is left as it is, so a typo shows on the page and the content checks catch it,
 * instead of text silently disappearing.
 */
public final class ContentText {

    static final Pattern INCLUDE = Pattern.compile("\\{\\{include ([a-z0-9]+(?:-[a-z0-9]+)*)}}");
    static final Pattern WORD = Pattern.compile("\\{\\{([a-z0-9]+(?:-[a-z0-9]+)*)}}");
    /** Blocks may include blocks; this bound stops a block that includes itself. */
    private static final int MAX_DEPTH = 4;

    private final Map<String, String> blocks;
    private final Map<String, String> words;

    public ContentText(Map<String, String> blocks, Map<String, String> words) {
        this.blocks = Map.copyOf(blocks);
        this.words = Map.copyOf(words);
    }

    public String fill(String text) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        String result = text;
        for (int depth = 0; depth < MAX_DEPTH && INCLUDE.matcher(result).find(); depth++) {
            result = replace(INCLUDE, result, blocks);
        }
        return replace(WORD, result, words);
    }

    private static String replace(Pattern pattern, String text, Map<String, String> values) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value.strip()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
