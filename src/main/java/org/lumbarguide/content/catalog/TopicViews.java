package org.lumbarguide.content.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lumbarguide.config.Languages;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.render.ContentText;
import org.lumbarguide.content.render.IncludeException;
import org.lumbarguide.content.render.Readability;
import org.lumbarguide.content.render.SafeLinks;

/**
 * The immutable read model the public pages render: built once from the database, cached, and
 * replaced when content changes. Templates never see entities.
 */
public final class TopicViews {

    private TopicViews() {
    }

    /** {@code href} is the URL when it may be a link (http, https, mailto), else null: the title is then plain text. */
    public record SourceView(String publisher, String title, int year, boolean yearAccessed, String url) {

        public String href() {
            return SafeLinks.isExternalLink(url) ? url.strip() : null;
        }
    }

    /**
     * {@code html} is the sanitised body with glossary links; {@code termsHtml} defines the words it
     * links; {@code plainHtml} is the body without links, for print handouts. {@code tier} names the
     * level of urgency the section shows ({@code emergency}, {@code helpline}, {@code care-team},
     * {@code next-appointment}), or is null: pages give each level its own label, icon and border.
     * {@code translation} is null in the default language; in a translation it says whether the section is
     * current against the default language's published text ({@link Translation}).
     */
    public record SectionView(String anchor, String heading, String html, String termsHtml, String plainHtml,
                              SectionKind kind, String tier, Translation translation) {

        /** A section of the default language (no translation status). */
        public SectionView(String anchor, String heading, String html, String termsHtml, String plainHtml,
                           SectionKind kind, String tier) {
            this(anchor, heading, html, termsHtml, plainHtml, kind, tier, null);
        }

        /** Whether this is a translation whose source text changed since it was translated. */
        public boolean outOfDate() {
            return translation != null && translation.outOfDate();
        }

        /**
         * The language of the heading and text shown when it is not the page's: the default language's code when
         * an out-of-date urgent section shows the current source text instead ({@code lang} on its heading); else
         * null. The bodies ({@code html}, {@code plainHtml}) then carry their own {@code lang}.
         */
        public String lang() {
            return translation != null && translation.showsSource() ? translation.sourceLanguage() : null;
        }

        public boolean urgent() {
            return kind == SectionKind.URGENT;
        }

        public boolean tip() {
            return kind == SectionKind.TIP;
        }

        /**
         * The box a section sits in on a topic page and in the editor's preview: the emergency box, its level
         * of urgency's box ({@code tier-…}), a tip, or none. Pages name its label from the same values.
         */
        public String calloutClass() {
            if (urgent()) {
                return "callout callout-urgent";
            }
            if (tier != null) {
                return "callout callout-tier tier-" + tier;
            }
            return tip() ? "callout callout-tip" : "section-body";
        }
    }

    /** Where a translated part stands against the default language's published text it was translated from. */
    public enum TranslationStatus { CURRENT, OUT_OF_DATE }

    /**
     * A translated part's status. {@code language}: the translation's; {@code sourceLanguage}: the language it was
     * translated from (the default, English); {@code sourceHref}: where readers find the current source text (its
     * topic page and section); {@code showsSource}: the part shows the current source text instead of the
     * translation (an urgent part out of date: a reader never gets older emergency advice than the source's);
     * {@code sourceChangedAt}: when the source text last changed, null when not recorded.
     */
    public record Translation(String language, TranslationStatus status, String sourceLanguage, String sourceHref,
                              boolean showsSource, Instant sourceChangedAt) {

        public boolean outOfDate() {
            return status == TranslationStatus.OUT_OF_DATE;
        }
    }

    /**
     * A translated part whose source text changed since it was translated, for the editors' dashboard:
     * {@code anchor} is the section's ({@code title} for the title and summary), {@code heading} what it is
     * called in the translation; {@code urgency} orders them, most urgent first (1: the emergency box, an urgent
     * section and who to call; 2 to 4: the levels of urgency, and a section that includes one; 5: any other
     * section; 6: the title and summary); {@code showsSource}: readers see the source text meanwhile;
     * {@code translatedFrom} the hash it records (null: never stamped) and {@code sourceHash} the one to record
     * once a translator has checked it (null: the source no longer has the part).
     */
    public record OutOfDateTranslation(String language, String topicKey, String topicTitle, String anchor,
                                       String heading, boolean titleAndSummary, int urgency, boolean urgent,
                                       boolean showsSource, String sourceHref, Instant sourceChangedAt,
                                       String translatedFrom, String sourceHash) {

        /** The {@code translated-from:} line to set once a translator has checked the translation; null without a source. */
        public String stampLine() {
            return sourceHash == null ? null : anchor + ": " + sourceHash;
        }

        /** The day (UTC) the source text last changed, for lists; null when not recorded. */
        public LocalDate sourceChangedOn() {
            return sourceChangedAt == null ? null : LocalDate.ofInstant(sourceChangedAt, java.time.ZoneOffset.UTC);
        }
    }

    /** {@code tagline} is one short line for lists: the summary's first sentence, without its lead-in. */
    public record TopicLink(String key, String slug, String title, String summary, String tagline) {
    }

    /**
     * What readers are told about a topic's review, truthfully: when it was written from its sources,
     * and, only if a clinician has reviewed it, when, in what role, and when the next review is due.
     */
    public record ReviewStatus(LocalDate written, LocalDate reviewed, String reviewerRole, LocalDate nextReviewDue) {

        public boolean isReviewed() {
            return reviewed != null;
        }
    }

    /**
     * {@code readingGrade} is the page's reading score in its language's measure: the Flesch-Kincaid grade in
     * English (lower is easier), the Fernández Huerta reading ease in Spanish (higher is easier); {@link
     * #readingEase()} says it in words either way. {@code translation}: in a translation, the status of the title
     * and summary (null in the default language).
     */
    public record TopicPage(String key, String language, String slug, String title, String summary,
                            ReviewStatus review, List<SectionView> sections, List<SourceView> sources,
                            TopicLink previous, TopicLink next, double readingGrade, String etag,
                            Translation translation) {

        /** A page of the default language. */
        public TopicPage(String key, String language, String slug, String title, String summary,
                         ReviewStatus review, List<SectionView> sections, List<SourceView> sources,
                         TopicLink previous, TopicLink next, double readingGrade, String etag) {
            this(key, language, slug, title, summary, review, sections, sources, previous, next, readingGrade, etag,
                    null);
        }

        /** The Flesch-Kincaid grade rounded to a whole school grade, as readers expect to see it (English). */
        public long roundedReadingGrade() {
            return TopicViews.roundedReadingGrade(readingGrade);
        }

        /** How easy the page is to read, in words for readers: see {@link TopicViews#readingEase(String, double)}. */
        public String readingEase() {
            return TopicViews.readingEase(language, readingGrade);
        }

        /** Whether any part of this translated page is out of date against its source. */
        public boolean outOfDate() {
            return translation != null && translation.outOfDate()
                    || sections.stream().anyMatch(SectionView::outOfDate);
        }
    }

    /** A Flesch-Kincaid grade rounded to a whole school grade, at least 1. */
    public static long roundedReadingGrade(double readingGrade) {
        return Math.max(1, Math.round(readingGrade));
    }

    /**
     * How easy a page is to read, in words for readers rather than a school grade: {@code easy} up to
     * grade 6, {@code fairly-easy} up to 8 (the guide's limit), {@code harder} beyond.
     */
    public static String readingEase(double readingGrade) {
        long grade = roundedReadingGrade(readingGrade);
        return grade <= 6 ? "easy" : grade <= 8 ? "fairly-easy" : "harder";
    }

    /**
     * As {@link #readingEase(double)}, for a score in the language's measure: in Spanish a Fernández Huerta reading
     * ease, {@code easy} from 80 ("fácil" and "muy fácil"), {@code fairly-easy} from 70 ("bastante fácil", the
     * guide's limit), {@code harder} below; in English the Flesch-Kincaid grade.
     */
    public static String readingEase(String language, double score) {
        if (Readability.measure(language) == Readability.Measure.FERNANDEZ_HUERTA) {
            return score >= 80 ? "easy" : score >= 70 ? "fairly-easy" : "harder";
        }
        return readingEase(score);
    }

    /**
     * The address of a language's glossary page (the site's routes: {@code /glossary} in the default language,
     * {@code /es/glosario} in Spanish, {@code /<code>/glossary} otherwise): where glossary words link.
     */
    public static String glossaryPath(String language) {
        if (language == null || language.equals(Languages.defaultCode())) {
            return "/glossary";
        }
        return "es".equals(language) ? "/es/glosario" : "/" + language + "/glossary";
    }

    /** The address of a topic page: {@code /topics/{slug}}, {@code /es/temas/{slug}} in Spanish. */
    public static String topicPath(String language, String slug) {
        if (language == null || language.equals(Languages.defaultCode())) {
            return "/topics/" + slug;
        }
        return ("es".equals(language) ? "/es/temas/" : "/" + language + "/topics/") + slug;
    }

    /**
     * Stored content that could not be rendered, for editors: {@code item} is a topic key (or
     * {@code glossary/<term>}), {@code kind} one of {@link IncludeException.Kind} or {@code OTHER},
     * {@code include} and {@code detail} what the message names, {@code keptLastGood} whether readers
     * still see the last version that rendered (else the item is left out).
     */
    public record RenderFailure(String language, String item, String title, String kind, String include,
                                String detail, boolean keptLastGood) {

        public String messageKey() {
            return IncludeException.messageKey(kind, include);
        }

        public int maxDepth() {
            return ContentText.MAX_DEPTH;
        }
    }

    /** A glossary term; {@code forms} are the words that link to it (the term and its aliases). */
    public record GlossaryEntry(String term, String anchor, String definition, List<String> forms) {

        public String letter() {
            return term.substring(0, 1).toUpperCase(Locale.ROOT);
        }
    }

    public record GlossaryLetter(String letter, List<GlossaryEntry> entries) {
    }

    /**
     * Every published topic in one language, in reading order. {@code urgentSigns} is the emergency box
     * (the shared block every page and handout shows); {@code emergencyRouting} is who to call, as safe
     * HTML, for the footer.
     */
    public record Catalog(String language, List<TopicLink> topics, Map<String, TopicPage> pagesBySlug,
                          SectionView urgentSigns, String emergencyRouting, List<GlossaryLetter> glossary,
                          String etag, List<OutOfDateTranslation> outOfDate, Map<String, List<TopicCode>> codesByTopic) {

        public Catalog {
            outOfDate = outOfDate == null ? List.of() : List.copyOf(outOfDate);
            codesByTopic = codesByTopic == null ? Map.of() : Map.copyOf(codesByTopic);
        }

        /** A catalog whose topics answer no clinical codes. */
        public Catalog(String language, List<TopicLink> topics, Map<String, TopicPage> pagesBySlug,
                       SectionView urgentSigns, String emergencyRouting, List<GlossaryLetter> glossary, String etag,
                       List<OutOfDateTranslation> outOfDate) {
            this(language, topics, pagesBySlug, urgentSigns, emergencyRouting, glossary, etag, outOfDate, Map.of());
        }

        /** A catalog with no translation status (the default language's) and no codes. */
        public Catalog(String language, List<TopicLink> topics, Map<String, TopicPage> pagesBySlug,
                       SectionView urgentSigns, String emergencyRouting, List<GlossaryLetter> glossary, String etag) {
            this(language, topics, pagesBySlug, urgentSigns, emergencyRouting, glossary, etag, List.of(), Map.of());
        }

        /** One topic's clinical codes as its file lists them; empty when it has none or is not in this catalog. */
        public List<TopicCode> codes(String topicKey) {
            return topicKey == null ? List.of() : codesByTopic.getOrDefault(topicKey, List.of());
        }

        /**
         * The topics that answer a code a health record sends, in the guide's order; empty when none does. See
         * {@link CodeMatch} for the rules (normalised; ICD-10-CM by prefix both ways; SNOMED CT exactly). Junk
         * matches nothing and never throws.
         */
        public List<TopicLink> topicsForCode(CodeSystem system, String code) {
            CodeMatch query = CodeMatch.of(system, code);
            if (query == null) {
                return List.of();
            }
            return topics.stream().filter(link -> codes(link.key()).stream().anyMatch(query::matches)).toList();
        }

        /** Every code the guide's topics answer, each once, in the guide's order (the title from the first file). */
        public List<TopicCode> allCodes() {
            Map<String, TopicCode> all = new LinkedHashMap<>();
            for (TopicLink link : topics) {
                for (TopicCode code : codes(link.key())) {
                    all.putIfAbsent(code.system().name() + " " + code.code(), code);
                }
            }
            return List.copyOf(all.values());
        }

        public Optional<TopicPage> page(String slug) {
            return Optional.ofNullable(pagesBySlug.get(slug));
        }

        /** A topic's page by its key, which its translations share (the same topic in another language's catalog). */
        public Optional<TopicPage> pageByKey(String key) {
            return pagesBySlug.values().stream().filter(p -> p.key().equals(key)).findFirst();
        }
    }
}
