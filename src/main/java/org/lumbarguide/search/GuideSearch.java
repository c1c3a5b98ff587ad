package org.lumbarguide.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * Searches the guide in one language: checks what was typed, runs it on the language's index and says whether
 * it may be an emergency. Nothing typed is ever logged, here or by Lucene (which logs nothing on a search).
 *
 * <p>Input rules: control characters become spaces and the text is trimmed; nothing left is an empty search (the
 * page shows the box); more than {@value #MAX_CHARACTERS} characters is not searched (the page says why, with a
 * 400: the box itself allows no more, so only an edited address gets there, and searching a cut-down text would
 * answer a question nobody asked); of the rest, the first {@value IndexQuery#MAX_WORDS} words are searched.
 */
@Service
public class GuideSearch {

    /** The longest search, in characters (code points): the box's {@code maxlength}. */
    public static final int MAX_CHARACTERS = 200;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

    private final SearchIndexes indexes;
    private final ResourceLoader resources;
    private final Map<String, EmergencyWords> emergencyWords = new ConcurrentHashMap<>();

    GuideSearch(SearchIndexes indexes, ResourceLoader resources) {
        this.indexes = indexes;
        this.resources = resources;
    }

    /** The results page of {@code typed} (null or blank: no search) in a language the guide is served in. */
    public SearchPage search(String language, String typed) {
        String query = typed == null ? "" : CONTROL.matcher(typed).replaceAll(" ").strip();
        SearchPaths paths = SearchPaths.of(language);
        if (query.isEmpty()) {
            return new SearchPage("", SearchPage.State.EMPTY, false, List.of(), List.of(), null, false, language, paths,
                    emergencyHref(language, paths));
        }
        if (query.codePointCount(0, query.length()) > MAX_CHARACTERS) {
            return new SearchPage(query, SearchPage.State.TOO_LONG, false, List.of(), List.of(), null, false, language,
                    paths, emergencyHref(language, paths));
        }
        boolean emergency = emergencyWords.computeIfAbsent(language, l -> EmergencyWords.read(resources, l)).in(query);
        LanguageIndex index = indexes.acquire(language);
        try {
            IndexQuery.Found found = IndexQuery.run(index, indexes.analysis(language), query);
            return new SearchPage(query, SearchPage.State.SEARCHED, emergency, found.pages(), found.terms(),
                    found.suggestion(), found.wordsIgnored(), language, paths, index.emergencyHref);
        } finally {
            index.release();
        }
    }

    private String emergencyHref(String language, SearchPaths paths) {
        try {
            LanguageIndex index = indexes.acquire(language);
            try {
                return index.emergencyHref;
            } finally {
                index.release();
            }
        } catch (RuntimeException e) {
            return paths.home();
        }
    }
}
