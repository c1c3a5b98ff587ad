package org.lumbarguide.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.lumbarguide.content.format.ContentHash;
import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Strong ETags for pages: the content's hash combined with a hash of the templates, messages and
 * static files of this build. So a page's ETag changes when its content changes or a new release
 * changes how it looks, is the same on every instance of one release, and never changes otherwise.
 */
@Component
class PageVersions {

    private static final String[] SITE_FILES = {
            "classpath*:templates/**/*.html", "classpath*:static/**/*.*", "classpath*:messages*.properties"};

    private final TopicCatalog catalog;
    private final String siteBuild;
    /**
     * Per language, ETags of its current catalog only: a new catalog (a refresh, an edit) starts an empty map,
     * so the store holds at most one entry per page of one catalog per supported language, however many
     * versions a long run sees.
     */
    private final Map<String, Generation> generations = new ConcurrentHashMap<>();

    private record Generation(Catalog catalog, Map<String, String> etags) {
        Generation(Catalog catalog) {
            this(catalog, new ConcurrentHashMap<>());
        }
    }

    PageVersions(TopicCatalog catalog, GuideProperties settings) {
        this.catalog = catalog;
        // The deployment's helpline number is printed on every page, and its public address is in every page's
        // canonical and alternate links: a new number or address is a new version.
        this.siteBuild = ContentHash.of(hashSiteFiles(), settings.helplineNumber(), settings.publicBaseUrl());
    }

    /**
     * The current ETag of a public page, in the language its address is in, or empty when the path is not one
     * (it is then not cached).
     */
    Optional<String> etag(String path) {
        // The path decides first: a static file or an unknown address never asks the catalog.
        Optional<CachedRoute> route = CachedRoute.of(path);
        return route.isEmpty() ? Optional.empty() : etag(route.get(), path);
    }

    /** The current ETag of a path of this route, or empty when the route has no such page. */
    Optional<String> etag(CachedRoute route, String path) {
        String language = route.language();
        Catalog current = catalog.catalog(language);
        Generation known = generations.get(language);
        if (known == null || known.catalog() != current) {
            known = new Generation(current);
            generations.put(language, known);
        }
        Map<String, String> etags = known.etags();
        return route.contentVersion(current, path).map(version -> etags.computeIfAbsent(version, v -> etagOf(v, language)));
    }

    /** How many ETags are held (for tests: the store is bounded by the pages of one catalog per language). */
    int storedEtags() {
        return generations.values().stream().mapToInt(known -> known.etags().size()).sum();
    }

    private String etagOf(String contentVersion, String language) {
        // Hashing is per version, not per request: the public path stays allocation-light. The language is
        // part of it, so two languages' pages never share a tag.
        return "\"" + ContentHash.of(contentVersion, language, siteBuild) + "\"";
    }

    private static String hashSiteFiles() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Object> parts = new ArrayList<>();
        try {
            List<Resource> files = new ArrayList<>();
            for (String pattern : SITE_FILES) {
                files.addAll(List.of(resolver.getResources(pattern)));
            }
            files.sort(Comparator.comparing(Resource::getDescription));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    parts.add(file.getFilename());
                    parts.add(ContentHash.of(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the site's templates and static files", e);
        }
        return ContentHash.of(parts.toArray());
    }
}
