package org.lumbarguide.config;

import java.util.List;
import java.util.Locale;

/**
 * The languages the guide is served in: the one list. A language belongs here once the build holds all of it
 * (its content folder, {@code content/<code>/}, its {@code messages_<code>.properties} and the words of its
 * addresses, {@link SitePaths}), so it is a fact of the release, not a setting an operator could turn on
 * without the text behind it. The first is the default: the language of every address without a language's
 * prefix, the {@code x-default} of search engines, and what requests outside Spring MVC (filters, start-up
 * work) use. Pages take their language from their address, through the site's {@code LocaleResolver}; code
 * that only names a language for the content or the catalog uses {@link #code(Locale)}.
 */
public final class Languages {

    /** Spanish: neutral Latin American Spanish, for readers in every Spanish-speaking country. */
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    /** Every supported language, the default first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, SPANISH);

    /** The default language. */
    public static final Locale DEFAULT = SUPPORTED.get(0);

    private Languages() {
    }

    /**
     * The language's code as the content and the catalog name it (the content folder's name, a topic row's
     * {@code language}): the ISO 639 code, without a region.
     */
    public static String code(Locale locale) {
        return locale.getLanguage();
    }

    /**
     * The code of the language a request in this locale is served in: its own when the guide has it, else the
     * default. Whatever a browser or a test sets, nothing looks up a language the guide does not have.
     */
    public static String servedCode(Locale locale) {
        String code = locale == null ? null : code(locale);
        return isSupported(code) ? code : defaultCode();
    }

    /** The default language's code. */
    public static String defaultCode() {
        return code(DEFAULT);
    }

    /** Every supported language's code, the default first. */
    public static List<String> codes() {
        return SUPPORTED.stream().map(Languages::code).toList();
    }

    /** Whether a language code (as a form or the content names it) is one the guide is served in. */
    public static boolean isSupported(String code) {
        return code != null && codes().contains(code);
    }
}
