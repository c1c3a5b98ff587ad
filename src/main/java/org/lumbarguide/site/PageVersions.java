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

import org.lumbarguide.content.ContentHash;
import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.content.TopicCatalog;
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

    private static final String TOPIC_PREFIX = "/topics/";

    private final TopicCatalog catalog;
    private final String siteBuild;
    private final Map<String, String> etags = new ConcurrentHashMap<>();

    PageVersions(TopicCatalog catalog, GuideProperties settings) {
        this.catalog = catalog;
        // The deployment's helpline number is printed on every page, so a new number is a new version.
        this.siteBuild = ContentHash.of(hashSiteFiles(), settings.helplineNumber());
    }

    /** The current ETag of a public page, or empty when the path is not one (it is then not cached). */
    Optional<String> etag(String path) {
        // The path decides first: a static file or an unknown address never asks the catalog.
        if (path.equals("/") || path.equals("/topics") || path.equals("/glossary")) {
            return Optional.of(etagOf(catalog.catalog(SiteLanguage.DEFAULT).etag()));
        }
        if (path.startsWith(TOPIC_PREFIX) && path.indexOf('/', TOPIC_PREFIX.length()) < 0) {
            return catalog.catalog(SiteLanguage.DEFAULT).page(path.substring(TOPIC_PREFIX.length()))
                    .map(page -> etagOf(page.etag()));
        }
        return Optional.empty();
    }

    private String etagOf(String contentVersion) {
        // Hashing is per version, not per request: the public path stays allocation-light.
        return etags.computeIfAbsent(contentVersion, version -> "\"" + ContentHash.of(version, siteBuild) + "\"");
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
