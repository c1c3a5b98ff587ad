package org.lumbarguide.config;

import java.util.List;

/**
 * The words of the public addresses in one language: the one place they are written. English addresses have
 * no prefix ({@code /topics/symptoms}); every other language's start with its code and use its own words
 * ({@code /es/temas/sintomas}), because readers see, say and share these addresses and search engines show
 * them. Every address in the code is built from these (the site's routes, search's links, the catalog's
 * links, the health-record answers): no other class writes them. Section anchors ({@code #get-help-now}) and glossary anchors are the same in every language, so a link
 * to a part of a page survives a change of language.
 * <p>
 * The address decides the page's language (site/SiteLocale): nothing is negotiated, so a page is the same
 * for every visitor and can be kept and revalidated as one. The route table (site/CachedRoute) builds its
 * patterns from these; controllers map the same literal patterns, and {@code CachedRoutesIT} checks that each
 * is a mapping. Templates get the request's language's paths from site/PageHeads (model attribute
 * {@code head}, {@code head.paths}).
 *
 * @param language the content's language code ({@code en}, {@code es})
 * @param prefix   what every address of the language starts with: empty for the default language
 * @param home     the home page
 * @param topics   the list of topics; a topic is {@code topics + "/" + slug}
 * @param glossary the glossary
 * @param feedback "Was this page helpful?" (feedback/FeedbackController maps it)
 * @param search   the search results page (search/SearchController maps it)
 */
public record SitePaths(String language, String prefix, String home, String topics, String glossary,
                        String feedback, String search) {

    public static final SitePaths ENGLISH = new SitePaths("en", "", "/", "/topics", "/glossary", "/feedback", "/search");

    public static final SitePaths SPANISH = new SitePaths("es", "/es", "/es", "/es/temas", "/es/glosario",
            "/es/comentarios", "/es/buscar");

    /** Every language's addresses, the default language's first (as {@code config/Languages} lists them). */
    public static final List<SitePaths> ALL = List.of(ENGLISH, SPANISH);

    /** A topic page's address. */
    public String topic(String slug) {
        return topics + "/" + slug;
    }

    /** The addresses of a language ({@code en}, {@code es}); the default language's for any other code. */
    public static SitePaths of(String language) {
        for (SitePaths paths : ALL) {
            if (paths.language.equals(language)) {
                return paths;
            }
        }
        return ENGLISH;
    }

    /**
     * The language a request path is in: the one whose prefix is the whole path or its first segment
     * ({@code /es}, {@code /es/temas}, not {@code /espalda}); the default language otherwise.
     */
    public static SitePaths ofPath(String path) {
        if (path != null) {
            for (SitePaths paths : ALL) {
                String prefix = paths.prefix;
                if (!prefix.isEmpty() && path.startsWith(prefix)
                        && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                    return paths;
                }
            }
        }
        return ENGLISH;
    }
}
