package org.lumbarguide.editor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * What changed between two texts, word by word, for an editor to read: the words removed and added, in order,
 * between the words kept. The texts are compared as tokens (a word with its inner apostrophes and hyphens, a run
 * of spaces, or any other single character), with java-diff-utils' Myers diff, so a changed word shows as that
 * word removed and its replacement added, not as a changed line.
 *
 * <p>The result is plain text in pieces: a template shows each with {@code th:text} inside its own
 * {@code <ins>} or {@code <del>}, so nothing in the text (a {@code <script>}, an entity) ever becomes markup.
 */
final class WordDiff {

    /** Unchanged lines shown around each change where two versions are compared (history, release proposals). */
    static final int CONTEXT_LINES = 3;

    /** Longer texts are compared line by line (a whole changed line removed and added) to bound the work. */
    static final int MAX_TOKENS = 20_000;

    enum Kind { SAME, REMOVED, ADDED }

    /** A run of text that was kept, removed or added. */
    public record Piece(Kind kind, String text) {

        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    /**
     * One line of a line-by-line comparison ({@link #lines}): kept (' '), removed ('-') or added ('+'), or the mark
     * where a run of changes starts ('@', with {@code at}, the older text's line number there), with the words that
     * changed within it marked in its pieces.
     */
    public record Line(char kind, List<Piece> pieces, int at) {

        Line(char kind, List<Piece> pieces) {
            this(kind, pieces, 0);
        }

        public Line {
            pieces = List.copyOf(pieces);
        }

        public String cssClass() {
            return switch (kind) {
                case '-' -> "diff-del";
                case '+' -> "diff-add";
                case '@' -> "diff-hunk";
                default -> "diff-same";
            };
        }

        /** The line as plain text. */
        public String text() {
            StringBuilder text = new StringBuilder();
            pieces.forEach(p -> text.append(p.text()));
            return text.toString();
        }
    }

    /** A word (letters, marks and digits, joined by inner apostrophes or hyphens), a run of spaces, or one character. */
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['\\u2019\\-][\\p{L}\\p{M}\\p{N}]+)*|[\\s&&[^\\n]]+|\\n|\\X");

    private WordDiff() {
    }

    /** The two texts compared word by word. Equal texts give one kept piece (none when both are empty). */
    static List<Piece> of(String older, String newer) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        if (a.size() + b.size() > MAX_TOKENS) {
            a = linesOf(older);
            b = linesOf(newer);
        }
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(pieces, Kind.SAME, a.subList(at, start));
            if (delta.getType() != DeltaType.INSERT) {
                add(pieces, Kind.REMOVED, delta.getSource().getLines());
            }
            if (delta.getType() != DeltaType.DELETE) {
                add(pieces, Kind.ADDED, delta.getTarget().getLines());
            }
            at = start + delta.getSource().size();
        }
        add(pieces, Kind.SAME, a.subList(at, a.size()));
        return tidy(pieces);
    }

    /** Whether the comparison found any change. */
    static boolean changed(List<Piece> pieces) {
        return pieces.stream().anyMatch(p -> !p.same());
    }

    /**
     * The texts compared line by line, as a unified diff shows them (with {@code context} kept lines around each
     * run of changes), and within each run the removed and added lines compared word by word: a removed line marks
     * the words that went, an added line the words that came.
     */
    static List<Line> lines(String older, String newer, int context) {
        List<String> a = nfc(older).lines().toList();
        List<String> b = nfc(newer).lines().toList();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
        List<Line> lines = new ArrayList<>();
        int shownTo = 0;
        for (int i = 0; i < deltas.size(); i++) {
            AbstractDelta<String> delta = deltas.get(i);
            int start = delta.getSource().getPosition();
            int from = Math.max(shownTo, start - context);
            if (i == 0 ? from > 0 : from > shownTo) {
                lines.add(new Line('@', List.of(), from + 1));
            }
            a.subList(from, start).forEach(line -> lines.add(kept(line)));
            List<Piece> words = of(String.join("\n", delta.getSource().getLines()),
                    String.join("\n", delta.getTarget().getLines()));
            if (delta.getType() != DeltaType.INSERT) {
                lines.addAll(split('-', words, Kind.ADDED));
            }
            if (delta.getType() != DeltaType.DELETE) {
                lines.addAll(split('+', words, Kind.REMOVED));
            }
            int end = start + delta.getSource().size();
            int nextStart = i + 1 < deltas.size() ? deltas.get(i + 1).getSource().getPosition() : a.size();
            int until = Math.min(nextStart, end + context);
            // Kept lines that would sit between two runs of changes anyway are shown, not cut.
            if (i + 1 < deltas.size() && nextStart - end <= 2 * context) {
                until = nextStart;
            }
            a.subList(end, until).forEach(line -> lines.add(kept(line)));
            shownTo = until;
        }
        return lines;
    }

    private static Line kept(String line) {
        return new Line(' ', line.isEmpty() ? List.of() : List.of(new Piece(Kind.SAME, line)));
    }

    /** One side of a word comparison (the other side's pieces left out), cut into its lines. */
    private static List<Line> split(char kind, List<Piece> words, Kind otherSide) {
        List<Line> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        for (Piece piece : words) {
            if (piece.kind() == otherSide) {
                continue;
            }
            String[] parts = piece.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    lines.add(new Line(kind, line));
                    line = new ArrayList<>();
                }
                if (parts[i].isEmpty()) {
                    continue;
                }
                Piece last = line.isEmpty() ? null : line.get(line.size() - 1);
                if (last != null && last.kind() == piece.kind()) {
                    line.set(line.size() - 1, new Piece(piece.kind(), last.text() + parts[i]));
                } else {
                    line.add(new Piece(piece.kind(), parts[i]));
                }
            }
        }
        lines.add(new Line(kind, line));
        return lines;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(nfc(text));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static List<String> linesOf(String text) {
        List<String> lines = new ArrayList<>();
        Matcher m = Pattern.compile(".*(?:\\n|$)").matcher(nfc(text));
        while (m.find() && !m.group().isEmpty()) {
            lines.add(m.group());
        }
        return lines;
    }

    /** An é typed as one character and one written as e with a combining accent are the same letter. */
    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static void add(List<Piece> pieces, Kind kind, List<String> tokens) {
        if (!tokens.isEmpty()) {
            pieces.add(new Piece(kind, String.join("", tokens)));
        }
    }

    /**
     * Reads as a person would mark it up: kept spaces alone between two changes join the change (so "a b" → "c d"
     * is one removal and one addition, not four), and each run of changes is its removed text, then its added text.
     * A run that only adds (or only removes) keeps its spaces as they were.
     */
    private static List<Piece> tidy(List<Piece> pieces) {
        List<Piece> result = new ArrayList<>();
        List<Piece> run = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            boolean joins = piece.same() && piece.text().isBlank() && !piece.text().contains("\n") && i > 0
                    && i + 1 < pieces.size() && !pieces.get(i - 1).same() && !pieces.get(i + 1).same();
            if (piece.same() && !joins) {
                flush(result, run);
                keep(result, piece.text());
            } else {
                run.add(piece);
            }
        }
        flush(result, run);
        return result;
    }

    private static void flush(List<Piece> result, List<Piece> run) {
        boolean removes = run.stream().anyMatch(Piece::removed);
        boolean adds = run.stream().anyMatch(Piece::added);
        if (removes && adds) {
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            for (Piece piece : run) {
                if (!piece.added()) {
                    removed.append(piece.text());
                }
                if (!piece.removed()) {
                    added.append(piece.text());
                }
            }
            // Spaces at both ends of both sides are kept, not changed ("Pain " → "Back pain " is "Pain" → "Back pain").
            int lead = commonSpace(removed, added, true);
            int trail = commonSpace(removed, added, false);
            if (lead > 0) {
                keep(result, removed.substring(0, lead));
            }
            result.add(new Piece(Kind.REMOVED, removed.substring(lead, removed.length() - trail)));
            result.add(new Piece(Kind.ADDED, added.substring(lead, added.length() - trail)));
            if (trail > 0) {
                result.add(new Piece(Kind.SAME, removed.substring(removed.length() - trail)));
            }
        } else {
            result.addAll(run);
        }
        run.clear();
    }

    /** How many whitespace characters both texts start (or end) with, leaving each at least one other character. */
    private static int commonSpace(CharSequence a, CharSequence b, boolean atStart) {
        int n = 0;
        while (n < a.length() - 1 && n < b.length() - 1) {
            char x = a.charAt(atStart ? n : a.length() - 1 - n);
            char y = b.charAt(atStart ? n : b.length() - 1 - n);
            if (x != y || !Character.isWhitespace(x)) {
                break;
            }
            n++;
        }
        return n;
    }

    /** Kept text, joined to the kept text before it. */
    private static void keep(List<Piece> result, String text) {
        Piece last = result.isEmpty() ? null : result.get(result.size() - 1);
        if (last != null && last.same()) {
            result.set(result.size() - 1, new Piece(Kind.SAME, last.text() + text));
        } else {
            result.add(new Piece(Kind.SAME, text));
        }
    }
}
