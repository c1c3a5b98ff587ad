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
        assertThat(Readability.score("  ", "es").readingEase()).isEqualTo(100);
    }

    // --- Spanish: Fernández Huerta, with the vowel-nucleus syllable counter ---

    /**
     * Spoken (and dictionary) syllable counts. The same table gives the same counts in the translators' checker
     * (/work/prompts/fh.py, syllables()), whose rules the Java counter ports.
     */
    @ParameterizedTest(name = "{0} has {1} syllables")
    @CsvSource({
            // the brief's examples: a diphthong, a silent u, a hiatus with an accent, a final y, a ü
            "quimioterapia, 5", "náuseas, 3", "país, 2", "guerra, 2", "hoy, 1", "pingüino, 3", "aéreo, 4",
            // words of the guide
            "columna, 3", "médula, 3", "espinal, 3", "vértebra, 3", "cáncer, 2", "tumor, 2", "tumores, 3",
            "radioterapia, 5", "resonancia, 4", "magnética, 4", "metástasis, 4", "cirugía, 4", "piernas, 2",
            "fiebre, 2", "hueso, 2", "orina, 3", "urgencias, 3", "ambulancia, 4", "emergencia, 4", "paciente, 3",
            "esteroides, 4", "paliativos, 4", "mieloma, 3", "riñón, 2",
            // diphthongs and triphthongs: one nucleus
            "ciudad, 2", "cuidado, 3", "agua, 2", "buey, 1", "Uruguay, 3", "muy, 1", "ley, 1",
            // hiatus: two strong vowels, or an accented i or u
            "día, 2", "río, 2", "aún, 2", "leer, 2", "poeta, 3", "oído, 3", "reúne, 3", "baúl, 2",
            // que, qui, gue, gui: silent u; güe, güi: said
            "que, 1", "quien, 1", "guitarra, 3", "vergüenza, 3", "averigüéis, 4",
            // y: a word of its own, a consonant before a vowel
            "y, 1", "ayuda, 3",
            // h is no vowel; a word without vowels counts one
            "ahora, 3", "prohibir, 3", "RM, 1"})
    void countsSpanishSyllables(String word, int expected) {
        assertThat(Readability.spanishSyllables(word)).isEqualTo(expected);
        assertThat(Readability.syllables(word, "es")).isEqualTo(expected);
    }

    @Test
    void capitalsAndDecomposedAccentsCountAlike() {
        assertThat(Readability.spanishSyllables("PAÍS")).isEqualTo(2);
        assertThat(Readability.spanishSyllables("Día")).isEqualTo(2);
        // "día" written as d, i, a combining acute accent, a: the same word once composed.
        assertThat(Readability.spanishSyllables("di\u0301a")).isEqualTo(2);
        assertThat(Readability.words("di\u0301a y m\u00e9dula", "es")).hasSize(3);
    }

    @Test
    void spanishIsScoredWithFernandezHuerta() {
        // "El dolor de espalda es común." = el 1 + do-lor 2 + de 1 + es-pal-da 3 + es 1 + co-mún 2: 6 words, 10 syllables.
        // "Llame a su equipo." = lla-me 2 + a 1 + su 1 + e-qui-po 3: 4 words, 7 syllables.
        // P = 100 * 17 / 10 = 170; F = 10 / 2 = 5. L = 206.84 - 0.60 * 170 - 1.02 * 5 = 99.74
        Readability.Score score = Readability.score("El dolor de espalda es común. Llame a su equipo.", "es");
        assertThat(score.measure()).isEqualTo(Readability.Measure.FERNANDEZ_HUERTA);
        assertThat(score.sentences()).isEqualTo(2);
        assertThat(score.words()).isEqualTo(10);
        assertThat(score.syllables()).isEqualTo(17);
        assertThat(score.readingEase()).isCloseTo(99.74, within(0.001));
        assertThat(score.level()).isEqualTo(score.readingEase());
        assertThat(score.grade()).isNaN();
    }

    @Test
    void harderSpanishScoresLower() {
        // "La compresión metastásica de la médula espinal necesita una evaluación multidisciplinaria inmediata."
        // la 1, com-pre-sión 3, me-tas-tá-si-ca 5, de 1, la 1, mé-du-la 3, es-pi-nal 3, ne-ce-si-ta 4, u-na 2,
        // e-va-lua-ción 4, mul-ti-dis-ci-pli-na-ria 7, in-me-dia-ta 4: 12 words, 38 syllables, 1 sentence.
        // L = 206.84 - 0.60 * 3800 / 12 - 1.02 * 12 = 206.84 - 190 - 12.24 = 4.6
        Readability.Score score = Readability.score("La compresión metastásica de la médula espinal necesita una "
                + "evaluación multidisciplinaria inmediata.", "es");
        assertThat(score.words()).isEqualTo(12);
        assertThat(score.syllables()).isEqualTo(38);
        assertThat(score.readingEase()).isCloseTo(4.6, within(0.001));
    }

    @Test
    void spanishSentencesEndAtTheirMarksAndEachListItemIsOne() {
        Readability.Score score = Readability.score("¿Tiene fiebre? Llame ahora.\n- debilidad nueva en las piernas\n"
                + "- dolor en las dos piernas\n", "es");
        assertThat(score.sentences()).isEqualTo(4);
        assertThat(score.longestSentenceWords()).isEqualTo(5);
        // A hyphen parts two words in Spanish, as the translators' checker reads them.
        assertThat(Readability.words("físico-químico", "es")).containsExactly("físico", "químico");
        assertThat(Readability.words("X-ray")).containsExactly("X-ray");
    }

    @Test
    void englishKeepsFleschKincaid() {
        assertThat(Readability.score("The cat sat on the mat.", "en").grade())
                .isEqualTo(Readability.score("The cat sat on the mat.").grade());
        assertThat(Readability.measure("en")).isEqualTo(Readability.Measure.FLESCH_KINCAID_GRADE);
        assertThat(Readability.score("The cat sat on the mat.").level()).isCloseTo(-1.45, within(0.001));
    }
}
