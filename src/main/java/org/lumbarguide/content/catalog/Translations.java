package org.lumbarguide.content.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

import org.lumbarguide.content.format.ContentHash;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.render.ContentText;
import org.lumbarguide.content.render.SectionRenderer;

/**
 * Whether each part of a translation is current: its title and summary and each section record the hash of the
 * default language's text they were translated from ({@code translated-from:}, {@link ContentHash#ofTitle},
 * {@link ContentHash#ofSection}); a part is out of date when the source text no longer has that hash, or when it
 * includes a shared block that is out of date (the Spanish page then shows an old block). The one rule: the
 * catalog applies it to the published rows (the source as editors have it now), the content checks to the files.
 *
 * <p>A part is urgent when it is, or includes, the emergency box, who to call ({@code routing}) or a level of
 * urgency ({@code tier-…}), or is an urgent section, in the source or in the translation. An urgent part that is
 * out of date shows readers the current source text instead, and fails the content check.
 */
public final class Translations {

    /** The emergency box, an urgent section and who to call: level 1. */
    public static final int EMERGENCY = 1;
    /** The last level of urgency ({@code tier-next-appointment}); every level up to it is urgent. */
    public static final int LAST_LEVEL = 4;
    /** A section that is no level of urgency. */
    public static final int NORMAL = 5;
    /** The title and summary. */
    public static final int TITLE = 6;

    private static final Map<String, Integer> TIER_LEVELS = Map.of(SectionRenderer.EMERGENCY_TIER, EMERGENCY,
            "helpline", 2, "care-team", 3, "next-appointment", 4);
    private static final String TIER_BLOCK_PREFIX = "tier-";

    private Translations() {
    }

    /** A section as written; {@code changedAt}: when its text last changed (null when not recorded). */
    public record Part(String anchor, String heading, SectionKind kind, String body, Instant changedAt) {
    }

    /**
     * A topic in one language, as written: its title and summary (changed at {@code titleChangedAt}), its
     * sections in order and, in a translation, its stamps (part → hash; {@link TopicItem#TITLE} for the title).
     */
    public record Text(String key, String slug, String title, String summary, Instant titleChangedAt,
                       List<Part> sections, Map<String, String> translatedFrom) {

        public Text {
            sections = List.copyOf(sections);
            translatedFrom = translatedFrom == null ? Map.of() : Map.copyOf(translatedFrom);
        }

        /** A topic file's text (no change dates: the files do not know them). */
        public static Text of(TopicItem topic) {
            List<Part> parts = new ArrayList<>();
            for (SectionItem s : topic.sections()) {
                parts.add(new Part(s.anchor(), s.heading(), s.kind(), s.body(), null));
            }
            return new Text(topic.key(), topic.slug(), topic.title(), topic.summary(), null, parts,
                    topic.translatedFrom());
        }

        Part part(String anchor) {
            return sections.stream().filter(s -> s.anchor().equals(anchor)).findFirst().orElse(null);
        }
    }

    /**
     * One part of a translation: its title and summary ({@code anchor} {@link TopicItem#TITLE}, {@code
     * titleAndSummary}) or a section. {@code recorded} is the hash it records (null: not stamped), {@code source}
     * the hash of the source text now (null: the source has no such part). {@code ownCurrent}: the two agree;
     * {@code staleBlocks}: the shared blocks it includes that are out of date. {@code urgency} as {@link
     * TopicViews.OutOfDateTranslation#urgency()}; {@code sourceChangedAt}: when the source text it depends on last
     * changed (null: not recorded).
     */
    public record Verdict(String topicKey, String anchor, boolean titleAndSummary, String recorded, String source,
                          boolean ownCurrent, List<String> staleBlocks, int urgency, Instant sourceChangedAt) {

        public Verdict {
            staleBlocks = List.copyOf(staleBlocks);
        }

        public boolean current() {
            return ownCurrent && staleBlocks.isEmpty();
        }

        /** The emergency box, who to call, a level of urgency, an urgent section, or a part that includes one. */
        public boolean urgent() {
            return urgency <= LAST_LEVEL;
        }

        /**
         * Whether readers see the current source text instead of this part: an urgent section out of date that the
         * source still has (a reader never gets older emergency advice than the source's).
         */
        public boolean showsSource() {
            return !current() && urgent() && !titleAndSummary && source != null;
        }

        /**
         * What a translated page says of this part: current or out of date, and where the source text is. The one
         * mapping the published pages ({@link TopicCatalog}) and the editor's preview use.
         */
        public TopicViews.Translation status(String language, String sourceLanguage, String sourceHref,
                                             boolean showsSource) {
            return new TopicViews.Translation(language, current() ? TopicViews.TranslationStatus.CURRENT
                    : TopicViews.TranslationStatus.OUT_OF_DATE, sourceLanguage, sourceHref, showsSource,
                    sourceChangedAt);
        }

        /** The line of {@code translated-from:} that records the source as it is now; null without a source. */
        public String stampLine() {
            return source == null ? null : anchor + ": " + source;
        }
    }

    /**
     * Where readers find a part's source text: its topic page and section ({@code anchor} null: the page), or for the
     * shared blocks (never a page of their own) the source language's home page, which shows the emergency box.
     */
    public static String sourceHref(String sourceLanguage, Text source, String anchor) {
        if (source == null || TopicCatalog.SHARED_TOPIC.equals(source.key())) {
            return "/";
        }
        String page = TopicViews.topicPath(sourceLanguage, source.slug());
        return anchor == null ? page : page + "#" + anchor;
    }

    /**
     * Every part of every translated topic that has a source topic (same key), in the translation's order: each
     * topic's title and summary, then its sections.
     */
    public static List<Verdict> compare(List<Text> source, List<Text> translated) {
        Map<String, Text> sources = new LinkedHashMap<>();
        source.forEach(t -> sources.put(t.key(), t));
        Text sharedSource = sources.get(TopicCatalog.SHARED_TOPIC);
        Text sharedTranslation = translated.stream().filter(t -> t.key().equals(TopicCatalog.SHARED_TOPIC))
                .findFirst().orElse(null);
        Blocks blocks = new Blocks(sharedSource, sharedTranslation);
        List<Verdict> verdicts = new ArrayList<>();
        for (Text translation : translated) {
            Text original = sources.get(translation.key());
            if (original == null) {
                continue;
            }
            String titleHash = ContentHash.ofTitle(original.title(), original.summary());
            String titleStamp = translation.translatedFrom().get(TopicItem.TITLE);
            verdicts.add(new Verdict(translation.key(), TopicItem.TITLE, true, titleStamp, titleHash,
                    titleHash.equals(titleStamp), List.of(), TITLE, original.titleChangedAt()));
            boolean shared = translation.key().equals(TopicCatalog.SHARED_TOPIC);
            for (Part part : translation.sections()) {
                Part from = original.part(part.anchor());
                String hash = from == null ? null : ContentHash.ofSection(from.heading(), from.kind(), from.body());
                String stamp = translation.translatedFrom().get(part.anchor());
                Set<String> included = blocks.reachable(includes(part, from));
                if (shared) {
                    included.remove(part.anchor());
                }
                List<String> stale = included.stream().filter(b -> !blocks.ownCurrent(b)).toList();
                int urgency = ownLevel(shared ? part.anchor() : null, part, from);
                for (String block : included) {
                    urgency = Math.min(urgency, blocks.level(block));
                }
                Instant changedAt = from == null ? null : from.changedAt();
                for (String block : stale) {
                    changedAt = latest(changedAt, blocks.sourceChangedAt(block));
                }
                verdicts.add(new Verdict(translation.key(), part.anchor(), false, stamp, hash,
                        hash != null && hash.equals(stamp), stale, urgency, changedAt));
            }
        }
        return verdicts;
    }

    /** The blocks a section includes directly, in its translation and in its source. */
    private static Set<String> includes(Part part, Part from) {
        Set<String> names = new LinkedHashSet<>();
        for (Part p : new Part[] {part, from}) {
            if (p == null || p.body() == null) {
                continue;
            }
            Matcher include = ContentText.INCLUDE.matcher(p.body());
            while (include.find()) {
                names.add(include.group(1));
            }
        }
        return names;
    }

    /**
     * A part's own level of urgency, before what it includes: an urgent section or the emergency box or who to
     * call (1), the level of a tier block or of a section that opens with one (2 to 4), else {@link #NORMAL}.
     */
    private static int ownLevel(String blockName, Part part, Part from) {
        int level = NORMAL;
        for (Part p : new Part[] {part, from}) {
            if (p == null) {
                continue;
            }
            String tier = SectionRenderer.tier(p.kind(), p.body());
            if (tier != null) {
                level = Math.min(level, TIER_LEVELS.getOrDefault(tier, LAST_LEVEL));
            }
        }
        if (blockName != null) {
            if (blockName.equals(TopicCatalog.EMERGENCY_BLOCK) || blockName.equals(TopicCatalog.ROUTING_BLOCK)) {
                level = EMERGENCY;
            } else if (blockName.startsWith(TIER_BLOCK_PREFIX)) {
                level = Math.min(level, TIER_LEVELS.getOrDefault(blockName.substring(TIER_BLOCK_PREFIX.length()),
                        LAST_LEVEL));
            }
        }
        return level;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** The shared blocks of both languages: which include which, each one's own status, level and change date. */
    private static final class Blocks {

        private final Map<String, Set<String>> includes = new LinkedHashMap<>();
        private final Map<String, Boolean> ownCurrent = new LinkedHashMap<>();
        private final Map<String, Integer> ownLevel = new LinkedHashMap<>();
        private final Map<String, Instant> changedAt = new LinkedHashMap<>();

        Blocks(Text source, Text translation) {
            if (translation == null) {
                return;
            }
            for (Part part : translation.sections()) {
                Part from = source == null ? null : source.part(part.anchor());
                includes.put(part.anchor(), includes(part, from));
                String hash = from == null ? null : ContentHash.ofSection(from.heading(), from.kind(), from.body());
                ownCurrent.put(part.anchor(), hash != null && hash.equals(translation.translatedFrom().get(part.anchor())));
                ownLevel.put(part.anchor(), ownLevel(part.anchor(), part, from));
                changedAt.put(part.anchor(), from == null ? null : from.changedAt());
            }
        }

        /** The translation's blocks reachable from these names, each once (a block that includes itself is safe). */
        Set<String> reachable(Set<String> names) {
            Set<String> seen = new LinkedHashSet<>();
            List<String> todo = new ArrayList<>(names);
            while (!todo.isEmpty()) {
                String name = todo.remove(0);
                if (includes.containsKey(name) && seen.add(name)) {
                    todo.addAll(includes.get(name));
                }
            }
            return seen;
        }

        boolean ownCurrent(String block) {
            return Objects.requireNonNullElse(ownCurrent.get(block), true);
        }

        int level(String block) {
            return ownLevel.getOrDefault(block, NORMAL);
        }

        Instant sourceChangedAt(String block) {
            return changedAt.get(block);
        }
    }
}
