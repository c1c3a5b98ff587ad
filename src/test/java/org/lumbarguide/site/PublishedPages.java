package org.lumbarguide.site;

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
 * The published catalog of the content files as the app builds it (real topics, sections, glossary and
 * emergency box), without a database: what slices feed the mocked {@code TopicCatalog}. Built once.
 */
final class PublishedPages {

    static final String LANGUAGE = "en";

    private static Catalog english;

    private PublishedPages() {
    }

    /** The English catalog for the default region (international). */
    static synchronized Catalog english() {
        if (english == null) {
            Release release = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
            Region region = Region.INTERNATIONAL;
            RegionWords words = new RegionWords(region, Map.of(LANGUAGE, release.regionWords(LANGUAGE, region)),
                    Map.of(LANGUAGE, release.spellings(LANGUAGE, region)));
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasename("messages");
            messages.setDefaultEncoding("UTF-8");
            english = ReleaseCatalogs.of(release, LANGUAGE, words, messages, new MarkdownRenderer()).catalog(LANGUAGE);
        }
        return english;
    }
}
