package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.SectionPreview.Preview;
import org.lumbarguide.content.SectionPreview.PreviewSection;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.TopicRows;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.lumbarguide.content.Includes;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.RegionWords;
import org.lumbarguide.content.catalog.ReleaseCatalogs;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews;

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
        TopicCatalog catalog = ReleaseCatalogs.of(RELEASE, LANGUAGE, words, messages, markdown);
        TopicRows rows = mock(TopicRows.class);
        TopicItem shared = RELEASE.topics(LANGUAGE).stream().filter(t -> t.key().equals(TopicCatalog.SHARED_TOPIC))
                .findFirst().orElseThrow();
        when(rows.load(LANGUAGE, TopicCatalog.SHARED_TOPIC)).thenReturn(Optional.of(shared));
        SectionPreview preview = new SectionPreview(catalog, markdown, messages, new Includes(rows, words, messages),
                new RegionChoices(words, org.lumbarguide.content.format.ContentFiles.DEFAULT_LOCATION), rows);

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
            Preview shown = preview.preview(draft);
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
}
