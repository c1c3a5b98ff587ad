package org.lumbarguide.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import org.lumbarguide.content.SectionPreview;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.editor.WordDiff.Piece;

/**
 * What a draft changes in the published topic, as a reviewer reads it: the front matter's changes in words
 * (title, summary, address, sources), then each section matched by its anchor (which stays when a heading is
 * reworded): added, removed, moved, changed in heading, level of urgency or text, with the words added and
 * removed, and its reading score before and after.
 *
 * <p>A section whose anchor was renamed (edited in the source view, or removed in the form and written again as a
 * new section) would otherwise show as one section removed and another added, its whole text struck out and written
 * again. So a removed and an added section are paired as one
 * renamed section when their texts are mostly the same: at least {@link #RENAMED_SIMILARITY} of their words kept,
 * counted as {@code 2 × kept / (words before + words after)}, where the kept words are those java-diff-utils'
 * diff of the two word lists leaves in place (words compared without case; spaces and punctuation not counted).
 * The closest pairs are taken first; a section is paired at most once; a section with no words is never paired.
 */
public record TopicChanges(List<FieldChange> fields, List<String> sourcesAdded, List<String> sourcesRemoved,
                    List<SectionChange> sections) {

    public TopicChanges {
        fields = List.copyOf(fields);
        sourcesAdded = List.copyOf(sourcesAdded);
        sourcesRemoved = List.copyOf(sourcesRemoved);
        sections = List.copyOf(sections);
    }

    /** A changed front-matter field ({@code name}: title, summary or slug), word by word. */
    public record FieldChange(String name, List<Piece> words) {
    }

    /**
     * A section's reading score before and after in the language's measure ({@code measure}: grade or ease, as
     * {@code SectionPreview.PreviewSection#measure()}); {@code trend}: easier, harder or same, null when the section is
     * new or gone.
     */
    public record Ease(String measure, String before, String after, String trend) {
    }

    /**
     * A section of either text, in the draft's order (a removed one where it was). {@code position}/{@code oldPosition} count from 1 (0: not in that text); {@code heading}
     * and {@code words} are word comparisons (the whole text added or removed for a new or a removed section);
     * {@code oldKind}/{@code kind} are set when the level of urgency changed; {@code oldAnchor} when the section was
     * renamed (its published anchor; {@code anchor} is the draft's).
     */
    public record SectionChange(String anchor, String title, boolean added, boolean removed, boolean moved,
                         int oldPosition, int position, List<Piece> heading, boolean headingChanged, String oldKind,
                         String kind, List<Piece> words, boolean textChanged, Ease ease, String oldAnchor) {

        SectionChange(String anchor, String title, boolean added, boolean removed, boolean moved, int oldPosition,
                      int position, List<Piece> heading, boolean headingChanged, String oldKind, String kind,
                      List<Piece> words, boolean textChanged, Ease ease) {
            this(anchor, title, added, removed, moved, oldPosition, position, heading, headingChanged, oldKind, kind,
                    words, textChanged, ease, null);
        }

        public boolean kindChanged() {
            return oldKind != null;
        }

        /** Whether this is a published section under a new anchor ({@code oldAnchor}), paired by its text. */
        public boolean renamed() {
            return oldAnchor != null;
        }

        public boolean unchanged() {
            return !added && !removed && !moved && !headingChanged && !kindChanged() && !textChanged && !renamed();
        }
    }

    /** How much of a removed section's text an added one must keep to count as the same section renamed. */
    static final double RENAMED_SIMILARITY = 0.6;

    /** Reading scores by section anchor, for the published topic and the draft. */
    record Scores(Map<String, Double> before, Map<String, Double> after) {

        static final Scores NONE = new Scores(Map.of(), Map.of());
    }

    static TopicChanges between(TopicItem published, TopicItem draft, Scores scores) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "title", published.title(), draft.title());
        field(fields, "summary", published.summary(), draft.summary());
        field(fields, "slug", published.slug(), draft.slug());
        List<String> added = draft.sourceKeys().stream().filter(s -> !published.sourceKeys().contains(s))
                .distinct().toList();
        List<String> removed = published.sourceKeys().stream().filter(s -> !draft.sourceKeys().contains(s))
                .distinct().toList();
        return new TopicChanges(fields, added, removed, sections(published, draft, scores));
    }

    public boolean none() {
        return fields.isEmpty() && sourcesAdded.isEmpty() && sourcesRemoved.isEmpty() && sections.stream().allMatch(SectionChange::unchanged);
    }

    private static void field(List<FieldChange> fields, String name, String before, String after) {
        if (!Objects.equals(nullToEmpty(before), nullToEmpty(after))) {
            fields.add(new FieldChange(name, WordDiff.of(nullToEmpty(before), nullToEmpty(after))));
        }
    }

    private static List<SectionChange> sections(TopicItem published, TopicItem draft, Scores scores) {
        List<SectionChange> changes = new ArrayList<>();
        Map<String, SectionItem> old = new LinkedHashMap<>();
        published.sections().forEach(s -> old.putIfAbsent(s.anchor(), s));
        Map<String, Integer> oldPositions = positions(published);
        Map<String, Integer> newPositions = positions(draft);
        // Renamed sections: old anchor to new. From here on the published text is read under the new anchors.
        Map<String, String> renamed = renamed(published, draft);
        Map<String, String> oldAnchorOf = new HashMap<>();
        renamed.forEach((before, after) -> oldAnchorOf.put(after, before));
        Set<String> moved = moved(published.sections().stream().map(s -> renamed.getOrDefault(s.anchor(), s.anchor()))
                .toList(), draft.sections().stream().map(SectionItem::anchor).toList());
        String language = draft.language();
        for (SectionItem now : draft.sections()) {
            String oldAnchor = oldAnchorOf.getOrDefault(now.anchor(), now.anchor());
            SectionItem before = old.get(oldAnchor);
            if (before == null) {
                changes.add(new SectionChange(now.anchor(), now.heading(), true, false, false, 0,
                        newPositions.get(now.anchor()), WordDiff.of("", now.heading()), false, null, null,
                        WordDiff.of("", now.body()), true, ease(language, null, scores.after().get(now.anchor()))));
                continue;
            }
            boolean headingChanged = !before.heading().equals(now.heading());
            boolean kindChanged = before.kind() != now.kind();
            boolean textChanged = !before.body().equals(now.body());
            boolean wasMoved = moved.contains(now.anchor());
            changes.add(new SectionChange(now.anchor(), now.heading(), false, false, wasMoved,
                    oldPositions.get(oldAnchor), newPositions.get(now.anchor()),
                    WordDiff.of(before.heading(), now.heading()), headingChanged,
                    kindChanged ? kindName(before) : null, kindChanged ? kindName(now) : null,
                    textChanged ? WordDiff.of(before.body(), now.body()) : List.of(), textChanged,
                    ease(language, scores.before().get(oldAnchor), scores.after().get(now.anchor())),
                    oldAnchor.equals(now.anchor()) ? null : oldAnchor));
        }
        // A removed section is shown where it was: after the section before it in the published text that kept its
        // place among the others (one that moved elsewhere is no landmark).
        Set<String> kept = new HashSet<>(newPositions.keySet());
        String previous = null;
        for (SectionItem before : published.sections()) {
            String anchor = renamed.getOrDefault(before.anchor(), before.anchor());
            if (kept.contains(anchor)) {
                if (!moved.contains(anchor)) {
                    previous = anchor;
                }
                continue;
            }
            SectionChange gone = new SectionChange(before.anchor(), before.heading(), false, true, false,
                    oldPositions.get(before.anchor()), 0, WordDiff.of(before.heading(), ""), false, null, null,
                    WordDiff.of(before.body(), ""), true, ease(language, scores.before().get(before.anchor()), null));
            changes.add(indexAfter(changes, previous), gone);
            previous = before.anchor();
            kept.add(before.anchor());
        }
        return changes;
    }

    /**
     * Removed and added sections paired as one section renamed (old anchor to new), by the rule in the class
     * comment: every pair at or above {@link #RENAMED_SIMILARITY}, closest first (then in the published order,
     * then the draft's), each section used once.
     */
    static Map<String, String> renamed(TopicItem published, TopicItem draft) {
        Set<String> inDraft = new HashSet<>();
        draft.sections().forEach(s -> inDraft.add(s.anchor()));
        Set<String> inPublished = new HashSet<>();
        published.sections().forEach(s -> inPublished.add(s.anchor()));
        List<SectionItem> removed = published.sections().stream().filter(s -> !inDraft.contains(s.anchor())).toList();
        List<SectionItem> added = draft.sections().stream().filter(s -> !inPublished.contains(s.anchor())).toList();
        record Pair(int removed, int added, double similarity) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < removed.size(); i++) {
            for (int j = 0; j < added.size(); j++) {
                double similarity = similarity(removed.get(i).body(), added.get(j).body());
                if (similarity >= RENAMED_SIMILARITY) {
                    pairs.add(new Pair(i, j, similarity));
                }
            }
        }
        pairs.sort(java.util.Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingInt(Pair::removed).thenComparingInt(Pair::added));
        Map<String, String> renamed = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Pair pair : pairs) {
            String before = removed.get(pair.removed()).anchor();
            String after = added.get(pair.added()).anchor();
            if (!renamed.containsKey(before) && !taken.contains(after)) {
                renamed.put(before, after);
                taken.add(after);
            }
        }
        return renamed;
    }

    /**
     * How much of two texts' words the other keeps, from 0 to 1: {@code 2 × kept / (words before + words after)}.
     * 0 when either has no words, and for texts longer than {@link WordDiff#MAX_TOKENS} words together (not
     * compared, to bound the work: such sections stay removed and added).
     */
    static double similarity(String older, String newer) {
        List<String> a = words(older);
        List<String> b = words(newer);
        int total = a.size() + b.size();
        if (a.isEmpty() || b.isEmpty() || total > WordDiff.MAX_TOKENS) {
            return 0;
        }
        int kept = a.size();
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            kept -= delta.getSource().size();
        }
        return 2.0 * kept / total;
    }

    /** The text's words (WordDiff's word tokens: no spaces or punctuation), in lower case. */
    private static List<String> words(String text) {
        return WordDiff.tokens(text).stream().filter(t -> Character.isLetterOrDigit(t.codePointAt(0)))
                .map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    /** Where to put a section that follows {@code anchor} (the start when null or not listed). */
    private static int indexAfter(List<SectionChange> changes, String anchor) {
        if (anchor == null) {
            return 0;
        }
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).anchor().equals(anchor)) {
                return i + 1;
            }
        }
        return changes.size();
    }

    /**
     * Sections in both texts (by anchor, the published ones under their new anchors when renamed) whose order among
     * the others changed: those outside the longest run kept in the same order (so moving one section down marks
     * that section, not every section it passed).
     */
    private static Set<String> moved(List<String> published, List<String> draft) {
        Set<String> inDraft = new HashSet<>(draft);
        Set<String> inPublished = new HashSet<>(published);
        List<String> a = published.stream().filter(inDraft::contains).toList();
        List<String> b = draft.stream().filter(inPublished::contains).toList();
        Set<String> moved = new HashSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            moved.addAll(delta.getTarget().getLines());
        }
        return moved;
    }

    private static Map<String, Integer> positions(TopicItem topic) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < topic.sections().size(); i++) {
            positions.putIfAbsent(topic.sections().get(i).anchor(), i + 1);
        }
        return positions;
    }

    private static Ease ease(String language, Double before, Double after) {
        if (before == null && after == null) {
            return null;
        }
        boolean higherIsEasier = SectionPreview.higherIsEasier(language);
        String measure = higherIsEasier ? "ease" : "grade";
        String trend = null;
        if (before != null && after != null) {
            int compared = Double.compare(round(after), round(before));
            trend = compared == 0 ? "same" : (compared > 0) == higherIsEasier ? "easier" : "harder";
        }
        return new Ease(measure, format(before), format(after), trend);
    }

    private static double round(double score) {
        return Math.round(score * 10) / 10.0;
    }

    private static String format(Double score) {
        return score == null || score.isNaN() ? null : String.format(Locale.ROOT, "%.1f", score);
    }

    private static String kindName(SectionItem section) {
        return section.kind().name();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
