package org.lumbarguide.search;

/**
 * The addresses search links to, in one language: the results page, a topic page, the list of topics, the
 * glossary and the home page. English pages live at the root; a translation under its language code, with
 * its own words for the paths ({@code /es/temas/{slug}}, {@code /es/buscar}), as the site's routes name them.
 * The header's search box ({@code fragments/search-box.html}) names the same results pages.
 */
public record SearchPaths(String search, String topics, String glossary, String home) {

    static final SearchPaths ENGLISH = new SearchPaths("/search", "/topics", "/glossary", "/");
    static final SearchPaths SPANISH = new SearchPaths("/es/buscar", "/es/temas", "/es/glosario", "/es");

    static SearchPaths of(String language) {
        return "es".equals(language) ? SPANISH : ENGLISH;
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
