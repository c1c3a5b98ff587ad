package org.lumbarguide.content.catalog;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.lumbarguide.config.TestSettings;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.SourceItem;
import org.lumbarguide.content.format.SeedContent.TermItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.RegionWords;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A {@link TopicCatalog} over a content release without a database: the release's topics and glossary as the
 * (package-private) repositories would return them, so tests outside this package can build the public page.
 */
public final class ReleaseCatalogs {

    private ReleaseCatalogs() {
    }

    /** The catalog as the app builds it, over a release's rows as the repositories would return them. */
    public static TopicCatalog of(Release release, String language, RegionWords words, ResourceBundleMessageSource messages,
                                        MarkdownRenderer markdown) {
        return of(release, language, words, messages, markdown, null);
    }

    /**
     * As {@link #of(Release, String, RegionWords, ResourceBundleMessageSource, MarkdownRenderer)}, with every
     * language's rows (a translation's catalog reads the English ones too), their {@code translated_from} as the
     * files stamp them, and {@code changedAt} as when each row's text last changed (null: not recorded).
     */
    public static TopicCatalog of(Release release, String language, RegionWords words,
                                  org.springframework.context.MessageSource messages, MarkdownRenderer markdown,
                                  Instant changedAt) {
        TopicRepository topics = mock(TopicRepository.class);
        for (String stored : release.languages()) {
            List<Topic> rows = release.topics(stored).stream().map(t -> topic(release, t, changedAt)).toList();
            when(topics.findWithSectionsByLanguage(stored)).thenReturn(rows);
        }
        // Codes are read from the default language's rows, as the database holds them.
        String codeLanguage = org.lumbarguide.config.Languages.defaultCode();
        List<TopicCodeRow> codes = release.topics(codeLanguage).stream()
                .flatMap(t -> t.codes().stream().map(c -> codeRow(t.key(), c))).toList();
        when(topics.findCodesByLanguage(codeLanguage)).thenReturn(codes);
        GlossaryRepository glossary = mock(GlossaryRepository.class);
        List<GlossaryTerm> terms = release.glossary(language).stream().map(ReleaseCatalogs::term).toList();
        when(glossary.findByLanguageOrderByTermAsc(language)).thenReturn(terms);
        return new TopicCatalog(topics, glossary, markdown, messages, words, mock(PlatformTransactionManager.class),
                TestSettings.defaults());
    }

    /** A content tree's files, path → text, as ContentFiles.parse takes them ({@code .txt} notes left out). */
    public static java.util.Map<String, String> files(String location) {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try {
            org.springframework.core.io.support.PathMatchingResourcePatternResolver resolver =
                    new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
            String root = resolver.getResource(location).getURL().toString();
            for (org.springframework.core.io.Resource resource : resolver.getResources(location + "**/*.*")) {
                String url = resource.getURL().toString();
                if (!url.endsWith(".txt")) {
                    files.put(url.substring(root.length()),
                            resource.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    private static TopicCodeRow codeRow(String topicKey, org.lumbarguide.content.format.SeedContent.CodeItem code) {
        TopicCodeRow row = mock(TopicCodeRow.class);
        when(row.getTopicKey()).thenReturn(topicKey);
        when(row.getCodeSystem()).thenReturn(code.system().name());
        when(row.getCode()).thenReturn(code.code());
        when(row.getDisplay()).thenReturn(code.title());
        return row;
    }

    private static Topic topic(Release release, TopicItem item, Instant changedAt) {
        Topic topic = mock(Topic.class);
        when(topic.getTopicKey()).thenReturn(item.key());
        when(topic.getLanguage()).thenReturn(item.language());
        when(topic.getSlug()).thenReturn(item.slug());
        when(topic.getTitle()).thenReturn(item.title());
        when(topic.getSummary()).thenReturn(item.summary());
        when(topic.getPosition()).thenReturn(item.position());
        when(topic.getWrittenOn()).thenReturn(item.written());
        when(topic.getReviewedOn()).thenReturn(item.reviewed());
        when(topic.getReviewerRole()).thenReturn(item.reviewerRole());
        when(topic.getTranslatedFrom()).thenReturn(item.translatedFrom().get(TopicItem.TITLE));
        when(topic.getTextChangedAt()).thenReturn(changedAt);
        List<Section> sections = new ArrayList<>();
        for (SectionItem s : item.sections()) {
            Section section = mock(Section.class);
            when(section.getAnchor()).thenReturn(s.anchor());
            when(section.getHeading()).thenReturn(s.heading());
            when(section.getKind()).thenReturn(s.kind());
            when(section.getBodyMarkdown()).thenReturn(s.body());
            when(section.getTranslatedFrom()).thenReturn(item.translatedFrom().get(s.anchor()));
            when(section.getTextChangedAt()).thenReturn(changedAt);
            sections.add(section);
        }
        when(topic.getSections()).thenReturn(sections);
        List<Source> sources = new ArrayList<>();
        for (String key : item.sourceKeys()) {
            SourceItem s = release.sources().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
            Source source = mock(Source.class);
            when(source.getPublisher()).thenReturn(s.publisher());
            when(source.getTitle()).thenReturn(s.title());
            when(source.getPublishedYear()).thenReturn(s.year());
            when(source.getUrl()).thenReturn(s.url());
            when(source.isShownIn(any())).thenAnswer(i -> s.shownIn(i.getArgument(0)));
            sources.add(source);
        }
        when(topic.getSources()).thenReturn(sources);
        return topic;
    }

    private static GlossaryTerm term(TermItem item) {
        GlossaryTerm term = mock(GlossaryTerm.class);
        when(term.getTerm()).thenReturn(item.term());
        when(term.getAnchor()).thenReturn(item.key());
        when(term.getShortDefinition()).thenReturn(item.definition());
        when(term.getAliases()).thenReturn(item.otherForms());
        return term;
    }
}
