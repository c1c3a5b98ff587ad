package org.lumbarguide.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lumbarguide.content.TopicViews.GlossaryEntry;
import org.lumbarguide.content.TopicViews.GlossaryLetter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Shows a draft's sections exactly as the public page will (same renderer, sanitiser and glossary
 * links), with what the plain-language gate measures: the reading grade and any sentence over 25 words.
 */
@Service
public class SectionPreview {

    public static final int MAX_SENTENCE_WORDS = 25;

    public record Draft(String anchor, String heading, SectionKind kind, String body) {
    }

    public record Preview(String anchor, String heading, SectionKind kind, String html, String termsHtml,
                          double grade, List<String> longSentences) {

        public boolean urgent() {
            return kind == SectionKind.URGENT;
        }

        public boolean tip() {
            return kind == SectionKind.TIP;
        }

        public String roundedGrade() {
            return String.format(Locale.ROOT, "%.1f", grade);
        }
    }

    private final TopicCatalog catalog;
    private final MarkdownRenderer markdown;
    private final MessageSource messages;
    private final Includes includes;

    SectionPreview(TopicCatalog catalog, MarkdownRenderer markdown, MessageSource messages, Includes includes) {
        this.catalog = catalog;
        this.markdown = markdown;
        this.messages = messages;
        this.includes = includes;
    }

    public List<Preview> preview(String language, List<Draft> sections) {
        List<GlossaryEntry> glossary = catalog.catalog(language).glossary().stream()
                .map(GlossaryLetter::entries).flatMap(List::stream).toList();
        GlossaryLinker linker = new GlossaryLinker(glossary);
        String termsHeading = messages.getMessage("glossary.sectionTerms", null, Locale.forLanguageTag(language));
        ContentText shared = includes.published(language);
        List<Preview> previews = new ArrayList<>();
        for (Draft section : sections) {
            String body = expanded(shared, section.body());
            MarkdownRenderer.LinkedHtml html = markdown.toSafeHtml(body, linker, section.anchor(), termsHeading);
            String text = markdown.toPlainText(body);
            List<String> longSentences = Readability.sentences(text).stream()
                    .filter(s -> Readability.words(s).size() > MAX_SENTENCE_WORDS).toList();
            previews.add(new Preview(section.anchor(), section.heading(), section.kind(), html.body(), html.terms(),
                    Readability.score(text).grade(), longSentences));
        }
        return previews;
    }

    /**
     * The section as readers will see it, shared blocks and region words filled in. The save check has
     * refused what cannot be expanded; should the published blocks break meanwhile, the text as typed.
     */
    private static String expanded(ContentText shared, String body) {
        try {
            return shared.fill(body);
        } catch (IncludeException e) {
            return body;
        }
    }
}
