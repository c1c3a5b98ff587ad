package org.lumbarguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Real-sounding Spanish searches (everyday words, misspellings, words typed without their accents) find the right
 * section among the first three results, on the index of the real Spanish content files. The table is
 * {@code src/test/resources/search/es-queries.csv}.
 */
class SpanishQueriesTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/search/es-queries.csv", encoding = "UTF-8")
    void findsTheSectionInTheFirstThree(String query, String expected) {
        IndexQuery.Found found = IndexQuery.run(SearchFixtures.spanishIndex(), SearchFixtures.analysis("es"), query);
        List<String> firstThree = found.pages().stream().limit(3).map(SearchHit::href).toList();
        assertThat(firstThree).as(query).contains(expected);
    }
}
