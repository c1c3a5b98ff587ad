package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.render.ContentText;
import org.lumbarguide.content.format.SeedContent.TopicItem;

/**
 * A region word must read right in every sentence it fills, in every region: an English sentence written
 * around the UK's word ("as a {{drip}}") must not become "as a IV" in the US, and a sentence that opens with a
 * region word must still open with a capital. Checked on the English text as readers see it.
 */
class RegionWordGrammarTests {

    /** "a" before a word or abbreviation that starts with a vowel sound written as a vowel letter. */
    private static final Pattern A_BEFORE_VOWEL = Pattern.compile("\\b[Aa] (?=[AEIOaeio]|IV\\b|MRI\\b)");
    /** A paragraph line (not a list item or heading) that opens with a small letter. */
    private static final Pattern SMALL_OPENING = Pattern.compile("(?m)^(?![-*#>|]|\\d+\\.)\\s*[a-z]");

    @Test
    void regionWordsReadRightInEverySentenceTheyFill() {
        Release release = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
        Map<String, String> blocks = new HashMap<>();
        release.topics("en").stream().filter(t -> t.key().equals(TopicCatalog.SHARED_TOPIC))
                .flatMap(t -> t.sections().stream()).forEach(s -> blocks.put(s.anchor(), s.body()));
        List<String> problems = new ArrayList<>();
        for (Region region : Region.values()) {
            ContentText filled = new ContentText(blocks, release.regionWords("en", region));
            for (TopicItem topic : release.topics("en")) {
                for (SectionItem section : topic.sections()) {
                    String text = filled.fill(section.body());
                    find(A_BEFORE_VOWEL, text, topic, section, region, "'a' before a vowel", problems);
                    find(SMALL_OPENING, text, topic, section, region, "a sentence opens with a small letter", problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        assertThat(A_BEFORE_VOWEL.matcher("You may have it as a IV (a drip into a vein).").find()).isTrue();
        assertThat(A_BEFORE_VOWEL.matcher("You may have it by drip, or as a tablet.").find()).isFalse();
        assertThat(SMALL_OPENING.matcher("Rest.\nacetaminophen (Tylenol) and steroids can hide it.").find()).isTrue();
        assertThat(SMALL_OPENING.matcher("- acetaminophen (Tylenol)\nMedicines such as it").find()).isFalse();
    }

    private static void find(Pattern pattern, String text, TopicItem topic, SectionItem section, Region region,
                             String what, List<String> problems) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            int end = Math.min(text.length(), matcher.start() + 50);
            problems.add(topic.file() + " #" + section.anchor() + " in " + region + ": " + what + ": "
                    + text.substring(matcher.start(), end).replace('\n', ' '));
        }
    }
}
