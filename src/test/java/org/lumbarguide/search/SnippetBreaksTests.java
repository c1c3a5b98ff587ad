package org.lumbarguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;

import org.junit.jupiter.api.Test;

/** Snippets break after sentences and blocks, and nowhere else. */
class SnippetBreaksTests {

    static final String TEXT = "Back pain is common. Is it cancer?  Ask\u2029weak legs\u2029e.g. 3.5 mg! Done";

    @Test
    void boundariesAreAfterSentencesAndBlocks() {
        // "3.5" is one number; after "e.g." a snippet may break too (harmless: it only lets a snippet start there).
        assertThat(SnippetBreaks.boundaries(TEXT)).containsExactly(0, 21, 36, 40, 50, 55, 63, TEXT.length());
        assertThat(TEXT.substring(21, 36)).isEqualTo("Is it cancer?  ");
        assertThat(TEXT.substring(40, 50)).isEqualTo("weak legs\u2029");
        assertThat(SnippetBreaks.boundaries("")).containsExactly(0);
        assertThat(SnippetBreaks.boundaries("One.")).containsExactly(0, 4);
    }

    @Test
    void itMovesAsABreakIteratorDoes() {
        BreakIterator breaks = new SnippetBreaks();
        breaks.setText(TEXT);
        assertThat(breaks.first()).isZero();
        assertThat(breaks.next()).isEqualTo(21);
        assertThat(breaks.following(21)).isEqualTo(36);
        assertThat(breaks.current()).isEqualTo(36);
        assertThat(breaks.following(22)).isEqualTo(36);
        assertThat(breaks.preceding(36)).isEqualTo(21);
        assertThat(breaks.preceding(37)).isEqualTo(36);
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.following(TEXT.length())).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.last()).isEqualTo(TEXT.length());
        assertThat(breaks.previous()).isEqualTo(63);
        assertThat(breaks.isBoundary(40)).isTrue();
        assertThat(breaks.isBoundary(41)).isFalse();
        int before = breaks.current();
        BreakIterator copy = (BreakIterator) breaks.clone();
        assertThat(copy.following(0)).isEqualTo(21);
        assertThat(breaks.current()).as("the copy moves alone").isEqualTo(before);
    }
}
