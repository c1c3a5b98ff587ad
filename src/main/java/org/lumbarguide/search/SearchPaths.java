package org.lumbarguide.search;

import org.lumbarguide.config.SitePaths;

/**
 * The addresses search links to, in one language: the results page, a topic page, the list of topics, the
 * glossary and the home page, taken from the one table of the site's address words ({@link SitePaths}).
 * The header's search box ({@code fragments/search-box.html}) names the same results pages.
 */
public record SearchPaths(String search, String topics, String glossary, String home) {

    static final SearchPaths ENGLISH = of(SitePaths.ENGLISH);
    static final SearchPaths SPANISH = of(SitePaths.SPANISH);

    static SearchPaths of(String language) {
        return "es".equals(language) ? SPANISH : ENGLISH;
    }

    private static SearchPaths of(SitePaths site) {
        return new SearchPaths(site.search(), site.topics(), site.glossary(), site.home());
    }

    public String topic(String slug) {
        return topics + "/" + slug;
    }

    String section(String slug, String anchor) {
        return topic(slug) + "#" + anchor;
    }

    String glossaryEntry(String anchor) {
        return glossary + "#" + anchor;
    }
}
