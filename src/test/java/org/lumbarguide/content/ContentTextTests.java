package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ContentTextTests {

    final ContentText text = new ContentText(
            Map.of("routing", "Call {{emergency-number}}.", "box", "Signs.\n\n{{include routing}}", "loop",
                    "{{include loop}}"),
            Map.of("emergency-number", "999"));

    @Test
    void includesBlocksAndFillsRegionWordsInsideThem() {
        assertThat(text.fill("## Help\n\n{{include box}}")).isEqualTo("## Help\n\nSigns.\n\nCall 999.");
        assertThat(text.fill("Dial {{emergency-number}} now.")).isEqualTo("Dial 999 now.");
    }

    @Test
    void unknownNamesStayVisibleSoTheChecksCatchThem() {
        assertThat(text.fill("{{include nothing}} and {{no-such-word}}"))
                .isEqualTo("{{include nothing}} and {{no-such-word}}");
    }

    @Test
    void aBlockThatIncludesItselfStops() {
        assertThat(text.fill("{{include loop}}")).isEqualTo("{{include loop}}");
    }

    @Test
    void textWithoutPlaceholdersIsUnchanged() {
        assertThat(text.fill("Plain $1 text \\ with symbols.")).isEqualTo("Plain $1 text \\ with symbols.");
        assertThat(text.fill(null)).isNull();
    }
}
