package org.lumbarguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.lumbarguide.config.Region;

/**
 * Real-sounding English searches (lay words, misspellings, UK and US spellings, what a worried reader types) find
 * the right section among the first three results, on the index of the real content files as a UK and as a US
 * deployment spells them. The table is {@code src/test/resources/search/en-queries.csv}.
 */
class EnglishQueriesTests {

    @ParameterizedTest(name = "UK: {0} -> {1}")
    @CsvFileSource(resources = "/search/en-queries.csv")
    void findsTheSectionInTheFirstThreeInTheUk(String query, String expected) {
        assertThat(firstThree(Region.UK, query)).as(query).contains(expected);
    }

    @ParameterizedTest(name = "US: {0} -> {1}")
    @CsvFileSource(resources = "/search/en-queries.csv")
    void findsTheSectionInTheFirstThreeInTheUs(String query, String expected) {
        assertThat(firstThree(Region.US, query)).as(query).contains(expected);
    }

    private static List<String> firstThree(Region region, String query) {
        IndexQuery.Found found = IndexQuery.run(SearchFixtures.englishIndex(region), SearchFixtures.analysis("en"), query);
        return found.pages().stream().limit(3).map(SearchHit::href).toList();
    }
}
