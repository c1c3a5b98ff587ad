package org.lumbarguide.content.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade level and Flesch reading ease for English plain text.
 *
 * <p>Sentences end at {@code . ! ?} (followed by space or end) and at line breaks, so each list item
 * or heading-like line counts as its own sentence. Words are runs of letters (with inner apostrophes
 * or hyphens); numbers are not words.
 *
 * <p>Syllables are counted with the usual vowel-group heuristic: count groups of vowels (a, e, i, o,
 * u, y), drop a silent final "e" (but not "-le" after a consonant), drop "-es"/"-ed" endings that add
 * no sound, and count at least one per word. Hyphenated words are the sum of their parts. Known
 * limits: it miscounts some words where vowels that sit together are said apart ("create", "poem",
 * "radiation" gets 3, not 4), a few silent-e and "-ed" words, and it knows nothing of abbreviations
 * or numbers, so "MRI" counts as one syllable. A small table fixes common medical words it gets wrong.
 * Its errors are a syllable here and there; over a section they move the grade by a fraction.
 */
public final class Readability {

    public record Score(int sentences, int words, int syllables, double grade, double readingEase,
                        int longestSentenceWords, String longestSentence) {
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z\\u00C0-\\u024F]+(?:['\\u2019-][A-Za-z\\u00C0-\\u024F]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'\\u201D\\u2019)]*\\s+|\\R+");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

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

    public static Score score(String text) {
        List<String> sentences = sentences(text);
        int words = 0;
        int syllables = 0;
        int longest = 0;
        String longestSentence = "";
        for (String sentence : sentences) {
            List<String> sentenceWords = words(sentence);
            words += sentenceWords.size();
            for (String word : sentenceWords) {
                syllables += syllables(word);
            }
            if (sentenceWords.size() > longest) {
                longest = sentenceWords.size();
                longestSentence = sentence.strip();
            }
        }
        int sentenceCount = sentences.size();
        if (words == 0 || sentenceCount == 0) {
            return new Score(sentenceCount, words, syllables, 0, 100, 0, "");
        }
        double wordsPerSentence = (double) words / sentenceCount;
        double syllablesPerWord = (double) syllables / words;
        double grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
        double ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
        return new Score(sentenceCount, words, syllables, grade, ease, longest, longestSentence);
    }

    /** Sentences that contain at least one word. */
    public static List<String> sentences(String text) {
        List<String> result = new ArrayList<>();
        for (String part : SENTENCE_END.split(text == null ? "" : text.strip())) {
            if (WORD.matcher(part).find()) {
                result.add(part.strip());
            }
        }
        return result;
    }

    public static List<String> words(String sentence) {
        List<String> result = new ArrayList<>();
        Matcher matcher = WORD.matcher(sentence);
        while (matcher.find()) {
            result.add(matcher.group());
        }
        return result;
    }

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
