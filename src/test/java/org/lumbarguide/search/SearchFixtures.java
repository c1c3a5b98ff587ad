package org.lumbarguide.search;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lumbarguide.config.Region;
import org.lumbarguide.content.catalog.ReleaseCatalogs;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
import org.lumbarguide.content.catalog.TopicViews.GlossaryLetter;
import org.lumbarguide.content.catalog.TopicViews.ReviewStatus;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.ContentHash;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.RegionWords;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * What search tests build on, without Spring or a database: the published catalog of the real content files, as
 * the app renders it for a region (through content/catalog/ReleaseCatalogs), each language's analysis from the
 * real files under {@code search/}, and small made-up catalogs. Built once per JVM.
 */
final class SearchFixtures {

    private static final Release RELEASE = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
    private static final Map<Region, Catalog> ENGLISH = new EnumMap<>(Region.class);
    private static final Map<String, LanguageAnalysis> ANALYSES = new HashMap<>();
    private static final Map<Region, LanguageIndex> INDEXES = new EnumMap<>(Region.class);
    private static Catalog spanish;
    private static LanguageIndex spanishIndex;

    private SearchFixtures() {
    }

    /** The English catalog of the content files, as a deployment in this region shows it. */
    static synchronized Catalog english(Region region) {
        return ENGLISH.computeIfAbsent(region, r -> {
            RegionWords words = new RegionWords(r, Map.of("en", RELEASE.regionWords("en", r)),
                    Map.of("en", RELEASE.spellings("en", r)));
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasename("messages");
            messages.setDefaultEncoding("UTF-8");
            return ReleaseCatalogs.of(RELEASE, "en", words, messages, new MarkdownRenderer()).catalog("en");
        });
    }

    /** The Spanish catalog of the content files, as a US deployment shows it (the region's words: 911, ER). */
    static synchronized Catalog spanish() {
        if (spanish == null) {
            Region region = Region.US;
            RegionWords words = new RegionWords(region, Map.of("es", RELEASE.regionWords("es", region)),
                    Map.of("es", RELEASE.spellings("es", region)));
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasename("messages");
            messages.setDefaultEncoding("UTF-8");
            spanish = ReleaseCatalogs.of(RELEASE, "es", words, messages, new MarkdownRenderer()).catalog("es");
        }
        return spanish;
    }

    static synchronized LanguageIndex spanishIndex() {
        if (spanishIndex == null) {
            spanishIndex = LanguageIndex.build(spanish(), analysis("es"));
        }
        return spanishIndex;
    }

    static synchronized LanguageAnalysis analysis(String language) {
        return ANALYSES.computeIfAbsent(language,
                l -> LanguageAnalysis.of(l, new DefaultResourceLoader(), ContentFiles.DEFAULT_LOCATION));
    }

    /** The English index of the content files in a region (shared: tests only search it). */
    static synchronized LanguageIndex englishIndex(Region region) {
        return INDEXES.computeIfAbsent(region, r -> LanguageIndex.build(english(r), analysis("en")));
    }

    /** A catalog of made-up topics, each given as a title and its sections, and glossary entries. */
    static Catalog catalog(String language, List<TopicPage> pages, List<GlossaryEntry> glossary) {
        Map<String, TopicPage> bySlug = new HashMap<>();
        pages.forEach(page -> bySlug.put(page.slug(), page));
        List<TopicLink> links = pages.stream()
                .map(p -> new TopicLink(p.key(), p.slug(), p.title(), p.summary(), p.summary())).toList();
        List<GlossaryLetter> letters = glossary.isEmpty() ? List.of() : List.of(new GlossaryLetter("A", glossary));
        return new Catalog(language, links, bySlug, null, "", letters, ContentHash.of(language, links, letters));
    }

    static TopicPage page(String language, String key, String title, SectionView... sections) {
        return new TopicPage(key, language, key, title, title + ".", new ReviewStatus(null, null, null, null),
                List.of(sections), List.of(), null, null, 5, ContentHash.of(key, title, List.of(sections)));
    }

    /** A section whose text is {@code html} (already safe HTML, as the renderer makes it). */
    static SectionView section(String anchor, String heading, String html) {
        return new SectionView(anchor, heading, html, "", html, SectionKind.NORMAL, null);
    }

    static SectionView urgent(String anchor, String heading, String html) {
        return new SectionView(anchor, heading, html, "", html, SectionKind.URGENT, "emergency");
    }
}
