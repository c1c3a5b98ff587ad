package org.lumbarguide.search;

import java.util.List;

/**
 * What the results page shows. {@code query} is the text as the reader typed it (shown back in the box);
 * {@code state} says whether anything was searched; {@code emergency} puts the emergency box first;
 * {@code pages} are topic pages and their sections, {@code terms} glossary words; {@code suggestion} is the
 * query in the guide's spelling ("Did you mean ...?") or null; {@code wordsIgnored} says only the first
 * {@value IndexQuery#MAX_WORDS} words were searched.
 */
public record SearchPage(String query, State state, boolean emergency, List<SearchHit> pages, List<SearchHit> terms,
                         String suggestion, boolean wordsIgnored, String language, SearchPaths paths,
                         String emergencyHref) {

    /** What happened to the query. */
    public enum State {
        /** Nothing typed (or only spaces): the page shows the box and how to search. */
        EMPTY,
        /** Longer than {@value GuideSearch#MAX_CHARACTERS} characters: not searched (400). */
        TOO_LONG,
        /** Searched; the results may be empty. */
        SEARCHED
    }

    public SearchPage {
        pages = List.copyOf(pages);
        terms = List.copyOf(terms);
    }

    public boolean isEmpty() {
        return state == State.EMPTY;
    }

    public boolean isTooLong() {
        return state == State.TOO_LONG;
    }

    public boolean searched() {
        return state == State.SEARCHED;
    }

    /** Searched and nothing found: the page offers the emergency box, the topics and the glossary instead. */
    public boolean nothingFound() {
        return searched() && pages.isEmpty() && terms.isEmpty();
    }

    public int maxCharacters() {
        return GuideSearch.MAX_CHARACTERS;
    }

    public int maxWords() {
        return IndexQuery.MAX_WORDS;
    }
}
