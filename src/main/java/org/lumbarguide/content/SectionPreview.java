package org.lumbarguide.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lumbarguide.content.render.SectionRenderer.RenderedSection;
import org.lumbarguide.content.render.SectionRenderer.RenderedTopic;
import org.lumbarguide.content.render.SectionRenderer.TopicText;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
import org.lumbarguide.content.catalog.TopicViews.GlossaryLetter;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.lumbarguide.content.render.SectionRenderer;
import org.lumbarguide.content.render.SectionRenderer.SectionText;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.Includes;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.ContentText;
import org.lumbarguide.content.render.IncludeException;
import org.lumbarguide.content.render.Readability;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews;
import org.lumbarguide.content.catalog.Translations;
import org.lumbarguide.config.Languages;

/**
 * Shows a draft exactly as the public page will: it renders through the page's own {@link SectionRenderer},
 * over the published shared blocks, the region's words and spellings and the published glossary, so the
 * title, summary, each section (heading, body, glossary links, level of urgency) and the page's reading grade
 * are what the page would show. It adds what the plain-language gate measures for each section: the
 * section's own reading grade and any sentence over 25 words.
 */
@Service
public class SectionPreview {

    public static final int MAX_SENTENCE_WORDS = 25;

    /**
     * One section as the page shows it, with its own reading score and its sentences over 25 words. {@code grade}
     * is in the language's measure ({@link #measure()}): the Flesch-Kincaid grade in English, the Fernández Huerta
     * reading ease in Spanish.
     */
    public record PreviewSection(SectionView section, double grade, List<String> longSentences, String language) {

        public PreviewSection {
            longSentences = List.copyOf(longSentences);
        }

        public String roundedGrade() {
            return String.format(Locale.ROOT, "%.1f", grade);
        }

        /** {@code grade} (a Flesch-Kincaid grade) or {@code ease} (a Fernández Huerta reading ease). */
        public String measure() {
            return Readability.measure(language).higherIsEasier() ? "ease" : "grade";
        }
    }

    /** A draft as its page would show it; {@code readingGrade} is the page's score, as the page computes it. */
    public record Preview(String title, String summary, List<PreviewSection> sections, double readingGrade,
                          String language) {

        public Preview {
            sections = List.copyOf(sections);
        }

        /** As {@link TopicViews.TopicPage#readingEase()}: the words the public page uses for its score. */
        public String readingEase() {
            return TopicViews.readingEase(language, readingGrade);
        }
    }

    /** Whether a higher score reads easier in the language's measure (Fernández Huerta) or harder (a grade). */
    public static boolean higherIsEasier(String language) {
        return Readability.measure(language).higherIsEasier();
    }

    private final TopicCatalog catalog;
    private final MarkdownRenderer markdown;
    private final MessageSource messages;
    private final Includes includes;
    private final RegionChoices regions;
    private final TopicRows rows;

    SectionPreview(TopicCatalog catalog, MarkdownRenderer markdown, MessageSource messages, Includes includes,
                   RegionChoices regions, TopicRows rows) {
        this.catalog = catalog;
        this.markdown = markdown;
        this.messages = messages;
        this.includes = includes;
        this.regions = regions;
        this.rows = rows;
    }

    /** What an editor may insert into a section's text: shared blocks ({@code {{include name}}}) and region words. */
    public record Insertables(List<String> includes, List<String> words) {

        public Insertables {
            includes = List.copyOf(includes);
            words = List.copyOf(words);
        }
    }

    public Insertables insertables(String language) {
        return new Insertables(includes.blockNames(language), includes.wordNames(language));
    }

    /** The region this deployment serves: the preview's default. */
    public org.lumbarguide.config.Region deploymentRegion() {
        return regions.deploymentRegion();
    }

    /** A draft as its page reads in the deployment's region. */
    public Preview preview(TopicItem file) {
        return preview(file, null);
    }

    /**
     * Renders a draft (a topic file as the editor holds it: title, summary and sections, as written), with the
     * region words and spellings of {@code region} (null: the deployment's).
     */
    public Preview preview(TopicItem file, org.lumbarguide.config.Region region) {
        String language = file.language();
        TopicText draft = new TopicText(file.title(), file.summary(), file.sections().stream()
                .map(s -> new SectionText(s.anchor(), s.heading(), s.kind(), s.body())).toList());
        List<GlossaryEntry> glossary = catalog.catalog(language).glossary().stream()
                .map(GlossaryLetter::entries).flatMap(List::stream).toList();
        String termsHeading = messages.getMessage("glossary.sectionTerms", null, Locale.forLanguageTag(language));
        RenderedTopic page;
        try {
            page = new SectionRenderer(markdown, region == null ? includes.published(language)
                    : includes.published(language, regions.words(region)), glossary, termsHeading, language,
                    TopicViews.glossaryPath(language)).topic(draft);
        } catch (IncludeException e) {
            // The save check has refused what cannot be expanded; should the published blocks break meanwhile,
            // the text as typed.
            page = new SectionRenderer(markdown, new ContentText(Map.of(), Map.of()), glossary, termsHeading, language,
                    TopicViews.glossaryPath(language)).topic(draft);
        }
        Map<String, TopicViews.Translation> statuses = translationStatus(file);
        return new Preview(page.title(), page.summary(),
                page.sections().stream().map(s -> gate(s, language, statuses.get(s.view().anchor()))).toList(),
                page.readingGrade(), language);
    }

    /**
     * In a translation, each section's status as its public page will show it once the draft is published: the
     * catalog's one rule ({@link Translations#compare}) on the draft, with its {@code translated-from:} stamps,
     * against the source language's topic and shared blocks as published now, beside the translation's published
     * shared blocks (a section that includes an out-of-date block is out of date too). Empty for the source
     * language, and for a topic the source language does not have. (The source's change dates are not read: the
     * preview shows none.)
     */
    private Map<String, TopicViews.Translation> translationStatus(TopicItem draft) {
        String sourceLanguage = Languages.defaultCode();
        if (draft.language().equals(sourceLanguage)) {
            return Map.of();
        }
        Optional<TopicItem> original = rows.load(sourceLanguage, draft.key());
        if (original.isEmpty()) {
            return Map.of();
        }
        Translations.Text source = Translations.Text.of(original.get());
        List<Translations.Text> sources = new ArrayList<>(List.of(source));
        List<Translations.Text> translated = new ArrayList<>(List.of(Translations.Text.of(draft)));
        if (!draft.key().equals(TopicCatalog.SHARED_TOPIC)) {
            rows.load(sourceLanguage, TopicCatalog.SHARED_TOPIC).map(Translations.Text::of).ifPresent(sources::add);
            rows.load(draft.language(), TopicCatalog.SHARED_TOPIC).map(Translations.Text::of)
                    .ifPresent(translated::add);
        }
        Map<String, TopicViews.Translation> statuses = new HashMap<>();
        for (Translations.Verdict verdict : Translations.compare(sources, translated)) {
            if (verdict.topicKey().equals(draft.key()) && !verdict.titleAndSummary()) {
                String href = Translations.sourceHref(sourceLanguage, source,
                        verdict.source() == null ? null : verdict.anchor());
                statuses.put(verdict.anchor(), verdict.status(draft.language(), sourceLanguage, href,
                        verdict.showsSource()));
            }
        }
        return statuses;
    }

    /** What the plain-language gate measures in one section, on its filled text, in the draft's language. */
    private static PreviewSection gate(RenderedSection section, String language, TopicViews.Translation status) {
        List<String> longSentences = Readability.sentences(section.plainText(), language).stream()
                .filter(s -> Readability.words(s, language).size() > MAX_SENTENCE_WORDS).toList();
        SectionView view = section.view();
        if (status != null) {
            // The draft's own text, with the status its page will show (the page itself shows the current source
            // text in place of an urgent section out of date: the status says so).
            view = new SectionView(view.anchor(), view.heading(), view.html(), view.termsHtml(), view.plainHtml(),
                    view.kind(), view.tier(), status, view.markdown());
        }
        return new PreviewSection(view, Readability.score(section.plainText(), language).level(), longSentences,
                language);
    }
}
