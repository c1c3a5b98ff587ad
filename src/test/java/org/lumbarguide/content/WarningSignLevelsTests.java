package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TermItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;

/**
 * Every warning sign sits at one level of urgency wherever it is written: a reader who meets "swollen calf"
 * on two pages, or on a page and a handout, is never told two different things. The table below names each
 * sign and its level; the check reads the level each mention gives from the words around it, as a reader
 * would, and fails on any mention that names another level.
 *
 * <p>How a mention's level is read (from the files as written, shared blocks where they are written once):
 * the first level named in the sentence that holds the sign; else, for a list item, the first level named
 * in the list's lead-in; else the first level named later in the same paragraph, else earlier in it. A
 * mention with no level near it (a description, a diary prompt) is not an instruction and is not judged.
 * Nor is an item of a list whose lead-in makes it part of a combination ("if fluid leaks from your wound
 * and you also have:" a high temperature): that combination is its own sign, judged by its lead-in.
 */
class WarningSignLevelsTests {

    /** The four levels, the ambulance signs of level 1 apart, and a GP visit for readers who never had cancer. */
    enum Level {
        AMBULANCE("\\{\\{emergency-number(?:-in-full)?}}"),
        GET_HELP_NOW("help now|emergency box"),
        HELPLINE_NOW("24-hour cancer helpline|helpline now"),
        CARE_TEAM_24H("within 24 hours"),
        NEXT_APPOINTMENT("next appointment|next visit"),
        GP_SOON("\\{\\{gp}} soon");

        final Pattern marker;

        Level(String marker) {
            this.marker = Pattern.compile(marker, Pattern.CASE_INSENSITIVE);
        }
    }

    /** Sign (a phrase as the guide words it) → the one level it has everywhere. */
    static final Map<String, Level> SIGNS = signs();

    private static Map<String, Level> signs() {
        Map<String, Level> signs = new LinkedHashMap<>();
        // Ambulance for anyone (NICE NG234 general emergency care; NHS DVT; MHRA/denosumab leaflet for fits)
        signs.put("chest pain", Level.AMBULANCE);
        signs.put("breathing that suddenly gets hard|sudden(?:ly)? (?:breathless|short of breath)|"
                + "very short of breath", Level.AMBULANCE);
        signs.put("cough(?:ing)? (?:up )?blood", Level.AMBULANCE);
        signs.put("very drowsy", Level.AMBULANCE);
        signs.put("\\bfits\\b|seizures?", Level.AMBULANCE);
        signs.put("fluid leaks from your wound and you also have", Level.AMBULANCE);
        // Nerve signs: get help now, as the emergency box says (NG234; cauda equina warning card; GIRFT)
        signs.put("weakness in one or both legs|weak legs|legs (?:that )?give way", Level.GET_HELP_NOW);
        signs.put("pain in both legs", Level.GET_HELP_NOW);
        signs.put("pins and needles in your legs or feet", Level.GET_HELP_NOW);
        signs.put("numb(?:ness)? between your legs|around your bottom", Level.GET_HELP_NOW);
        signs.put("toilet paper", Level.GET_HELP_NOW);
        signs.put("leak urine or poo|cannot pass urine", Level.GET_HELP_NOW);
        signs.put("new problems with erections|sudden change in erections", Level.GET_HELP_NOW);
        signs.put("tight band", Level.GET_HELP_NOW);
        // The 24-hour cancer helpline, now (CRUK symptoms of infection; CRUK steroids; Xgeva leaflet)
        signs.put("high temperature", Level.HELPLINE_NOW);
        signs.put("hot and shivery|shiver(?:ing|y)", Level.HELPLINE_NOW);
        signs.put("cannot keep fluids down|being sick", Level.HELPLINE_NOW);
        signs.put("diarrh\\w* (?:\\(runny poo\\) )?4 or more times", Level.HELPLINE_NOW);
        signs.put("twitch", Level.HELPLINE_NOW);
        signs.put("swollen,? painful calf|calf or leg (?:swelling|swells)|swelling in your leg|leg or calf",
                Level.HELPLINE_NOW);
        // The care team within 24 hours (NG234: spinal pain without nerve signs, MRI within a week)
        signs.put("new back pain", Level.CARE_TEAM_24H);
        signs.put("new pain in the middle or upper back", Level.CARE_TEAM_24H);
        signs.put("cloudy or smell", Level.CARE_TEAM_24H);
        signs.put("ache, cramp or hurt when you walk", Level.CARE_TEAM_24H);
        signs.put("hurts when you press it", Level.CARE_TEAM_24H);
        return signs;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n");
    /** A lead-in whose items count only together with its own sign. */
    private static final Pattern COMBINATION = Pattern.compile("and you also have:", Pattern.CASE_INSENSITIVE);
    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    static Release release;

    @BeforeAll
    static void readTheFiles() {
        release = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
    }

    @Test
    void everySignHasTheSameLevelInEveryFileThatMentionsIt() {
        List<String> failures = new ArrayList<>();
        Map<String, TreeSet<String>> judgedIn = new TreeMap<>();
        for (Text text : texts()) {
            for (Mention mention : mentions(text)) {
                judgedIn.computeIfAbsent(mention.sign(), s -> new TreeSet<>()).add(text.file());
                if (mention.level() != SIGNS.get(mention.sign())) {
                    failures.add(text.file() + ":" + mention.line() + ": '" + mention.found() + "' is "
                            + SIGNS.get(mention.sign()) + " everywhere, but here it reads as " + mention.level()
                            + ": " + mention.context());
                }
            }
        }
        assertThat(failures).isEmpty();
        // The table is not dead: every sign is judged somewhere, and the shared signs in several files.
        assertThat(judgedIn.keySet()).as("signs with at least one judged mention")
                .containsExactlyInAnyOrderElementsOf(SIGNS.keySet());
        assertThat(judgedIn.values().stream().filter(files -> files.size() > 1).count())
                .as("signs judged in more than one file").isGreaterThanOrEqualTo(8);
    }

    @Test
    void aContradictionIsCaught() {
        Text calf = new Text("sample.md", 1, """
                **Call {{emergency-number}} now if you have:**

                - a swollen, painful calf
                - chest pain

                Call your 24-hour cancer helpline now if you have a high temperature.
                Fits need a call to your care team within 24 hours.
                """);
        List<Mention> mentions = mentions(calf);
        assertThat(mentions).extracting(Mention::found).containsExactly("swollen, painful calf", "chest pain",
                "high temperature", "Fits");
        assertThat(mentions).extracting(Mention::level).containsExactly(Level.AMBULANCE, Level.AMBULANCE,
                Level.HELPLINE_NOW, Level.CARE_TEAM_24H);
    }

    @Test
    void aSentenceWithoutALevelTakesTheNextOneInItsParagraph() {
        Text text = new Text("sample.md", 10, """
                Are you very drowsy or confused?
                Then call {{emergency-number}} now.

                Each day, note any weak legs.
                """);
        assertThat(mentions(text)).singleElement().satisfies(m -> {
            assertThat(m.level()).isEqualTo(Level.AMBULANCE);
            assertThat(m.line()).isEqualTo(10);
        });
    }

    record Text(String file, int line, String body) {
    }

    record Mention(String sign, String found, Level level, int line, String context) {
    }

    /**
     * The English text: the signs and the words that name a level are English phrases. A translation keeps each
     * sign at its level by mirroring the English (same blocks included, every line of the urgent lists kept:
     * TranslationChecks) and by being current against it.
     */
    private static List<Text> texts() {
        List<Text> texts = new ArrayList<>();
        for (TopicItem topic : release.topics(TranslationChecks.SOURCE)) {
            for (SectionItem section : topic.sections()) {
                texts.add(new Text(topic.file(), section.bodyLine(), section.body()));
            }
        }
        for (TermItem term : release.glossary(TranslationChecks.SOURCE)) {
            texts.add(new Text(term.origin().file(), term.origin().line(), term.definition()));
        }
        return texts;
    }

    /** A block of text between blank lines: a paragraph, or a list of items. */
    private record Block(List<String> units, List<Integer> lines, boolean list) {
    }

    static List<Mention> mentions(Text text) {
        List<Block> blocks = blocks(text);
        List<Mention> mentions = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            for (int u = 0; u < block.units().size(); u++) {
                String unit = block.units().get(u);
                for (Map.Entry<String, Level> sign : SIGNS.entrySet()) {
                    Matcher m = Pattern.compile(sign.getKey(), Pattern.CASE_INSENSITIVE).matcher(unit);
                    if (!m.find()) {
                        continue;
                    }
                    Level level = levelOf(blocks, b, u, m.group());
                    if (level != null) {
                        mentions.add(new Mention(sign.getKey(), m.group(), level, block.lines().get(u),
                                unit.strip()));
                    }
                }
            }
        }
        return mentions;
    }

    /** The level the unit {@code u} of block {@code b} gives, by the rules in the class comment. */
    private static Level levelOf(List<Block> blocks, int b, int u, String found) {
        Block block = blocks.get(b);
        List<String> sentences = List.of(SENTENCE_END.split(block.units().get(u)));
        // The sentence that holds the sign (a list item may hold several sentences).
        for (String sentence : sentences) {
            if (sentence.contains(found)) {
                Level level = firstLevel(sentence);
                if (level != null) {
                    return level;
                }
            }
        }
        if (block.list()) {
            if (b > 0 && !blocks.get(b - 1).list()) {
                List<String> leadIn = blocks.get(b - 1).units();
                String line = leadIn.get(leadIn.size() - 1);
                if (COMBINATION.matcher(line).find()) {
                    return null;
                }
                Level level = firstLevel(line);
                if (level != null) {
                    return level;
                }
            }
            // The item's other sentences: "a swollen calf. Call the team the same day."
            for (String sentence : sentences) {
                Level level = firstLevel(sentence);
                if (level != null) {
                    return level;
                }
            }
            return null;
        }
        for (int later = u + 1; later < block.units().size(); later++) {
            Level level = firstLevel(block.units().get(later));
            if (level != null) {
                return level;
            }
        }
        for (int earlier = u - 1; earlier >= 0; earlier--) {
            Level level = firstLevel(block.units().get(earlier));
            if (level != null) {
                return level;
            }
        }
        return null;
    }

    private static Level firstLevel(String text) {
        Level first = null;
        int at = Integer.MAX_VALUE;
        for (Level level : Level.values()) {
            Matcher m = level.marker.matcher(text);
            if (m.find() && m.start() < at) {
                at = m.start();
                first = level;
            }
        }
        return first;
    }

    /**
     * The text's top-level blocks, as commonmark reads them: a paragraph split into sentences (a line break
     * ends one too), a list into its items (an item's wrapped lines joined). Emphasis marks are dropped and
     * placeholders kept, so the level phrases read as written.
     */
    private static List<Block> blocks(Text text) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = MARKDOWN.parse(text.body()).getFirstChild(); node != null; node = node.getNext()) {
            int line = text.line() + node.getSourceSpans().get(0).getLineIndex();
            if (node instanceof ListBlock) {
                List<String> items = new ArrayList<>();
                List<Integer> lines = new ArrayList<>();
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    items.add(words(item).replace('\n', ' ').strip());
                    lines.add(text.line() + item.getSourceSpans().get(0).getLineIndex());
                }
                blocks.add(new Block(items, lines, true));
            } else if (node instanceof Paragraph) {
                List<String> sentences = new ArrayList<>();
                List<Integer> lines = new ArrayList<>();
                String[] paragraphLines = words(node).split("\n");
                for (int i = 0; i < paragraphLines.length; i++) {
                    for (String sentence : SENTENCE_END.split(paragraphLines[i].strip())) {
                        sentences.add(sentence);
                        lines.add(line + i);
                    }
                }
                blocks.add(new Block(sentences, lines, false));
            }
        }
        return blocks;
    }

    /** A node's words, each of its line breaks a newline. */
    private static String words(Node node) {
        StringBuilder words = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text literal) {
                words.append(literal.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                words.append('\n');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                words.append('\n');
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (words.length() > 0) {
                    words.append('\n');
                }
                visitChildren(paragraph);
            }
        });
        return words.toString();
    }
}
