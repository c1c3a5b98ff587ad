package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.SectionPreview.Preview;
import org.lumbarguide.content.catalog.ReleaseCatalogs;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.content.catalog.TopicViews.Translation;
import org.lumbarguide.content.catalog.TopicViews.TranslationStatus;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.RegionWords;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The editor's preview of a Spanish topic gives each section the translation status its public page shows: the
 * catalog built from the published rows and the preview of the same topic as a draft agree, section by section, when
 * everything is current and after editors changed English text (an ordinary section, and the shared emergency box
 * an urgent section includes). On the bilingual fixture, without a database.
 */
class PreviewTranslationStatusTests {

    static final String FIXTURE = "classpath:content-fixtures/bilingual/";

    @Test
    void aCurrentTranslationPreviewsAsCurrent() {
        Map<String, Translation> statuses = compare(published(Map.of()));
        assertThat(statuses).isNotEmpty();
        assertThat(statuses.values()).extracting(Translation::status).containsOnly(TranslationStatus.CURRENT);
    }

    @Test
    void aSpanishSectionWhoseEnglishChangedPreviewsAsOutOfDateAsItsPageShowsIt() {
        Map<String, Translation> statuses = compare(published(Map.of(
                "- your legs get weak\n", "- your legs get weak\n- you cannot pass urine\n",
                "Back pain is common.", "Back pain is very common.")));
        assertThat(statuses.get("back-pain").status()).isEqualTo(TranslationStatus.OUT_OF_DATE);
        assertThat(statuses.get("back-pain").showsSource()).isFalse();
        assertThat(statuses.get("back-pain").sourceHref()).isEqualTo("/topics/symptoms#back-pain");
        assertThat(statuses.get("get-help-now").status()).as("it includes the emergency box, whose English changed")
                .isEqualTo(TranslationStatus.OUT_OF_DATE);
        assertThat(statuses.get("get-help-now").showsSource()).isTrue();
        assertThat(statuses.get("call-helpline-now").status()).isEqualTo(TranslationStatus.CURRENT);
    }

    /** The fixture, with the English as editors changed it in the database after the Spanish was stamped. */
    private static Release published(Map<String, String> englishChanges) {
        Map<String, String> files = ReleaseCatalogs.files(FIXTURE);
        englishChanges.forEach((from, to) -> {
            for (String file : List.of("en/00-shared.md", "en/01-symptoms.md")) {
                files.computeIfPresent(file, (f, text) -> text.replace(from, to));
            }
        });
        return ContentFiles.parse(files);
    }

    /**
     * Each Spanish section's status on its page and in the preview of the published Spanish text as a draft: equal
     * (but for the date the source changed, which the preview does not show); the preview's, by anchor.
     */
    private static Map<String, Translation> compare(Release release) {
        RegionWords words = new RegionWords(Region.UK, Map.of("en", release.regionWords("en", Region.UK),
                "es", release.regionWords("es", Region.UK)));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        MarkdownRenderer markdown = new MarkdownRenderer();
        TopicCatalog catalog = ReleaseCatalogs.of(release, "es", words, messages, markdown, null);
        TopicRows rows = mock(TopicRows.class);
        for (TopicItem topic : release.topics()) {
            when(rows.load(topic.language(), topic.key())).thenReturn(java.util.Optional.of(topic));
        }
        SectionPreview preview = new SectionPreview(catalog, markdown, messages, new Includes(rows, words, messages),
                new RegionChoices(words, FIXTURE), rows);

        TopicItem draft = release.topics("es").stream().filter(t -> t.key().equals("symptoms")).findFirst().orElseThrow();
        TopicPage page = catalog.catalog("es").page(draft.slug()).orElseThrow();
        Preview shown = preview.preview(draft);
        Map<String, Translation> statuses = new java.util.LinkedHashMap<>();
        assertThat(shown.sections()).hasSameSizeAs(page.sections());
        for (int i = 0; i < page.sections().size(); i++) {
            SectionView expected = page.sections().get(i);
            SectionView actual = shown.sections().get(i).section();
            assertThat(actual.anchor()).isEqualTo(expected.anchor());
            assertThat(actual.translation()).as(expected.anchor()).isNotNull()
                    .usingRecursiveComparison().ignoringFields("sourceChangedAt").isEqualTo(expected.translation());
            assertThat(actual.outOfDate()).as(expected.anchor()).isEqualTo(expected.outOfDate());
            statuses.put(actual.anchor(), actual.translation());
        }
        return statuses;
    }
}
