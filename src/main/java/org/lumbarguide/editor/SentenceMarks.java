package org.lumbarguide.editor;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The preview's marks on sentences over 25 words, where they stand in a section's rendered HTML. A sentence is
 * found in the section's text as a reader sees it (the text of every element in order, spaces folded), so one that
 * a glossary link, emphasis or an escaped character splits is found too. It is marked piece by piece: each run of
 * its text inside one element gets a {@code <mark>} of its own, so the marks never cross a tag and the HTML stays
 * valid ({@code <a …><mark>term</mark></a>}: a mark is phrasing content, allowed wherever text is).
 */
final class SentenceMarks {

    static final String MARK_CLASS = "long-sentence";

    private SentenceMarks() {
    }

    /**
     * The HTML with each sentence marked where it is first found (after the previous sentence's place, as the
     * sentences come in reading order); a sentence not found is left unmarked (the list under the section names
     * it). The HTML comes back as it was when nothing is marked.
     */
    static String mark(String html, List<String> sentences) {
        if (html == null || html.isEmpty() || sentences.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Text text = Text.of(document.body());
        boolean marked = false;
        int from = 0;
        for (String sentence : sentences) {
            String wanted = fold(sentence).strip();
            int at = wanted.isEmpty() ? -1 : text.folded.indexOf(wanted, from);
            if (at < 0) {
                at = wanted.isEmpty() ? -1 : text.folded.indexOf(wanted);
            }
            if (at < 0) {
                continue;
            }
            text.mark(text.start(at), text.end(at + wanted.length()));
            from = at + wanted.length();
            marked = true;
        }
        if (!marked) {
            return html;
        }
        text.apply();
        return document.body().html();
    }

    /** Runs of white space as one space, as a reader sees them. */
    private static String fold(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /**
     * A fragment's text nodes in order, their text joined ({@code whole}), and the same with white space folded
     * ({@code folded}) with, for each of its characters, where it stands in {@code whole}.
     */
    private static final class Text {

        private final List<TextNode> nodes = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();
        private final StringBuilder whole = new StringBuilder();
        private String folded;
        private int[] positions;
        /** Character ranges of {@code whole} to mark, in order. */
        private final List<int[]> ranges = new ArrayList<>();

        static Text of(Element root) {
            Text text = new Text();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode piece) {
                        text.nodes.add(piece);
                        text.starts.add(text.whole.length());
                        text.whole.append(piece.getWholeText());
                    }
                }
            }, root);
            StringBuilder folded = new StringBuilder();
            List<Integer> positions = new ArrayList<>();
            boolean space = false;
            for (int i = 0; i < text.whole.length(); i++) {
                char c = text.whole.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (!space) {
                        folded.append(' ');
                        positions.add(i);
                    }
                    space = true;
                } else {
                    folded.append(c);
                    positions.add(i);
                    space = false;
                }
            }
            text.folded = folded.toString();
            text.positions = positions.stream().mapToInt(Integer::intValue).toArray();
            return text;
        }

        /** Where the folded text's character {@code at} starts in the whole text. */
        int start(int at) {
            return positions[at];
        }

        /** Where the folded text's range ending before {@code end} ends in the whole text. */
        int end(int end) {
            return positions[end - 1] + 1;
        }

        void mark(int start, int end) {
            ranges.add(new int[] {start, end});
        }

        /** Wraps each marked run of each text node in a mark of its own, last node first so offsets hold. */
        void apply() {
            for (int n = nodes.size() - 1; n >= 0; n--) {
                TextNode node = nodes.get(n);
                int nodeStart = starts.get(n);
                int nodeEnd = nodeStart + node.getWholeText().length();
                List<int[]> here = new ArrayList<>();
                for (int[] range : ranges) {
                    int start = Math.max(range[0], nodeStart);
                    int end = Math.min(range[1], nodeEnd);
                    if (start < end) {
                        here.add(new int[] {start - nodeStart, end - nodeStart});
                    }
                }
                here.sort(java.util.Comparator.comparingInt(range -> range[0]));
                int before = Integer.MAX_VALUE;
                for (int r = here.size() - 1; r >= 0; r--) {
                    // Right to left, so the node keeps the text before each run; a run that overlaps the one after
                    // it (a sentence found twice) is marked once.
                    if (here.get(r)[1] <= before) {
                        wrap(node, here.get(r)[0], here.get(r)[1]);
                        before = here.get(r)[0];
                    }
                }
            }
        }

        /** Marks characters {@code start} to {@code end} of a text node; white space alone is left as it is. */
        private static void wrap(TextNode node, int start, int end) {
            String piece = node.getWholeText().substring(start, end);
            if (piece.isBlank()) {
                return;
            }
            if (end < node.getWholeText().length()) {
                node.splitText(end);
            }
            TextNode target = start > 0 ? node.splitText(start) : node;
            Element mark = new Element("mark").addClass(MARK_CLASS);
            target.before(mark);
            mark.appendChild(target);
        }
    }
}
