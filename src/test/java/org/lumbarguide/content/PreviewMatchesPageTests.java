package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lumbarguide.config.Region;
import org.lumbarguide.config.TestSettings;
import org.lumbarguide.content.SectionPreview.Preview;
import org.lumbarguide.content.SectionPreview.PreviewSection;
import org.lumbarguide.content.SectionRenderer.SectionText;
import org.lumbarguide.content.SectionRenderer.TopicText;
import org.lumbarguide.content.TopicViews.SectionView;
import org.lumbarguide.content.TopicViews.TopicPage;
import org.lumbarguide.content.seed.ContentFiles;
import org.lumbarguide.content.seed.SeedContent.Release;
import org.lumbarguide.content.seed.SeedContent.SectionItem;
import org.lumbarguide.content.seed.SeedContent.SourceItem;
import org.lumbarguide.content.seed.SeedContent.TermItem;
import org.lumbarguide.content.seed.SeedContent.TopicItem;
import org.lumbarguide.content.seed.TopicRows;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Issue 19: the editor's preview is the page. Every section of every topic, in every region, rendered through
 * the preview (fed the topic's file text, as an editor's draft is) and through the public catalog (fed the
 * same topic as database rows): title, summary, each section's heading, body, glossary links and definitions,
 * print body, kind and level of urgency (so its box's class and label), and the page's reading grade are equal.
 * editor/PreviewMatchesPageIT compares the two as served HTML.
 */
class PreviewMatchesPageTests {

    static final String LANGUAGE = "en";
    static final Release RELEASE = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);

    @ParameterizedTest
    @EnumSource(Region.class)
    void everySectionOfEveryTopicPreviewsAsItsPageShowsIt(Region region) {
        RegionWords words = new RegionWords(region, Map.of(LANGUAGE, RELEASE.regionWords(LANGUAGE, region)),
                Map.of(LANGUAGE, RELEASE.spellings(LANGUAGE, region)));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        MarkdownRenderer markdown = new MarkdownRenderer();
        TopicCatalog catalog = catalog(words, messages, markdown);
        TopicRows rows = mock(TopicRows.class);
        TopicItem shared = RELEASE.topics(LANGUAGE).stream().filter(t -> t.key().equals(TopicCatalog.SHARED_TOPIC))
                .findFirst().orElseThrow();
        when(rows.load(LANGUAGE, TopicCatalog.SHARED_TOPIC)).thenReturn(Optional.of(shared));
        SectionPreview preview = new SectionPreview(catalog, markdown, messages, new Includes(rows, words, messages));

        TopicViews.Catalog pages = catalog.catalog(LANGUAGE);
        assertThat(catalog.failures(List.of(LANGUAGE))).isEmpty();
        int compared = 0;
        int tiers = 0;
        for (Map.Entry<String, String> file : topicFiles().entrySet()) {
            TopicItem draft = ContentFiles.parseTopic(LANGUAGE, file.getKey(), file.getValue());
            if (draft.key().equals(TopicCatalog.SHARED_TOPIC)) {
                continue;
            }
            String where = region + " " + file.getKey();
            TopicPage page = pages.page(draft.slug()).orElseThrow();
            Preview shown = preview.preview(LANGUAGE, new TopicText(draft.title(), draft.summary(), draft.sections()
                    .stream().map(s -> new SectionText(s.anchor(), s.heading(), s.kind(), s.body())).toList()));
            assertThat(shown.title()).as(where).isEqualTo(page.title());
            assertThat(shown.summary()).as(where).isEqualTo(page.summary());
            assertThat(shown.readingGrade()).as(where + ": the page's reading grade").isEqualTo(page.readingGrade());
            assertThat(shown.readingEase()).as(where).isEqualTo(page.readingEase());
            List<SectionView> previewed = shown.sections().stream().map(PreviewSection::section).toList();
            assertThat(previewed).as(where).hasSameSizeAs(page.sections());
            for (int i = 0; i < previewed.size(); i++) {
                SectionView expected = page.sections().get(i);
                SectionView actual = previewed.get(i);
                assertThat(actual).as(where + "#" + expected.anchor()).isEqualTo(expected);
                assertThat(actual.calloutClass()).as(where + "#" + expected.anchor()).isEqualTo(expected.calloutClass());
                compared++;
                tiers += expected.tier() != null ? 1 : 0;
            }
        }
        assertThat(compared).as("sections compared").isGreaterThan(50);
        assertThat(tiers).as("sections with a level of urgency").isGreaterThan(5);
    }

    /** The catalog as the app builds it, over the release's rows as the repositories return them. */
    private static TopicCatalog catalog(RegionWords words, ResourceBundleMessageSource messages,
                                        MarkdownRenderer markdown) {
        TopicRepository topics = mock(TopicRepository.class);
        List<Topic> stored = RELEASE.topics(LANGUAGE).stream().map(PreviewMatchesPageTests::topic).toList();
        when(topics.findWithSectionsByLanguage(LANGUAGE)).thenReturn(stored);
        GlossaryRepository glossary = mock(GlossaryRepository.class);
        List<GlossaryTerm> terms = RELEASE.glossary(LANGUAGE).stream().map(PreviewMatchesPageTests::term).toList();
        when(glossary.findByLanguageOrderByTermAsc(LANGUAGE)).thenReturn(terms);
        return new TopicCatalog(topics, glossary, markdown, messages, words, mock(PlatformTransactionManager.class),
                TestSettings.defaults());
    }

    /** Each topic file's text, by file name, as an editor's text box holds it. */
    private static Map<String, String> topicFiles() {
        Map<String, String> files = new java.util.TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources(ContentFiles.DEFAULT_LOCATION + LANGUAGE + "/*.md")) {
                files.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(files).hasSizeGreaterThan(5);
        return files;
    }

    private static Topic topic(TopicItem item) {
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
        List<Section> sections = new ArrayList<>();
        for (SectionItem s : item.sections()) {
            Section section = mock(Section.class);
            when(section.getAnchor()).thenReturn(s.anchor());
            when(section.getHeading()).thenReturn(s.heading());
            when(section.getKind()).thenReturn(s.kind());
            when(section.getBodyMarkdown()).thenReturn(s.body());
            sections.add(section);
        }
        when(topic.getSections()).thenReturn(sections);
        List<Source> sources = new ArrayList<>();
        for (String key : item.sourceKeys()) {
            SourceItem s = RELEASE.sources().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
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
