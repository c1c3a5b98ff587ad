package org.lumbarguide.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;

/**
 * The one table of public pages served from memory. Each route names its path pattern (as Spring MVC
 * writes it, so it is also the route's name in the request metrics and the interceptors' mapping), how
 * to find the content version of a path it matches, and the paths it has today (for the warmer).
 * {@link PageVersions} (the ETag), {@link RenderedPageFilter} (the cache), {@link PageWarmer} and
 * {@link PageCacheHeaders} (the interceptor) all read this table; no other list of cached pages exists.
 */
enum CachedRoute {

    /** The home page: topic list and emergency box, so the catalog's version. */
    HOME("/"),
    /** The list of topics. */
    TOPICS("/topics"),
    /** The glossary, A to Z. */
    GLOSSARY("/glossary"),
    /** One topic page: its own version; a slug with no page (or a deeper path) is not cached. */
    TOPIC("/topics/{slug}") {
        private static final String PREFIX = "/topics/";

        @Override
        boolean matches(String path) {
            return path.length() > PREFIX.length() && path.startsWith(PREFIX)
                    && path.indexOf('/', PREFIX.length()) < 0;
        }

        @Override
        Optional<String> contentVersion(Catalog catalog, String path) {
            return catalog.page(path.substring(PREFIX.length())).map(page -> page.etag());
        }

        @Override
        List<String> paths(Catalog catalog) {
            List<String> paths = new ArrayList<>();
            for (TopicLink topic : catalog.topics()) {
                paths.add(PREFIX + topic.slug());
            }
            return paths;
        }
    };

    private static final CachedRoute[] ALL = values();

    private final String pattern;

    CachedRoute(String pattern) {
        this.pattern = pattern;
    }

    /** The path pattern, in Spring MVC's syntax; also the {@code uri} tag of the request metrics. */
    String pattern() {
        return pattern;
    }

    boolean matches(String path) {
        return path.equals(pattern);
    }

    /** What the page at this path shows, as a version; empty when there is no such page. */
    Optional<String> contentVersion(Catalog catalog, String path) {
        return Optional.of(catalog.etag());
    }

    /** Every path of this route in the catalog, as a visitor would ask for it. */
    List<String> paths(Catalog catalog) {
        return List.of(pattern);
    }

    /** The route a request path belongs to; the path alone decides (no catalog is read). */
    static Optional<CachedRoute> of(String path) {
        for (CachedRoute route : ALL) {
            if (route.matches(path)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** Every cached page's path, in table order. */
    static List<String> allPaths(Catalog catalog) {
        List<String> paths = new ArrayList<>();
        for (CachedRoute route : ALL) {
            paths.addAll(route.paths(catalog));
        }
        return paths;
    }

    /** Every route's pattern, for path-pattern mappings such as the cache-control interceptor's. */
    static String[] patterns() {
        return Arrays.stream(ALL).map(CachedRoute::pattern).toArray(String[]::new);
    }
}
