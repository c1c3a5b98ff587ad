package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.Origin;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.editor.TopicChanges.SectionChange;
import org.lumbarguide.editor.WordDiff.Kind;
import org.lumbarguide.editor.WordDiff.Piece;

/** What the review screen lists: the front matter in words, and each section added, removed, moved or changed. */
class TopicChangesTests {

    static final Origin AT = new Origin("en/symptoms.md", 1);

    static SectionItem section(String anchor, String heading, SectionKind kind, String body) {
        return new SectionItem(anchor, heading, kind, body, AT, 1);
    }

    static TopicItem topic(String language, String title, String summary, List<String> sources,
                           SectionItem... sections) {
        return new TopicItem(language, "symptoms", "symptoms", title, summary, 3, sources, LocalDate.of(2026, 11, 25),
                null, null, List.of(sections), AT);
    }

    static final SectionItem PAIN = section("pain", "Back pain", SectionKind.NORMAL, "Pain that does not go away.");
    static final SectionItem NUMB = section("numb", "Numbness", SectionKind.NORMAL, "Numb legs or feet.");
    static final SectionItem HELP = section("help", "Get help now", SectionKind.URGENT, "Call 999.");
    static final SectionItem TIRED = section("tired", "Tiredness", SectionKind.NORMAL, "You may feel tired.");

    static final TopicItem PUBLISHED = topic("en", "Symptoms", "What to look for.", List.of("nci", "nice"),
            PAIN, NUMB, HELP, TIRED);

    @Test
    void anUnchangedDraftHasNoChanges() {
        TopicChanges changes = TopicChanges.between(PUBLISHED, PUBLISHED, TopicChanges.Scores.NONE);
        assertThat(changes.none()).isTrue();
        assertThat(changes.sections()).allMatch(SectionChange::unchanged).hasSize(4);
    }

    @Test
    void frontMatterChangesAreListedInWords() {
        TopicItem draft = topic("en", "Symptoms to watch", "What to look for.", List.of("nci", "macmillan"),
                PAIN, NUMB, HELP, TIRED);
        TopicChanges changes = TopicChanges.between(PUBLISHED, draft, TopicChanges.Scores.NONE);
        assertThat(changes.fields()).extracting(TopicChanges.FieldChange::name).containsExactly("title");
        assertThat(changes.fields().get(0).words()).containsExactly(new Piece(Kind.SAME, "Symptoms"),
                new Piece(Kind.ADDED, " to watch"));
        assertThat(changes.sourcesAdded()).containsExactly("macmillan");
        assertThat(changes.sourcesRemoved()).containsExactly("nice");
        assertThat(changes.none()).isFalse();
    }

    @Test
    void sectionsAreAddedRemovedMovedAndChangedByAnchor() {
        SectionItem newSection = section("new", "Weak legs", SectionKind.URGENT, "Weak legs need help today.");
        SectionItem reworded = section("pain", "Back pain at night", SectionKind.NORMAL,
                "Pain that does not go away at night.");
        SectionItem tip = section("numb", "Numbness", SectionKind.TIP, "Numb legs or feet.");
        // Published: pain, numb, help, tired. Draft: help moved up, pain reworded, numb a tip, tired gone, one new.
        TopicItem draft = topic("en", "Symptoms", "What to look for.", List.of("nci", "nice"),
                HELP, reworded, tip, newSection);
        TopicChanges changes = TopicChanges.between(PUBLISHED, draft, new TopicChanges.Scores(
                Map.of("pain", 6.0, "help", 4.0, "tired", 3.0), Map.of("pain", 7.25, "help", 4.0, "new", 5.0)));

        assertThat(changes.sections()).extracting(SectionChange::anchor)
                .containsExactly("help", "pain", "numb", "tired", "new");
        SectionChange help = changes.sections().get(0);
        assertThat(help.moved()).isTrue();
        assertThat(help.oldPosition()).isEqualTo(3);
        assertThat(help.position()).isEqualTo(1);
        assertThat(help.textChanged()).isFalse();
        assertThat(help.ease().trend()).isEqualTo("same");

        SectionChange pain = changes.sections().get(1);
        assertThat(pain.moved()).as("the others kept their order").isFalse();
        assertThat(pain.headingChanged()).isTrue();
        assertThat(pain.heading()).contains(new Piece(Kind.ADDED, " at night"));
        assertThat(pain.words()).contains(new Piece(Kind.ADDED, " at night"));
        assertThat(pain.ease()).isEqualTo(new TopicChanges.Ease("grade", "6.0", "7.3", "harder"));

        SectionChange numb = changes.sections().get(2);
        assertThat(numb.kindChanged()).isTrue();
        assertThat(numb.oldKind()).isEqualTo("NORMAL");
        assertThat(numb.kind()).isEqualTo("TIP");
        assertThat(numb.textChanged()).isFalse();

        SectionChange added = changes.sections().get(4);
        assertThat(added.added()).isTrue();
        assertThat(added.position()).isEqualTo(4);
        assertThat(added.words()).containsExactly(new Piece(Kind.ADDED, "Weak legs need help today."));
        assertThat(added.ease().after()).isEqualTo("5.0");
        assertThat(added.ease().trend()).isNull();

        SectionChange removed = changes.sections().get(3);
        assertThat(removed.removed()).isTrue();
        assertThat(removed.oldPosition()).isEqualTo(4);
        assertThat(removed.words()).containsExactly(new Piece(Kind.REMOVED, "You may feel tired."));
    }

    @Test
    void aRemovedSectionIsShownWhereItWas() {
        TopicItem draft = topic("en", "Symptoms", "What to look for.", List.of("nci", "nice"), PAIN, HELP, TIRED);
        TopicChanges changes = TopicChanges.between(PUBLISHED, draft, TopicChanges.Scores.NONE);
        assertThat(changes.sections()).extracting(SectionChange::anchor).containsExactly("pain", "numb", "help",
                "tired");
        assertThat(changes.sections().get(1).removed()).isTrue();
        assertThat(changes.sections()).filteredOn(SectionChange::unchanged).hasSize(3);
    }

    /** The anchor "numb" renamed "numbness" (in the source view), its text barely touched: one section, renamed. */
    @Test
    void aSectionWhoseAnchorWasRenamedIsPairedByItsTextNotRemovedAndAdded() {
        SectionItem renamed = section("numbness", "Numbness", SectionKind.NORMAL, "Numb legs or feet, or both.");
        TopicItem draft = topic("en", "Symptoms", "What to look for.", List.of("nci", "nice"),
                PAIN, renamed, HELP, TIRED);
        TopicChanges changes = TopicChanges.between(PUBLISHED, draft, new TopicChanges.Scores(
                Map.of("numb", 4.0), Map.of("numbness", 4.5)));

        assertThat(changes.sections()).extracting(SectionChange::anchor)
                .containsExactly("pain", "numbness", "help", "tired");
        SectionChange numbness = changes.sections().get(1);
        assertThat(numbness.renamed()).isTrue();
        assertThat(numbness.oldAnchor()).isEqualTo("numb");
        assertThat(numbness.added()).isFalse();
        assertThat(numbness.removed()).isFalse();
        assertThat(numbness.moved()).isFalse();
        assertThat(numbness.oldPosition()).isEqualTo(2);
        assertThat(numbness.position()).isEqualTo(2);
        assertThat(numbness.headingChanged()).isFalse();
        assertThat(numbness.textChanged()).isTrue();
        assertThat(numbness.words()).containsExactly(new Piece(Kind.SAME, "Numb legs or feet"),
                new Piece(Kind.ADDED, ", or both"), new Piece(Kind.SAME, "."));
        assertThat(numbness.ease()).isEqualTo(new TopicChanges.Ease("grade", "4.0", "4.5", "harder"));
        assertThat(numbness.unchanged()).isFalse();
        assertThat(changes.sections()).filteredOn(SectionChange::unchanged).hasSize(3);

        // Renamed with the same text: still a change, as links to the old anchor no longer reach it.
        TopicItem onlyRenamed = topic("en", "Symptoms", "What to look for.", List.of("nci", "nice"), PAIN,
                section("numb-legs", "Numbness", SectionKind.NORMAL, NUMB.body()), HELP, TIRED);
        SectionChange same = TopicChanges.between(PUBLISHED, onlyRenamed, TopicChanges.Scores.NONE).sections().get(1);
        assertThat(same.renamed()).isTrue();
        assertThat(same.textChanged()).isFalse();
        assertThat(same.unchanged()).isFalse();
    }

    @Test
    void aNewSectionWithOtherTextIsStillRemovedAndAdded() {
        SectionItem weak = section("weak", "Weak legs", SectionKind.NORMAL, "Weak legs need help today.");
        TopicItem draft = topic("en", "Symptoms", "What to look for.", List.of("nci", "nice"), PAIN, weak, HELP, TIRED);
        TopicChanges changes = TopicChanges.between(PUBLISHED, draft, TopicChanges.Scores.NONE);
        assertThat(changes.sections()).extracting(SectionChange::anchor)
                .containsExactly("pain", "numb", "weak", "help", "tired");
        assertThat(changes.sections().get(1).removed()).isTrue();
        assertThat(changes.sections().get(2).added()).isTrue();
        assertThat(changes.sections()).noneMatch(SectionChange::renamed);
    }

    /** The rule: 2 × words kept / (words before + words after), at least 0.6; case, spaces and punctuation aside. */
    @Test
    void similarityCountsTheWordsKeptAndPairsFromSixtyPercent() {
        assertThat(TopicChanges.similarity("one two three four five", "one two three six seven")).isEqualTo(0.6);
        assertThat(TopicChanges.similarity("one two three four five", "one two six seven eight")).isEqualTo(0.4);
        assertThat(TopicChanges.similarity("Pain that does not go away.", "pain, that does NOT go away"))
                .isEqualTo(1.0);
        assertThat(TopicChanges.similarity("", "")).isZero();
        assertThat(TopicChanges.similarity("{{include tier-urgent}}", "")).isZero();

        TopicItem before = topic("en", "Symptoms", "What to look for.", List.of(),
                section("a", "A", SectionKind.NORMAL, "one two three four five"),
                section("b", "B", SectionKind.NORMAL, "one two eight nine ten"));
        TopicItem atTheLine = topic("en", "Symptoms", "What to look for.", List.of(),
                section("c", "C", SectionKind.NORMAL, "one two three six seven"));
        assertThat(TopicChanges.renamed(before, atTheLine)).as("0.6 pairs; 0.4 does not").containsExactly(
                Map.entry("a", "c"));
    }

    /** Each section is paired once, with the closest text first, whatever the order they come in. */
    @Test
    void theClosestTextsArePairedFirstAndEachSectionOnce() {
        TopicItem before = topic("en", "Symptoms", "What to look for.", List.of(),
                section("near", "Near", SectionKind.NORMAL, "one two three four six"),
                section("nearest", "Nearest", SectionKind.NORMAL, "one two three four five"));
        TopicItem after = topic("en", "Symptoms", "What to look for.", List.of(),
                section("first", "First", SectionKind.NORMAL, "one two three four five"),
                section("second", "Second", SectionKind.NORMAL, "one two three four five six"));
        // first: nearest 1.0, near 0.8. second: nearest 0.91, near 0.91. Closest first: nearest→first, then near→second.
        assertThat(TopicChanges.renamed(before, after)).containsExactly(Map.entry("nearest", "first"),
                Map.entry("near", "second"));

        TopicItem oneAdded = topic("en", "Symptoms", "What to look for.", List.of(),
                section("first", "First", SectionKind.NORMAL, "one two three four five"));
        TopicChanges changes = TopicChanges.between(before, oneAdded, TopicChanges.Scores.NONE);
        assertThat(changes.sections()).extracting(SectionChange::anchor, SectionChange::oldAnchor)
                .containsExactly(tuple("near", null), tuple("first", "nearest"));
    }

    /** A renamed section that also moved is marked moved, by its place among the others, not removed and added. */
    @Test
    void aRenamedSectionThatMovedIsMarkedMoved() {
        SectionItem renamed = section("tired-out", "Tiredness", SectionKind.NORMAL, "You may feel very tired.");
        TopicItem draft = topic("en", "Symptoms", "What to look for.", List.of("nci", "nice"),
                renamed, PAIN, NUMB, HELP);
        TopicChanges changes = TopicChanges.between(PUBLISHED, draft, TopicChanges.Scores.NONE);
        assertThat(changes.sections()).extracting(SectionChange::anchor)
                .containsExactly("tired-out", "pain", "numb", "help");
        SectionChange tired = changes.sections().get(0);
        assertThat(tired.renamed()).isTrue();
        assertThat(tired.moved()).isTrue();
        assertThat(tired.oldPosition()).isEqualTo(4);
        assertThat(tired.position()).isEqualTo(1);
        assertThat(changes.sections().subList(1, 4)).allMatch(SectionChange::unchanged);
    }

    @Test
    void spanishReadingEaseIsHigherWhenEasier() {
        TopicItem before = topic("es", "Síntomas", "Qué observar.", List.of(),
                section("dolor", "Dolor de espalda", SectionKind.NORMAL, "Dolor que no se quita."));
        TopicItem after = topic("es", "Síntomas", "Qué observar.", List.of(),
                section("dolor", "Dolor de espalda", SectionKind.NORMAL, "Dolor que no se va."));
        TopicChanges changes = TopicChanges.between(before, after,
                new TopicChanges.Scores(Map.of("dolor", 70.0), Map.of("dolor", 80.5)));
        assertThat(changes.sections().get(0).ease()).isEqualTo(new TopicChanges.Ease("ease", "70.0", "80.5",
                "easier"));
        assertThat(changes.sections().get(0).words()).contains(new Piece(Kind.REMOVED, "quita"),
                new Piece(Kind.ADDED, "va"));
    }
}
