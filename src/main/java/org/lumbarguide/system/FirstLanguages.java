package org.lumbarguide.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose locales come from the first {@value #MAX_ENTRIES} entries of its Accept-Language header.
 * Tomcat refuses to parse more than ten (maxLocaleCount, a guard against costly headers) by throwing from
 * {@code getLocale()}, which every page calls: an eleven-language browser got a 500 everywhere. Raising
 * the cap would only move the cliff; the first entries are the ones a browser prefers anyway.
 */
final class FirstLanguages extends HttpServletRequestWrapper {

    static final int MAX_ENTRIES = 10;

    private final List<Locale> locales;

    private FirstLanguages(HttpServletRequest request, List<Locale> locales) {
        super(request);
        this.locales = locales;
    }

    /** The request itself when its header is short enough for Tomcat, otherwise one that reads only the start. */
    static HttpServletRequest of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || entries(header).size() <= MAX_ENTRIES) {
            return request;
        }
        return new FirstLanguages(request, parse(header));
    }

    /** Best first, as Tomcat orders them; entries Java cannot read are skipped, as Tomcat skips them. */
    static List<Locale> parse(String header) {
        List<Locale.LanguageRange> ranges = new ArrayList<>();
        List<String> entries = entries(header);
        for (String entry : entries.subList(0, Math.min(MAX_ENTRIES, entries.size()))) {
            try {
                ranges.addAll(Locale.LanguageRange.parse(entry));
            } catch (IllegalArgumentException unreadable) {
                // skipped, like any other malformed entry
            }
        }
        ranges.sort((a, b) -> Double.compare(b.getWeight(), a.getWeight()));
        List<Locale> locales = new ArrayList<>();
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0 && !range.getRange().contains("*")) {
                Locale locale = Locale.forLanguageTag(range.getRange());
                if (!locales.contains(locale)) {
                    locales.add(locale);
                }
            }
        }
        return locales;
    }

    private static List<String> entries(String header) {
        return List.of(header.split(",", -1)).stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
    }

    @Override
    public Locale getLocale() {
        return locales.isEmpty() ? Locale.getDefault() : locales.get(0);
    }

    @Override
    public Enumeration<Locale> getLocales() {
        return Collections.enumeration(locales.isEmpty() ? List.of(Locale.getDefault()) : locales);
    }
}
