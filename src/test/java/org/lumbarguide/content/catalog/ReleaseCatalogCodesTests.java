package org.lumbarguide.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.RegionWords;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The shipped files' codes, as the catalog of each language answers them (the Spanish by the topics' keys). */
class ReleaseCatalogCodesTests {

    static final Release RELEASE = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);

    static Catalog catalog(String language) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        RegionWords words = new RegionWords(Region.US, java.util.Map.of("en", RELEASE.regionWords("en", Region.US),
                "es", RELEASE.regionWords("es", Region.US)), java.util.Map.of("en", RELEASE.spellings("en", Region.US),
                "es", RELEASE.spellings("es", Region.US)));
        return ReleaseCatalogs.of(RELEASE, language, words, messages, new MarkdownRenderer(), null).catalog(language);
    }

    @Test
    void bothLanguagesAnswerTheSameCodesWithTheirOwnPages() {
        Catalog english = catalog("en");
        Catalog spanish = catalog("es");
        assertThat(english.topicsForCode(CodeSystem.ICD_10_CM, "C79.51")).extracting(TopicLink::key)
                .containsExactly("overview", "types", "symptoms", "diagnosis", "treatment", "prognosis", "living-with");
        assertThat(spanish.topicsForCode(CodeSystem.ICD_10_CM, "c7951")).extracting(TopicLink::key)
                .containsExactly("overview", "types", "symptoms", "diagnosis", "treatment", "prognosis", "living-with");
        assertThat(spanish.topicsForCode(CodeSystem.ICD_10_CM, "G83.4")).extracting(TopicLink::slug)
                .as("Spanish pages, found by the English file's codes").containsExactly("sintomas", "tratamiento");
        assertThat(english.topicsForCode(CodeSystem.SNOMED_CT, "192970008")).extracting(TopicLink::key)
                .containsExactly("symptoms", "treatment");
        assertThat(english.topicsForCode(CodeSystem.ICD_10_CM, "D16.6")).extracting(TopicLink::key)
                .doesNotContain("prognosis", "living-with");
        assertThat(english.allCodes()).hasSize(21).isEqualTo(spanish.allCodes());
        assertThat(spanish.codes("symptoms")).isEqualTo(english.codes("symptoms")).isNotEmpty();
        assertThat(english.etag()).isNotEqualTo(catalogWithoutCodesEtag());
    }

    private static String catalogWithoutCodesEtag() {
        return new Catalog("en", catalog("en").topics(), java.util.Map.of(), null, "", java.util.List.of(), "x").etag();
    }
}
