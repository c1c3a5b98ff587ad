package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicViews.OutOfDateTranslation;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.TopicItem;

/** Ticks become translated-from stamps through the topic file's reader and writer, and only where they may. */
class TranslationChecksTests {

    static final String TEXT = ContentFiles.write(SpanishDraftsControllerTests.SINTOMAS);

    static OutOfDateTranslation part(String anchor, String recorded, String source) {
        return new OutOfDateTranslation("es", "symptoms", "Síntomas", anchor, anchor, anchor.equals("title"), 5,
                false, false, "/topics/symptoms", null, recorded, source);
    }

    @Test
    void theTitleAndSummaryAreStampedUnderTheKeyTitle() {
        String marked = TranslationChecks.mark("es", "symptoms", TEXT, List.of(part("title", null, "abcdefabcdef")),
                List.of("title"));
        TopicItem topic = Drafts.parse("es", "symptoms", marked);
        assertThat(topic.translatedFrom()).containsEntry(TopicItem.TITLE, "abcdefabcdef")
                .containsEntry("pain", SpanishDraftsControllerTests.OLD_PAIN);
        assertThat(TranslationChecks.marked("es", "symptoms", marked, List.of(part("title", null, "abcdefabcdef"))))
                .extracting(OutOfDateTranslation::anchor).containsExactly("title");
    }

    @Test
    void aPartTheDraftNoLongerHasIsNotStampedAndTheTextIsKeptAsTyped() {
        String typed = TEXT + "\n";
        assertThat(TranslationChecks.mark("es", "symptoms", typed, List.of(part("gone", null, "abcdefabcdef")),
                List.of("gone"))).isSameAs(typed);
    }

    @Test
    void untickingAPartThatWasNeverStampedLeavesItUnstamped() {
        String marked = TranslationChecks.mark("es", "symptoms", TEXT, List.of(part("signs", null, "abcdefabcdef")),
                List.of("signs"));
        String unticked = TranslationChecks.mark("es", "symptoms", marked,
                List.of(part("signs", null, "abcdefabcdef")), List.of());
        assertThat(Drafts.parse("es", "symptoms", unticked).translatedFrom()).doesNotContainKey("signs");
    }

    @Test
    void aDraftThatDoesNotReadMarksNothing() {
        assertThat(TranslationChecks.marked("es", "symptoms", "not a topic file",
                List.of(part("pain", null, "abcdefabcdef")))).isEmpty();
    }
}
