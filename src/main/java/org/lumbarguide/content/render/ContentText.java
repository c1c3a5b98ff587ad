package org.lumbarguide.content.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the two kinds of placeholder content may use, before the Markdown is rendered, so pages and
 * handouts show the same words: {@code {{include name}}} brings in a shared block (the emergency box
 * and the tiers of urgency are written once, in {@code 00-shared.md}), and {@code {{name}}} brings in
 * a word for the deployment's region ({@code regions.yaml}: the emergency number, service names).
 * Last, the region's spellings ({@code spellings.yaml}, {@link Spellings}) apply to the whole filled
 * text, the region words in it included. An unknown name is left as it is, so a typo shows on the page and the content checks catch it,
 * instead of text silently disappearing.
 *
 * <p>Each block is expanded once, when this is built, and text is scanned once: the expanded text is
 * never scanned for includes again. (Repeating the scan made a block that includes itself N times grow
 * about N⁴-fold and ended the JVM.) A block may include other blocks (the emergency box includes who
 * to call), up to {@link #MAX_DEPTH} deep; a block that includes itself, directly or through others,
 * is refused, and so is any text that grows past {@link #MAX_PAGE_CHARS}. The bound is checked while
 * the text is built, so no amount of stored content can allocate more than about one page's limit.
 */
public final class ContentText {

    /** {@code {{include name}}}: the import finds includes with it too, to name the line of a refused one. */
    public static final Pattern INCLUDE = Pattern.compile("\\{\\{include ([a-z0-9]+(?:-[a-z0-9]+)*)}}");
    static final Pattern WORD = Pattern.compile("\\{\\{([a-z0-9]+(?:-[a-z0-9]+)*)}}");
    /** Blocks inside blocks: today the deepest is two (a page → emergency → routing), so one spare level. */
    public static final int MAX_DEPTH = 3;
    /**
     * The most a page (title, summary and every section, includes expanded) may hold. Today's largest,
     * Treatment, is about 16,000 characters; ten times that is room to grow without room to explode.
     * docs/writing-content.md states it for writers.
     */
    public static final int MAX_PAGE_CHARS = 160_000;

    /**
     * How far one chain of blocks is followed before the blocks at its top are refused as too deep
     * without reaching its bottom: a long chain in stored content cannot overflow the stack.
     */
    private static final int EXPLORE_DEPTH = 32;

    private final Map<String, String> expanded = new HashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();
    private final Map<String, IncludeException> refused = new LinkedHashMap<>();
    private final Map<String, String> words;
    private final Spellings spellings;

    public ContentText(Map<String, String> blocks, Map<String, String> words) {
        this(blocks, words, Map.of());
    }

    /** {@code spellings}: the region's spelling of words, as {@link Spellings} takes them (empty: as written). */
    public ContentText(Map<String, String> blocks, Map<String, String> words, Map<String, String> spellings) {
        this.words = Map.copyOf(words);
        this.spellings = new Spellings(spellings);
        Map<String, String> raw = Map.copyOf(blocks);
        for (String name : new java.util.TreeSet<>(raw.keySet())) {
            resolve(name, raw, new ArrayList<>());
        }
    }

    /** Fills one text on its own, bounded by the page limit. */
    public String fill(String text) {
        return page().fill(text);
    }

    /** A page's texts share one budget: each fill counts towards {@link #MAX_PAGE_CHARS}. */
    public Page page() {
        return new Page();
    }

    /** The shared blocks that cannot be included, each with why (in name order). */
    public Map<String, IncludeException> problems() {
        return Map.copyOf(refused);
    }

    /** The running size of one page's filled texts. */
    public final class Page {

        private int size;

        private Page() {
        }

        public String fill(String text) {
            if (text == null) {
                return null;
            }
            String filled = spellings.apply(
                    text.contains("{{") ? replaceWords(includeBlocks(text, MAX_PAGE_CHARS - size)) : text);
            if (size + filled.length() > MAX_PAGE_CHARS) {
                throw IncludeException.tooLarge(null, MAX_PAGE_CHARS);
            }
            size += filled.length();
            return filled;
        }

        public int size() {
            return size;
        }
    }

    /**
     * Expands one block (the blocks it includes first), remembering the result or why it is refused.
     * {@code chain} is the blocks being expanded around it, to see a loop; a block's depth is its own
     * nesting (1 for a block that includes none), so it does not depend on which page reaches it first.
     */
    private void resolve(String name, Map<String, String> raw, List<String> chain) {
        if (expanded.containsKey(name) || refused.containsKey(name)) {
            return;
        }
        if (chain.contains(name)) {
            // Every block on the loop is refused: each of them includes itself through the others.
            List<String> loop = List.copyOf(chain.subList(chain.indexOf(name), chain.size()));
            IncludeException cycle = IncludeException.cycle(name, loop);
            loop.forEach(block -> refused.putIfAbsent(block, cycle));
            return;
        }
        if (chain.size() >= EXPLORE_DEPTH) {
            throw new Deeper(chain.size());
        }
        chain.add(name);
        int at = chain.size() - 1;
        String body = raw.get(name).strip();
        int depth = 1;
        Matcher m = INCLUDE.matcher(body);
        try {
            while (m.find()) {
                if (raw.containsKey(m.group(1))) {
                    resolve(m.group(1), raw, chain);
                    depth = Math.max(depth, 1 + depths.getOrDefault(m.group(1), 0));
                }
            }
        } catch (Deeper deeper) {
            chain.remove(at);
            int atLeast = deeper.bottom - at + 1;
            if (atLeast <= MAX_DEPTH) {
                throw deeper; // not known to be too deep: left for a later, shallower visit
            }
            refused.put(name, IncludeException.tooDeep(name, atLeast));
            return;
        }
        chain.remove(at);
        if (refused.containsKey(name)) {
            return;
        }
        if (depth > MAX_DEPTH) {
            refused.put(name, IncludeException.tooDeep(name, depth));
            return;
        }
        try {
            expanded.put(name, includeBlocks(body, MAX_PAGE_CHARS));
            depths.put(name, depth);
        } catch (IncludeException e) {
            // Named after this block when it is the one that grows too large, else after the block at fault.
            refused.put(name, e.kind() == IncludeException.Kind.TOO_LARGE && !refused.containsKey(e.include())
                    ? IncludeException.tooLarge(name, MAX_PAGE_CHARS) : e);
        }
    }

    /** Unwinds a chain followed {@link #EXPLORE_DEPTH} blocks deep; {@code bottom} is where it stopped. */
    private static final class Deeper extends RuntimeException {

        private final int bottom;

        private Deeper(int bottom) {
            super(null, null, false, false);
            this.bottom = bottom;
        }
    }

    /** One pass over the text: each known include becomes its block's expanded text, never scanned again. */
    private String includeBlocks(String text, int budget) {
        Matcher m = INCLUDE.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            String name = m.group(1);
            String block = expanded.get(name);
            IncludeException problem = refused.get(name);
            if (problem != null) {
                throw problem;
            }
            out.append(text, from, m.start());
            if (block == null) {
                out.append(m.group());
            } else {
                if (out.length() + block.length() > budget) {
                    throw IncludeException.tooLarge(name, MAX_PAGE_CHARS);
                }
                out.append(block);
            }
            from = m.end();
        }
        if (out.length() + text.length() - from > budget) {
            throw IncludeException.tooLarge(null, MAX_PAGE_CHARS);
        }
        return out.append(text, from, text.length()).toString();
    }

    private String replaceWords(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = words.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value.strip()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
