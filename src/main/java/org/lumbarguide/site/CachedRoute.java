package org.lumbarguide.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.lumbarguide.config.SitePaths;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;

/**
 * The one table of public pages served from memory, in every language. Each route is a kind of page in one
 * language: it knows its path pattern (as Spring MVC writes it, so it is also the route's name in the request
 * metrics and the interceptors' mapping, built from that language's {@link SitePaths}), its language (the
 * catalog its content comes from), how to find the content version of a path it matches, and the paths it has
 * today (for the warmer and the sitemap). The same page in another language is the route of the same
 * {@link Kind} there (for a topic, the page with the same topic key).
 * {@link PageVersions} (the ETag), {@link RenderedPageFilter} (the cache), {@link PageWarmer},
 * {@link PageCacheHeaders} (the interceptor), {@link PageHeads} (alternates, canonical address) and
 * {@link SitemapController} all read this table; no other list of cached pages exists.
 */
enum CachedRoute {

    HOME(Kind.HOME, SitePaths.ENGLISH),
    TOPICS(Kind.TOPICS, SitePaths.ENGLISH),
    GLOSSARY(Kind.GLOSSARY, SitePaths.ENGLISH),
    TOPIC(Kind.TOPIC, SitePaths.ENGLISH),
    HOME_ES(Kind.HOME, SitePaths.SPANISH),
    TOPICS_ES(Kind.TOPICS, SitePaths.SPANISH),
    GLOSSARY_ES(Kind.GLOSSARY, SitePaths.SPANISH),
    TOPIC_ES(Kind.TOPIC, SitePaths.SPANISH);

    /** What a page shows, whatever its language. */
    enum Kind {
        /** The home page: topic list and emergency box, so the catalog's version. */
        HOME,
        /** The list of topics. */
        TOPICS,
        /** The glossary, A to Z. */
        GLOSSARY,
        /** One topic page: its own version; a slug with no page (or a deeper path) is not cached. */
        TOPIC
    }

    private static final CachedRoute[] ALL = values();

    private final Kind kind;
    private final SitePaths paths;
    private final String pattern;
    /** For a topic: what every one of its paths starts with ({@code /topics/}). */
    private final String topicPrefix;

    CachedRoute(Kind kind, SitePaths paths) {
        this.kind = kind;
        this.paths = paths;
        this.pattern = switch (kind) {
            case HOME -> paths.home();
            case TOPICS -> paths.topics();
            case GLOSSARY -> paths.glossary();
            case TOPIC -> paths.topic("{slug}");
        };
        this.topicPrefix = paths.topics() + "/";
    }

    /** The path pattern, in Spring MVC's syntax; also the {@code uri} tag of the request metrics. */
    String pattern() {
        return pattern;
    }

    Kind kind() {
        return kind;
    }

    /** The content's language code of this route's pages (its catalog). */
    String language() {
        return paths.language();
    }

    boolean matches(String path) {
        if (kind == Kind.TOPIC) {
            return path.length() > topicPrefix.length() && path.startsWith(topicPrefix)
                    && path.indexOf('/', topicPrefix.length()) < 0;
        }
        return path.equals(pattern);
    }

    /** For a topic page's path, its slug; empty for any other route's (or a path this route does not match). */
    Optional<String> slug(String path) {
        return kind == Kind.TOPIC && matches(path) ? Optional.of(path.substring(topicPrefix.length())) : Optional.empty();
    }

    /** The address of this route's page: for a topic, the one with this slug. */
    String path(String slug) {
        return kind == Kind.TOPIC ? paths.topic(slug) : pattern;
    }

    /**
     * This route's page for a topic key in its language's catalog (the same topic in another language has the
     * same key); for any other kind, its one page, whatever the key.
     */
    Optional<String> pathOf(String key, Catalog catalog) {
        if (kind != Kind.TOPIC) {
            return Optional.of(pattern);
        }
        for (TopicLink topic : catalog.topics()) {
            if (topic.key().equals(key)) {
                return Optional.of(paths.topic(topic.slug()));
            }
        }
        return Optional.empty();
    }

    /** What the page at this path shows, as a version; empty when there is no such page. */
    Optional<String> contentVersion(Catalog catalog, String path) {
        if (kind == Kind.TOPIC) {
            return slug(path).flatMap(catalog::page).map(page -> page.etag());
        }
        return Optional.of(catalog.etag());
    }

    /** Every path of this route in its language's catalog, as a visitor would ask for it. */
    List<String> paths(Catalog catalog) {
        if (kind != Kind.TOPIC) {
            return List.of(pattern);
        }
        List<String> all = new ArrayList<>();
        for (TopicLink topic : catalog.topics()) {
            all.add(paths.topic(topic.slug()));
        }
        return all;
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

    /** The route of this kind of page in a language, if the table has one. */
    static Optional<CachedRoute> of(Kind kind, String language) {
        for (CachedRoute route : ALL) {
            if (route.kind == kind && route.language().equals(language)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** Every cached page's path in every language, in table order; each route reads its own language's catalog. */
    static List<String> allPaths(Function<String, Catalog> catalogs) {
        List<String> all = new ArrayList<>();
        for (CachedRoute route : ALL) {
            all.addAll(route.paths(catalogs.apply(route.language())));
        }
        return all;
    }

    /** Every route's pattern, for path-pattern mappings such as the cache-control interceptor's. */
    static String[] patterns() {
        return Arrays.stream(ALL).map(CachedRoute::pattern).toArray(String[]::new);
    }
}
