package org.lumbarguide.content.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.format.SectionKind;

/**
 * The one way a topic's text becomes what readers see: the public page, the handout and print view (they
 * take the page's {@link SectionView}s) and the editor's preview of a draft all render through it. For a
 * page it fills includes and region words and applies the region's spellings ({@link ContentText}, one
 * size budget for the whole page), gives each section its level of urgency ({@link #tier}), renders the
 * Markdown to safe HTML, links each glossary term once per page, and scores the reading grade on the
 * filled text.
 *
 * <p>An instance holds what a language's pages are rendered with at one moment (shared blocks, region
 * words, glossary), so it is cheap and made per catalog build or per preview. It does no database work:
 * callers read rows first and render afterwards.
 */
public final class SectionRenderer {

    /** The emergency box is level 1 of urgency; the blocks named {@code tier-…} are levels 2 to 4. */
    public static final String EMERGENCY_TIER = "emergency";
    private static final String TIER_BLOCK_PREFIX = "tier-";

    /** A section as written: heading and body before anything is filled in. */
    public record SectionText(String anchor, String heading, SectionKind kind, String body) {
    }

    /** A topic's text as written, from the database or from a draft in the topic-file format. */
    public record TopicText(String title, String summary, List<SectionText> sections) {

        public TopicText {
            sections = List.copyOf(sections);
        }
    }

    /** A section as readers see it, and its filled text as words (what the reading grade is scored on). */
    public record RenderedSection(SectionView view, String plainText) {
    }

    /**
     * A topic as readers see it; {@code readingGrade} is the reading score of all its filled sections in the
     * language's measure ({@link Readability#measure}): the Flesch-Kincaid grade in English, the Fernández Huerta
     * reading ease in Spanish.
     */
    public record RenderedTopic(String title, String summary, List<RenderedSection> sections, double readingGrade) {

        public List<SectionView> views() {
            return sections.stream().map(RenderedSection::view).toList();
        }
    }

    private final MarkdownRenderer markdown;
    private final ContentText text;
    private final List<GlossaryEntry> glossary;
    private final String termsHeading;
    private final String language;
    private final String glossaryPath;

    /** English text, its glossary at {@link GlossaryLinker#DEFAULT_PATH}. */
    public SectionRenderer(MarkdownRenderer markdown, ContentText text, List<GlossaryEntry> glossary,
                           String termsHeading) {
        this(markdown, text, glossary, termsHeading, null, GlossaryLinker.DEFAULT_PATH);
    }

    /**
     * {@code text}: the language's shared blocks, region words and spellings; {@code glossary}: the entries
     * as the glossary page shows them (already filled); {@code termsHeading}: the heading of the list of
     * words a section links; {@code language}: what the reading score is measured in ({@link Readability});
     * {@code glossaryPath}: the page glossary words link to.
     */
    public SectionRenderer(MarkdownRenderer markdown, ContentText text, List<GlossaryEntry> glossary,
                           String termsHeading, String language, String glossaryPath) {
        this.markdown = markdown;
        this.text = text;
        this.glossary = List.copyOf(glossary);
        this.termsHeading = termsHeading;
        this.language = language;
        this.glossaryPath = glossaryPath;
    }

    /**
     * One page: title, summary and sections filled in that order against one size budget, each glossary
     * term linked at its first use on the page. Throws {@link IncludeException} when the text cannot be
     * filled (a refused block, a page past {@link ContentText#MAX_PAGE_CHARS}).
     */
    public RenderedTopic topic(TopicText topic) {
        ContentText.Page fill = text.page();
        String title = fill.fill(topic.title());
        String summary = fill.fill(topic.summary());
        GlossaryLinker linker = new GlossaryLinker(glossary, glossaryPath);
        StringBuilder pageText = new StringBuilder();
        List<RenderedSection> sections = new ArrayList<>();
        for (SectionText s : topic.sections()) {
            String body = fill.fill(s.body());
            String plain = markdown.toPlainText(body);
            pageText.append(plain).append('\n');
            sections.add(new RenderedSection(section(s.anchor(), fill.fill(s.heading()), body, s.kind(),
                    tier(s.kind(), s.body()), linker), plain));
        }
        return new RenderedTopic(title, summary, List.copyOf(sections),
                Readability.score(pageText.toString(), language).level());
    }

    /**
     * A shared block shown on its own, as a box of the given kind and level (the emergency box on the home
     * page and at the top of handouts): filled on its own, with glossary links of its own.
     */
    public SectionView block(SectionText block, SectionKind kind, String tier) {
        return section(block.anchor(), text.fill(block.heading()), text.fill(block.body()), kind, tier,
                new GlossaryLinker(glossary, glossaryPath));
    }

    /** A shared block as plain safe HTML, without glossary links (who to call, in the footer). */
    public String blockHtml(String body) {
        return markdown.toSafeHtml(text.fill(body));
    }

    private SectionView section(String anchor, String heading, String body, SectionKind kind, String tier,
                                GlossaryLinker linker) {
        MarkdownRenderer.LinkedHtml html = markdown.toSafeHtml(body, linker, anchor, termsHeading);
        return new SectionView(anchor, heading, html.body(), html.terms(), markdown.toSafeHtml(body), kind, tier, null,
                body);
    }

    /**
     * The level of urgency a section shows, derived from the text it is written with: the emergency box
     * (an urgent section) or a section that opens with a shared {@code tier-…} block. Writers mark nothing
     * extra, so the look cannot disagree with the words, and no other section is dressed as a level.
     */
    public static String tier(SectionKind kind, String body) {
        if (kind == SectionKind.URGENT) {
            return EMERGENCY_TIER;
        }
        String written = body == null ? "" : body.strip();
        Matcher include = ContentText.INCLUDE.matcher(written);
        if (include.lookingAt() && include.group(1).startsWith(TIER_BLOCK_PREFIX)) {
            return include.group(1).substring(TIER_BLOCK_PREFIX.length());
        }
        return null;
    }
}
