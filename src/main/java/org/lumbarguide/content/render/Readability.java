package org.lumbarguide.content.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How easy plain text is to read, in the measure of its language: the Flesch-Kincaid grade (and Flesch reading
 * ease) for English, the Fernández Huerta reading ease for Spanish. Any other language is scored as English
 * until it has a measure of its own.
 *
 * <p>Sentences end at {@code . ! ?} (followed by space or end) and at line breaks, so each list item
 * or heading-like line counts as its own sentence. Words are runs of letters (in English with inner
 * apostrophes or hyphens); numbers are not words.
 *
 * <p>English syllables are counted with the usual vowel-group heuristic: count groups of vowels (a, e, i, o,
 * u, y), drop a silent final "e" (but not "-le" after a consonant), drop "-es"/"-ed" endings that add
 * no sound, and count at least one per word. Hyphenated words are the sum of their parts. Known
 * limits: it miscounts some words where vowels that sit together are said apart ("create", "poem",
 * "radiation" gets 3, not 4), a few silent-e and "-ed" words, and it knows nothing of abbreviations
 * or numbers, so "MRI" counts as one syllable. A small table fixes common medical words it gets wrong.
 * Its errors are a syllable here and there; over a section they move the grade by a fraction.
 *
 * <p>Spanish syllables follow the written vowel nuclei ({@link #spanishSyllables}), the rules of the
 * translators' own checker ({@code fh.py}), so a translator and the build count alike.
 */
public final class Readability {

    /** The language whose text is scored with Fernández Huerta; every other one with Flesch-Kincaid. */
    public static final String SPANISH = "es";

    /** What a score's {@link Score#level()} is. */
    public enum Measure {
        /** Flesch-Kincaid grade: a school grade, lower is easier (English). */
        FLESCH_KINCAID_GRADE(false),
        /** Fernández Huerta reading ease: 0 to 100 and over, higher is easier (Spanish). */
        FERNANDEZ_HUERTA(true);

        private final boolean higherIsEasier;

        Measure(boolean higherIsEasier) {
            this.higherIsEasier = higherIsEasier;
        }

        public boolean higherIsEasier() {
            return higherIsEasier;
        }
    }

    /**
     * {@code grade} is the Flesch-Kincaid grade (NaN for Spanish, which has no grade); {@code readingEase} the
     * Flesch reading ease in English, the Fernández Huerta one in Spanish.
     */
    public record Score(Measure measure, int sentences, int words, int syllables, double grade, double readingEase,
                        int longestSentenceWords, String longestSentence) {

        /** The number the language's gate reads: the grade in English, the reading ease in Spanish. */
        public double level() {
            return measure == Measure.FERNANDEZ_HUERTA ? readingEase : grade;
        }
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z\\u00C0-\\u024F]+(?:['\\u2019-][A-Za-z\\u00C0-\\u024F]+)*");
    /** A Spanish word: a run of letters (accents as one letter or a combining mark); a hyphen parts two words. */
    private static final Pattern SPANISH_WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'\\u201D\\u2019\\u00BB)]*\\s+|\\R+");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    /** In que, qui, gue and gui the u is not said (pingüino keeps its ü). */
    private static final Pattern SILENT_U = Pattern.compile("(?<=[qg])u(?=[eiéí])");
    /** A y before a vowel is a consonant (ya, ayuda); at the end of a word it is a vowel (hoy, muy). */
    private static final Pattern CONSONANT_Y = Pattern.compile("y(?=[aeiouáéíóú])");
    /** Open vowels, and i and u when accented: two of them side by side are said apart (hiatus: a-é-re-o, pa-ís). */
    private static final String STRONG = "aeoáéóíú";
    /** Closed vowels: beside another vowel they join its syllable (diphthong: cuí-da-do, hoy). */
    private static final String WEAK = "iuüy";

    /** Words the heuristic gets wrong, with their spoken syllable counts. */
    private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(
            Map.entry("radiation", 4), Map.entry("radiotherapy", 6), Map.entry("create", 2),
            Map.entry("created", 3), Map.entry("area", 3), Map.entry("areas", 3), Map.entry("idea", 3),
            Map.entry("ideas", 3), Map.entry("being", 2), Map.entry("science", 2), Map.entry("diagnosis", 4),
            Map.entry("diagnosed", 3), Map.entry("biopsy", 3), Map.entry("biopsies", 3), Map.entry("period", 3),
            Map.entry("patient", 2), Map.entry("patients", 2), Map.entry("people", 2), Map.entry("doing", 2),
            Map.entry("going", 2), Map.entry("quiet", 2), Map.entry("video", 3), Map.entry("mri", 3),
            Map.entry("ct", 2), Map.entry("pet", 1), Map.entry("ms", 2), Map.entry("nhs", 3),
            Map.entry("gp", 2), Map.entry("iv", 2), Map.entry("nci", 3), Map.entry("psa", 3),
            Map.entry("every", 2), Map.entry("everyone", 3), Map.entry("something", 2), Map.entry("sometimes", 2),
            Map.entry("somewhere", 2), Map.entry("someone", 2), Map.entry("hormone", 2), Map.entry("hormones", 2),
            Map.entry("vertebrae", 3), Map.entry("ewing", 2), Map.entry("lumbar", 2), Map.entry("useful", 2),
            Map.entry("careful", 2), Map.entry("likely", 2), Map.entry("lonely", 2), Map.entry("business", 2));

    private Readability() {
    }

    /** The measure a language's text is scored with. */
    public static Measure measure(String language) {
        return SPANISH.equals(language) ? Measure.FERNANDEZ_HUERTA : Measure.FLESCH_KINCAID_GRADE;
    }

    /** English text: Flesch-Kincaid. */
    public static Score score(String text) {
        return score(text, null);
    }

    /** Text in a language (a content folder's code, such as {@code es}), scored in that language's measure. */
    public static Score score(String text, String language) {
        Measure measure = measure(language);
        List<String> sentences = sentences(text, language);
        int words = 0;
        int syllables = 0;
        int longest = 0;
        String longestSentence = "";
        for (String sentence : sentences) {
            List<String> sentenceWords = words(sentence, language);
            words += sentenceWords.size();
            for (String word : sentenceWords) {
                syllables += syllables(word, language);
            }
            if (sentenceWords.size() > longest) {
                longest = sentenceWords.size();
                longestSentence = sentence.strip();
            }
        }
        int sentenceCount = sentences.size();
        boolean spanish = measure == Measure.FERNANDEZ_HUERTA;
        if (words == 0 || sentenceCount == 0) {
            return new Score(measure, sentenceCount, words, syllables, spanish ? Double.NaN : 0, 100, 0, "");
        }
        double wordsPerSentence = (double) words / sentenceCount;
        double syllablesPerWord = (double) syllables / words;
        if (spanish) {
            // L = 206.84 - 0.60 P - 1.02 F: P syllables per 100 words, F words per sentence (docs/writing-content.md).
            double ease = 206.84 - 0.60 * (100 * syllablesPerWord) - 1.02 * wordsPerSentence;
            return new Score(measure, sentenceCount, words, syllables, Double.NaN, ease, longest, longestSentence);
        }
        double grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
        double ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
        return new Score(measure, sentenceCount, words, syllables, grade, ease, longest, longestSentence);
    }

    /** An English text's sentences that contain at least one word. */
    public static List<String> sentences(String text) {
        return sentences(text, null);
    }

    /** A text's sentences that contain at least one word of its language. */
    public static List<String> sentences(String text, String language) {
        Pattern word = SPANISH.equals(language) ? SPANISH_WORD : WORD;
        List<String> result = new ArrayList<>();
        for (String part : SENTENCE_END.split(text == null ? "" : text.strip())) {
            if (word.matcher(part).find()) {
                result.add(part.strip());
            }
        }
        return result;
    }

    /** An English sentence's words. */
    public static List<String> words(String sentence) {
        return words(sentence, null);
    }

    /** A sentence's words as its language counts them. */
    public static List<String> words(String sentence, String language) {
        List<String> result = new ArrayList<>();
        Matcher matcher = (SPANISH.equals(language) ? SPANISH_WORD : WORD).matcher(sentence);
        while (matcher.find()) {
            result.add(matcher.group());
        }
        return result;
    }

    /** A word's syllables as its language counts them. */
    public static int syllables(String word, String language) {
        return SPANISH.equals(language) ? spanishSyllables(word) : syllables(word);
    }

    /**
     * A Spanish word's syllables, one per vowel nucleus as Spanish spelling marks them: a, e, o and accented í
     * and ú are strong; i, u, ü and a final y weak. A strong vowel beside a weak one is one syllable (a
     * diphthong: hue-so, cui-da-do, Uru-guay), two strong ones are two (a hiatus: a-é-re-o, pa-ís, dí-a), as
     * are two equal weak ones (chi-i-ta). The u of que, qui, gue and gui is silent (gue-rra); a y before a vowel
     * is a consonant (a-yu-da). A word with no vowel (RM, TC) counts one. These are the rules, and the results,
     * of the translators' checker fh.py; its test table is ReadabilityTests.
     */
    public static int spanishSyllables(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        w = SILENT_U.matcher(w).replaceAll("");
        if (w.equals("y")) {
            return 1;
        }
        w = CONSONANT_Y.matcher(w).replaceAll("j");
        int count = 0;
        char previous = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean strong = STRONG.indexOf(c) >= 0;
            if (!strong && WEAK.indexOf(c) < 0) {
                previous = 0;
                continue;
            }
            if (previous == 0
                    || (STRONG.indexOf(previous) >= 0 && strong)
                    || (previous == c && !strong)) {
                count++;
            }
            previous = c;
        }
        return Math.max(count, 1);
    }

    /** An English word's syllables. */
    public static int syllables(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (lower.contains("-")) {
            int total = 0;
            for (String part : lower.split("-")) {
                if (!part.isEmpty()) {
                    total += syllables(part);
                }
            }
            return Math.max(1, total);
        }
        lower = lower.replaceAll("'s$", "").replace("'", "");
        Integer known = EXCEPTIONS.get(lower);
        if (known != null) {
            return known;
        }
        String w = lower.replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        int count = 0;
        Matcher matcher = VOWEL_GROUP.matcher(w);
        while (matcher.find()) {
            count++;
        }
        if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && !w.endsWith("ie") && count > 1) {
            count--; // silent final e: "bone", "spine"
        } else if (w.endsWith("le") && w.length() > 2 && isVowel(w.charAt(w.length() - 3)) && count > 1) {
            count--; // "-ale", "-ole": the e is silent ("whole")
        }
        if ((w.endsWith("es") || w.endsWith("ed")) && count > 1) {
            char before = w.charAt(w.length() - 3);
            boolean sounded = w.endsWith("ed") ? (before == 't' || before == 'd')
                    : (before == 's' || before == 'x' || before == 'z' || w.endsWith("ches") || w.endsWith("shes")
                    || w.endsWith("ges") || w.endsWith("ces"));
            if (!sounded && !isVowel(before)) {
                count--; // "-ed"/"-es" that adds no syllable: "helped", "bones"
            }
        }
        if (w.matches(".*[^aeiouytsgx]i(a|an|ans|as|um)$") && !w.endsWith("cian") && !w.endsWith("cians")) {
            count++; // "-ia", "-ium" say both vowels ("anaemia", "sodium"); "-tia", "-cian" do not
        }
        return Math.max(1, count);
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
