package org.lumbarguide.site;

/** The language public pages are served in until a second language lands. */
final class SiteLanguage {

    static final String DEFAULT = "en";

    private SiteLanguage() {
    }
}
