package org.lumbarguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The phrases that may mean an emergency, in one language ({@code search/<language>-emergency.txt}): a search
 * holding one is answered with the emergency box itself first. A phrase matches whole words in order; case,
 * accents, apostrophes and punctuation do not count ("Can’t pee!" holds "can't pee"). No stemming: the file
 * lists the forms that matter, so what triggers the link is exactly what an editor can read there.
 */
final class EmergencyWords {

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018\u02bc]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> phrases;

    EmergencyWords(List<String> phrases) {
        List<String> normalised = new ArrayList<>();
        for (String phrase : phrases) {
            String words = normalise(phrase);
            if (!words.isBlank()) {
                normalised.add(words);
            }
        }
        this.phrases = List.copyOf(normalised);
    }

    static EmergencyWords read(ResourceLoader resources, String language) {
        Resource file = resources.getResource(LanguageAnalysis.FILES + language + "-emergency.txt");
        if (!file.exists()) {
            return new EmergencyWords(List.of());
        }
        try {
            List<String> lines = new ArrayList<>();
            for (String line : file.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
                String phrase = line.strip();
                if (!phrase.isEmpty() && !phrase.startsWith("#")) {
                    lines.add(phrase);
                }
            }
            return new EmergencyWords(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the emergency words of " + language, e);
        }
    }

    /** Whether the text holds one of the phrases. */
    boolean in(String text) {
        String words = normalise(text);
        for (String phrase : phrases) {
            if (words.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return phrases.size();
    }

    /** Lowercase, folded words without apostrophes, each between spaces: " cant feel my legs ". */
    static String normalise(String text) {
        String lower = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        char[] in = lower.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        String words = NOT_A_WORD.matcher(new String(out, 0, length)).replaceAll(" ").strip();
        return words.isEmpty() ? "" : " " + words + " ";
    }
}
