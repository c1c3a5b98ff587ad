package org.lumbarguide.api;

import java.util.Map;

import org.lumbarguide.config.Region;
import org.lumbarguide.content.catalog.ReleaseCatalogs;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.RegionWords;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The published catalogs of the content files in both languages, as the app builds them, without a database: what
 * the API's slice feeds its mocked {@code TopicCatalog}. Built once.
 */
final class ApiCatalogs {

    private static final Release RELEASE = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
    private static Catalog english;
    private static Catalog spanish;

    private ApiCatalogs() {
    }

    static synchronized Catalog english() {
        if (english == null) {
            english = build("en");
        }
        return english;
    }

    static synchronized Catalog spanish() {
        if (spanish == null) {
            spanish = build("es");
        }
        return spanish;
    }

    private static Catalog build(String language) {
        Region region = Region.INTERNATIONAL;
        RegionWords words = new RegionWords(region,
                Map.of("en", RELEASE.regionWords("en", region), "es", RELEASE.regionWords("es", region)),
                Map.of("en", RELEASE.spellings("en", region), "es", RELEASE.spellings("es", region)));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        return ReleaseCatalogs.of(RELEASE, language, words, messages, new MarkdownRenderer()).catalog(language);
    }
}
