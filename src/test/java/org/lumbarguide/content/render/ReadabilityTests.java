package org.lumbarguide.content.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference texts whose counts and scores were worked out by hand. */
class ReadabilityTests {

    @ParameterizedTest(name = "{0} has {1} syllables")
    @CsvSource({
            "cat, 1", "bone, 1", "spine, 1", "table, 2", "whole, 1", "helped, 1", "wanted, 2", "bones, 1",
            "boxes, 2", "tumour, 2", "cancer, 2", "pressure, 2", "numbness, 2", "tingling, 2", "nerves, 1",
            "surgery, 3", "anaemia, 4", "radiotherapy, 6", "diagnosis, 4", "biopsy, 3", "MRI, 3",
            "X-ray, 2", "well-known, 2", "patient's, 2", "emergency, 4", "bladder, 2", "chemotherapy, 5"})
    void countsSyllables(String word, int expected) {
        assertThat(Readability.syllables(word)).isEqualTo(expected);
    }

    @Test
    void oneShortSentence() {
        // 6 words, 1 sentence, 6 syllables.
        // Grade = 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45; ease = 206.835 - 1.015 * 6 - 84.6 * 1 = 116.145
        Readability.Score score = Readability.score("The cat sat on the mat.");
        assertThat(score.sentences()).isEqualTo(1);
        assertThat(score.words()).isEqualTo(6);
        assertThat(score.syllables()).isEqualTo(6);
        assertThat(score.grade()).isCloseTo(-1.45, within(0.001));
        assertThat(score.readingEase()).isCloseTo(116.145, within(0.001));
    }

    @Test
    void twoSentencesWithLongerWords() {
        // "Radiotherapy uses strong rays." = radiotherapy 6 + uses 2 + strong 1 + rays 1 = 10 syllables, 4 words.
        // "It can ease your pain." = 5 words, 5 syllables. Total: 2 sentences, 9 words, 15 syllables.
        // Grade = 0.39 * 4.5 + 11.8 * 15 / 9 - 15.59 = 1.755 + 19.6667 - 15.59 = 5.8317
        // Ease = 206.835 - 1.015 * 4.5 - 84.6 * 15 / 9 = 206.835 - 4.5675 - 141.0 = 61.2675
        Readability.Score score = Readability.score("Radiotherapy uses strong rays. It can ease your pain.");
        assertThat(score.sentences()).isEqualTo(2);
        assertThat(score.words()).isEqualTo(9);
        assertThat(score.syllables()).isEqualTo(15);
        assertThat(score.grade()).isCloseTo(5.8317, within(0.001));
        assertThat(score.readingEase()).isCloseTo(61.2675, within(0.001));
    }

    @Test
    void eachLineOfAListIsItsOwnSentence() {
        Readability.Score score = Readability.score("- new weakness in your legs\n- numbness between your legs\n");
        assertThat(score.sentences()).isEqualTo(2);
        assertThat(score.longestSentenceWords()).isEqualTo(5);
    }

    @Test
    void reportsTheLongestSentence() {
        Readability.Score score = Readability.score("Short one. This second sentence is a good deal longer than the first.");
        assertThat(score.longestSentenceWords()).isEqualTo(11);
        assertThat(score.longestSentence()).startsWith("This second sentence");
    }

    @Test
    void emptyTextScoresAsEasy() {
        assertThat(Readability.score("  ").words()).isZero();
    }
}
