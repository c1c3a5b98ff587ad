package org.lumbarguide.content.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lumbarguide.config.Region;
import org.lumbarguide.content.format.SectionKind;

/**
 * What a content release ships, as read from the content files: the reviewed baseline the import
 * brings into the database. Every item knows the file and line it came from, so a check that fails
 * can say where to fix it.
 */
public final class SeedContent {

    private SeedContent() {
    }

    /** Where an item was written: a file relative to the content folder, and a 1-based line. */
    public record Origin(String file, int line) {

        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** Everything in one release, and the checksum that tells Flyway when any file changed. */
    public record Release(List<SourceItem> sources, List<TopicItem> topics, List<TermItem> glossary,
                          List<RegionItem> regions, List<SpellingItem> spellings, int checksum) {

        public List<String> languages() {
            return topics.stream().map(TopicItem::language).distinct().sorted().toList();
        }

        public List<TopicItem> topics(String language) {
            return topics.stream().filter(t -> t.language().equals(language)).toList();
        }

        public List<TermItem> glossary(String language) {
            return glossary.stream().filter(t -> t.language().equals(language)).toList();
        }

        /** The region words of one language and region; empty when the language has no regions.yaml. */
        public Map<String, String> regionWords(String language, Region region) {
            return regions.stream().filter(r -> r.language().equals(language) && r.region() == region)
                    .map(RegionItem::words).findFirst().orElse(Map.of());
        }

        /** The spellings of one language in a region (as written → the region's); empty: the text as written. */
        public Map<String, String> spellings(String language, Region region) {
            return spellings.stream().filter(r -> r.language().equals(language) && r.region() == region)
                    .map(SpellingItem::words).findFirst().orElse(Map.of());
        }
    }

    /**
     * A publication topics cite. {@code regions} are the only regions whose pages list it (a crisis line,
     * a national service); empty for every region.
     */
    public record SourceItem(String key, String publisher, String title, int year, YearKind yearKind, String url,
                             List<Region> regions, Origin origin) {

        public SourceItem {
            regions = List.copyOf(regions);
        }

        /** Whether a page in that region lists it. */
        public boolean shownIn(Region region) {
            return region.isIn(regions);
        }
    }

    /** PUBLISHED: the year of publication. ACCESSED: a page updated in place, consulted that year. */
    public enum YearKind {
        PUBLISHED, ACCESSED;

        static YearKind parse(String value) {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * A topic in one language. {@code written} is when the text was written (or last revised) from its
     * sources; {@code reviewed} and {@code reviewerRole} are set only once a clinician has reviewed it.
     * {@code translatedFrom}, in a translation only: for its title and summary ({@link #TITLE}) and for each
     * section anchor, the hash of the default language's text it was translated from ({@link
     * ContentHash#ofTitle}, {@link ContentHash#ofSection}); a part not listed has not been stamped yet.
     */
    public record TopicItem(String language, String key, String slug, String title, String summary, int position,
                            List<String> sourceKeys, LocalDate written, LocalDate reviewed, String reviewerRole,
                            List<SectionItem> sections, Origin origin, Map<String, String> translatedFrom,
                            List<CodeItem> codes) {

        /** The key of the title and summary in {@code translated-from:}; every other key is a section's anchor. */
        public static final String TITLE = "title";

        public TopicItem {
            translatedFrom = translatedFrom == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(translatedFrom));
            codes = codes == null ? List.of() : List.copyOf(codes);
        }

        /**
         * A topic with no {@code codes:} (a translation, whose codes are its topic's, listed in the default
         * language's file; or a topic that answers no code).
         */
        public TopicItem(String language, String key, String slug, String title, String summary, int position,
                         List<String> sourceKeys, LocalDate written, LocalDate reviewed, String reviewerRole,
                         List<SectionItem> sections, Origin origin, Map<String, String> translatedFrom) {
            this(language, key, slug, title, summary, position, sourceKeys, written, reviewed, reviewerRole, sections,
                    origin, translatedFrom, List.of());
        }

        /** The same topic with other sections (its codes and stamps kept). */
        public TopicItem withSections(List<SectionItem> newSections) {
            return new TopicItem(language, key, slug, title, summary, position, sourceKeys, written, reviewed,
                    reviewerRole, newSections, origin, translatedFrom, codes);
        }

        /** A topic with no {@code translated-from:} (the default language's, or a translation not stamped yet). */
        public TopicItem(String language, String key, String slug, String title, String summary, int position,
                         List<String> sourceKeys, LocalDate written, LocalDate reviewed, String reviewerRole,
                         List<SectionItem> sections, Origin origin) {
            this(language, key, slug, title, summary, position, sourceKeys, written, reviewed, reviewerRole, sections,
                    origin, Map.of());
        }

        public String file() {
            return origin.file();
        }
    }

    /**
     * The clinical code systems a topic file may list codes from, by the name the file gives them
     * ({@code icd-10-cm:}, {@code snomed-ct:}). The catalog's {@code CodeSystem} has the same constants.
     */
    public enum CodeKind {
        ICD_10_CM("icd-10-cm"), SNOMED_CT("snomed-ct");

        private final String field;

        CodeKind(String field) {
            this.field = field;
        }

        /** The name a topic file writes before the code. */
        public String field() {
            return field;
        }

        static CodeKind ofField(String field) {
            for (CodeKind kind : values()) {
                if (kind.field.equals(field)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /**
     * A clinical code a topic answers (a health record asks for this code; the topic helps that patient):
     * {@code code} as the code system writes it (ICD-10-CM upper-case with its dot, SNOMED CT a concept id),
     * {@code title} the code system's own title for it.
     */
    public record CodeItem(CodeKind system, String code, String title) {
    }

    /** A section: its heading line is at {@code origin}; its Markdown body starts on {@code bodyLine}. */
    public record SectionItem(String anchor, String heading, SectionKind kind, String body, Origin origin,
                              int bodyLine) {

        /** The section as it is written in a topic file: the form proposals show to editors. */
        public String asMarkdown() {
            String kindMark = kind == SectionKind.NORMAL ? "" : " ." + kind.name().toLowerCase(Locale.ROOT);
            return "## " + heading + " {#" + anchor + kindMark + "}\n\n" + body + "\n";
        }
    }

    /**
     * The words that fill {@code {{name}}} placeholders for one region, in one language. They are read
     * from the files at start-up like messages.properties, not imported: they describe the deployment,
     * not the guide, and editors change the guide's text, not a country's emergency number.
     */
    public record RegionItem(String language, Region region, Map<String, String> words, Origin origin) {
    }

    /**
     * How one region spells words of one language that the content writes another way: each word as
     * written, lowercase, to the region's spelling. Read like the region words, not imported.
     */
    public record SpellingItem(String language, Region region, Map<String, String> words, Origin origin) {
    }

    public record TermItem(String language, String key, String term, List<String> otherForms, String definition,
                           Origin origin) {
    }
}
