package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lumbarguide.editor.WordDiff.Kind;
import org.lumbarguide.editor.WordDiff.Line;
import org.lumbarguide.editor.WordDiff.Piece;

/** The word comparison the review screen and the history show: which words went, which came, and nothing else. */
class WordDiffTests {

    private static Piece same(String text) {
        return new Piece(Kind.SAME, text);
    }

    private static Piece removed(String text) {
        return new Piece(Kind.REMOVED, text);
    }

    private static Piece added(String text) {
        return new Piece(Kind.ADDED, text);
    }

    /** The older text is what was kept and removed; the newer what was kept and added. */
    private static void rebuilds(List<Piece> pieces, String older, String newer) {
        assertThat(pieces.stream().filter(p -> !p.added()).map(Piece::text).collect(Collectors.joining()))
                .isEqualTo(older);
        assertThat(pieces.stream().filter(p -> !p.removed()).map(Piece::text).collect(Collectors.joining()))
                .isEqualTo(newer);
    }

    @Test
    void aCapitalisedWordThatChangedIsReplaced() {
        List<Piece> pieces = WordDiff.of("Pain that does not go away.", "Back pain that does not go away.");
        assertThat(pieces).containsExactly(removed("Pain"), added("Back pain"), same(" that does not go away."));
        rebuilds(pieces, "Pain that does not go away.", "Back pain that does not go away.");
    }

    @Test
    void aWordAddedInsideASentenceLeavesTheRestKept() {
        List<Piece> pieces = WordDiff.of("Call your care team today.", "Call your cancer care team today.");
        assertThat(pieces).containsExactly(same("Call your "), added("cancer "), same("care team today."));
    }

    @Test
    void aRemovedWordIsMarkedAlone() {
        List<Piece> pieces = WordDiff.of("Call your care team right now.", "Call your care team now.");
        assertThat(pieces).containsExactly(same("Call your care team "), removed("right "), same("now."));
    }

    @Test
    void aChangedWordIsItsOldWordRemovedThenItsNewWordAdded() {
        List<Piece> pieces = WordDiff.of("Most back pain is not cancer.", "Most back pain is not serious.");
        assertThat(pieces).containsExactly(same("Most back pain is not "), removed("cancer"), added("serious"),
                same("."));
    }

    @Test
    void severalChangedWordsInARowAreOneRemovalAndOneAddition() {
        List<Piece> pieces = WordDiff.of("You may feel weak legs today.", "You may notice numb feet today.");
        assertThat(pieces).containsExactly(same("You may "), removed("feel weak legs"), added("notice numb feet"),
                same(" today."));
    }

    @Test
    void equalTextsHaveNoChangeAndEmptyTextsNoPieces() {
        assertThat(WordDiff.of("Same text.", "Same text.")).containsExactly(same("Same text."));
        assertThat(WordDiff.changed(WordDiff.of("Same text.", "Same text."))).isFalse();
        assertThat(WordDiff.of("", "")).isEmpty();
        assertThat(WordDiff.of(null, "New.")).containsExactly(added("New."));
    }

    @Test
    void spanishAccentsAndOtherLettersAreWholeWords() {
        List<Piece> pieces = WordDiff.of("Llame a su médico si el dolor empeora.",
                "Llame a su médica si el dolor empeora ¿hoy?");
        assertThat(pieces).containsExactly(same("Llame a su "), removed("médico"), added("médica"),
                same(" si el dolor empeora"), removed("."), added(" ¿hoy?"));
        assertThat(WordDiff.tokens("José Müller – ñ ü ¿")).containsExactly("José", " ", "Müller", " ", "–", " ",
                "ñ", " ", "ü", " ", "¿");
    }

    @Test
    void anAccentTypedAsACombiningMarkIsTheSameLetter() {
        assertThat(WordDiff.changed(WordDiff.of("el médico", "el me\u0301dico"))).isFalse();
        assertThat(WordDiff.of("pingüino", "pinguino")).containsExactly(removed("pingüino"), added("pinguino"));
    }

    @Test
    void wordsWithApostrophesAndHyphensAreOneToken() {
        assertThat(WordDiff.tokens("don't self-check")).containsExactly("don't", " ", "self-check");
        assertThat(WordDiff.of("Don't wait.", "Do not wait.")).containsExactly(removed("Don't"), added("Do not"),
                same(" wait."));
    }

    @Test
    void markupInTheTextStaysTextInThePieces() {
        String older = "Read <b>this</b> & that.";
        String newer = "Read <script>alert(1)</script> &amp; that.";
        List<Piece> pieces = WordDiff.of(older, newer);
        rebuilds(pieces, older, newer);
        assertThat(pieces).contains(removed("b"), added("script"), added("alert(1)"), added("amp;"));
    }

    @Test
    void linesKeepTheirMarksAndShowTheWordsThatChangedWithinThem() {
        String older = "one\ntwo\nCall your care team today.\nfour\nfive\nsix\nseven\neight\nnine\n";
        String newer = "one\ntwo\nCall your cancer care team now.\nfour\nfive\nsix\nseven\neight\nnine\nten\n";
        List<Line> lines = WordDiff.lines(older, newer, 1);
        assertThat(lines).extracting(Line::kind).containsExactly('@', ' ', '-', '+', ' ', '@', ' ', '+');
        assertThat(lines.get(0).at()).isEqualTo(2);
        assertThat(lines.get(2).pieces()).containsExactly(same("Call your care team "), removed("today"), same("."));
        assertThat(lines.get(3).pieces()).containsExactly(same("Call your "), added("cancer "),
                same("care team "), added("now"), same("."));
        assertThat(lines.get(3).cssClass()).isEqualTo("diff-add");
        assertThat(lines.get(5).at()).isEqualTo(9);
        assertThat(lines.get(7).text()).isEqualTo("ten");
    }

    @Test
    void severalChangedLinesAreSplitBackIntoTheirLines() {
        List<Line> lines = WordDiff.lines("a b\nc d\n", "a x\nc y\n", 3);
        assertThat(lines).extracting(Line::kind).containsExactly('-', '-', '+', '+');
        assertThat(lines).extracting(Line::text).containsExactly("a b", "c d", "a x", "c y");
        assertThat(lines.get(1).pieces()).containsExactly(same("c "), removed("d"));
    }

    @Test
    void aVeryLongTextIsComparedLineByLine() {
        String older = "word ".repeat(WordDiff.MAX_TOKENS) + "\nlast line\n";
        String newer = "word ".repeat(WordDiff.MAX_TOKENS) + "\nnew last line\n";
        List<Piece> pieces = WordDiff.of(older, newer);
        assertThat(pieces).extracting(Piece::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME);
        assertThat(pieces.subList(1, 4)).containsExactly(removed("last line"), added("new last line"), same("\n"));
    }
}
