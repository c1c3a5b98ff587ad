package org.lumbarguide.content.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.render.ContentText;
import org.lumbarguide.content.render.IncludeException;
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
     */
    public record SectionView(String anchor, String heading, String html, String termsHtml, String plainHtml,
                              SectionKind kind, String tier) {

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

    public record TopicPage(String key, String language, String slug, String title, String summary,
                            ReviewStatus review, List<SectionView> sections, List<SourceView> sources,
                            TopicLink previous, TopicLink next, double readingGrade, String etag) {

        /** The Flesch-Kincaid grade rounded to a whole school grade, as readers expect to see it. */
        public long roundedReadingGrade() {
            return TopicViews.roundedReadingGrade(readingGrade);
        }

        /** How easy the page is to read, in words for readers: see {@link TopicViews#readingEase(double)}. */
        public String readingEase() {
            return TopicViews.readingEase(readingGrade);
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
                          String etag) {

        public Optional<TopicPage> page(String slug) {
            return Optional.ofNullable(pagesBySlug.get(slug));
        }
    }
}
