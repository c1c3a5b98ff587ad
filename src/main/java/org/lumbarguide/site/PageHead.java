package org.lumbarguide.site;

import org.lumbarguide.config.SitePaths;

import java.util.List;

/**
 * What the layout needs to know about the page it wraps, beyond the page's own content: the addresses of the
 * page's language (navigation), its description, canonical address and alternates in other languages for
 * search engines, the links to the same page in every other language, and, for a topic, its structured data.
 * Built for every request by {@link PageHeads}; templates read it as {@code head}.
 *
 * @param paths          the addresses in the page's language
 * @param symptoms       the Symptoms topic's address in the page's language (the navigation and the footer
 *                       link to it), or the list of topics while that language has no such page
 * @param description    the page's {@code <meta name="description">}
 * @param canonical      the page's absolute address, or null for pages that are not the public content
 *                       (errors, forms)
 * @param alternates     the page in every language and {@code x-default}, absolute, when it exists in every
 *                       language; else empty (no {@code hreflang} is better than a partial set)
 * @param others         the way to each other language: the same page there, else that language's nearest page
 * @param structuredData a topic page's schema.org {@code MedicalWebPage} as JSON-LD (escaped for a
 *                       {@code <script>} element), or null
 */
public record PageHead(SitePaths paths, String symptoms, String description, String canonical,
                       List<Alternate> alternates, List<OtherLanguage> others, String structuredData) {

    /** A {@code <link rel="alternate" hreflang>}: a language code or {@code x-default}, and an absolute address. */
    public record Alternate(String hreflang, String href) {
    }

    /**
     * The link to another language: its code (the link's {@code lang} and {@code hreflang}), where it goes (a
     * path in the site), the language's own name for itself ("Español") and its offer for the home page ("Lea
     * esta guía en español"), both written in that language.
     */
    public record OtherLanguage(String language, String href, String name, String offer) {
    }
}
