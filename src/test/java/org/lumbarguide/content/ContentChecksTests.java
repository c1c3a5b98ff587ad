package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.TopicViews.GlossaryEntry;
import org.lumbarguide.content.seed.ContentFiles;
import org.lumbarguide.content.seed.SeedContent.Origin;
import org.lumbarguide.content.seed.SeedContent.Release;
import org.lumbarguide.content.seed.SeedContent.SectionItem;
import org.lumbarguide.content.seed.SeedContent.SourceItem;
import org.lumbarguide.content.seed.SeedContent.TermItem;
import org.lumbarguide.content.seed.SeedContent.TopicItem;

/**
 * The plain-language and coverage gates, run on the content files themselves (no Spring, no
 * database), so a writer gets an answer in seconds: {@code ./mvnw test -Dtest=ContentChecksTests}.
 * Every failure starts with the file and line to fix.
 */
class ContentChecksTests {

    static final int MAX_SENTENCE_WORDS = 25;
    static final double DEFAULT_MAX_GRADE = 8.0;
    /** Symptoms and the home page are read by frightened people in a hurry: plainer still. */
    static final Map<String, Double> MAX_GRADE = Map.of("symptoms", 7.0);
    static final double HOME_MAX_GRADE = 7.0;
    static final List<String> HOME_MESSAGES = List.of("home.intro", "home.audience", "care.note",
            "layout.footer.emergencyText");
    static final List<String> REQUIRED_TOPICS = List.of("overview", "types", "symptoms", "diagnosis", "treatment",
            "prognosis", "living-with", "questions");
    static final int MIN_SOURCES = 3;

    static Release release;
    static final MarkdownRenderer markdown = new MarkdownRenderer();

    @BeforeAll
    static void readTheFiles() {
        release = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
    }

    @Test
    void everySectionIsPlainEnough() {
        List<String> failures = new ArrayList<>();
        for (TopicItem topic : release.topics()) {
            double max = MAX_GRADE.getOrDefault(topic.key(), DEFAULT_MAX_GRADE);
            for (SectionItem section : topic.sections()) {
                check(new Origin(topic.file(), section.bodyLine()), section.body(), markdown.toPlainText(section.body()),
                        max, failures);
            }
        }
        assertThat(release.topics()).isNotEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void glossaryDefinitionsAreAsPlainAsTheGuide() {
        List<String> failures = new ArrayList<>();
        for (TermItem term : release.glossary()) {
            check(term.origin(), term.definition(), term.definition(), DEFAULT_MAX_GRADE, failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theHomePageTextIsPlainerStill() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> failures = new ArrayList<>();
        for (String key : HOME_MESSAGES) {
            String text = messages.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            check(new Origin("messages.properties", 0), text, text, HOME_MAX_GRADE, failures);
        }
        TopicItem symptoms = topic("symptoms");
        SectionItem urgent = symptoms.sections().stream().filter(s -> s.kind() == SectionKind.URGENT).findFirst()
                .orElseThrow();
        check(new Origin(symptoms.file(), urgent.bodyLine()), urgent.body(), markdown.toPlainText(urgent.body()),
                HOME_MAX_GRADE, failures);
        assertThat(failures).isEmpty();
    }

    @Test
    void theGateRejectsHardText() {
        List<String> failures = new ArrayList<>();
        String hard = "Metastatic epidural spinal cord compression necessitates expeditious multidisciplinary "
                + "evaluation incorporating magnetic resonance imaging and neurosurgical consultation.";
        check(new Origin("sample.md", 7), hard, hard, 8, failures);
        assertThat(failures).singleElement().asString().startsWith("sample.md:7: grade");
    }

    @Test
    void everyRequiredTopicIsThereWithSourcesAndAWrittenDate() {
        for (String language : release.languages()) {
            List<String> keys = release.topics(language).stream().map(TopicItem::key).toList();
            assertThat(keys).as(language).containsAll(REQUIRED_TOPICS);
        }
        List<String> failures = new ArrayList<>();
        for (TopicItem topic : release.topics()) {
            if (topic.sourceKeys().size() < MIN_SOURCES) {
                failures.add(topic.origin() + ": cites " + topic.sourceKeys().size() + " sources; every topic needs at "
                        + "least " + MIN_SOURCES + " (front matter 'sources').");
            }
            if (topic.written() == null) {
                failures.add(topic.origin() + ": 'review: written:' is missing.");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theGuideRestsOnThePublishersWeTrust() {
        Set<String> publishers = new HashSet<>(release.sources().stream().map(SourceItem::publisher).toList());
        assertThat(publishers).anyMatch(p -> p.contains("National Cancer Institute"))
                .anyMatch(p -> p.contains("NICE")).anyMatch(p -> p.contains("American Cancer Society"))
                .anyMatch(p -> p.contains("Cancer Research UK")).anyMatch(p -> p.contains("MedlinePlus"));
        List<String> failures = new ArrayList<>();
        Set<String> cited = new HashSet<>();
        release.topics().forEach(t -> cited.addAll(t.sourceKeys()));
        for (SourceItem source : release.sources()) {
            if (!source.url().startsWith("https://")) {
                failures.add(source.origin() + ": the address should start with https://");
            }
            if (!cited.contains(source.key())) {
                failures.add(source.origin() + ": no topic cites '" + source.key() + "'. Cite it or remove it.");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void noSectionHoldsRawHtml() {
        Parser parser = Parser.builder().build();
        List<String> failures = new ArrayList<>();
        for (TopicItem topic : release.topics()) {
            for (SectionItem section : topic.sections()) {
                Node document = parser.parse(section.body());
                document.accept(new AbstractVisitor() {
                    @Override
                    public void visit(HtmlBlock html) {
                        failures.add(where(topic, section, html.getLiteral()) + ": raw HTML is not allowed; use Markdown.");
                    }

                    @Override
                    public void visit(HtmlInline html) {
                        failures.add(where(topic, section, html.getLiteral()) + ": raw HTML is not allowed; use Markdown.");
                    }
                });
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void symptomsCarryTheTiersOfActionWithTheEmergencyTierFirst() {
        for (String language : release.languages()) {
            TopicItem symptoms = release.topics(language).stream().filter(t -> t.key().equals("symptoms")).findFirst()
                    .orElseThrow();
            assertThat(symptoms.sections().get(0).kind()).as(symptoms.file() + ": first section")
                    .isEqualTo(SectionKind.URGENT);
            assertThat(symptoms.sections()).extracting(SectionItem::anchor)
                    .containsSubsequence("call-999-now", "contact-care-team-today", "mention-at-next-appointment");
        }
    }

    @Test
    void theGlossaryIsLargeAndEveryTermUsedOnAPageIsLinkedThereOnce() {
        List<String> failures = new ArrayList<>();
        for (String language : release.languages()) {
            List<GlossaryEntry> entries = release.glossary(language).stream()
                    .map(t -> {
                        List<String> forms = new ArrayList<>(List.of(t.term()));
                        forms.addAll(t.otherForms());
                        return new GlossaryEntry(t.term(), t.key(), t.definition(), List.copyOf(forms));
                    }).toList();
            assertThat(entries).as(language + " glossary").hasSizeGreaterThanOrEqualTo(60);
            for (TopicItem topic : release.topics(language)) {
                GlossaryLinker linker = new GlossaryLinker(entries);
                StringBuilder html = new StringBuilder();
                StringBuilder text = new StringBuilder();
                for (SectionItem section : topic.sections()) {
                    html.append(markdown.toSafeHtml(section.body(), linker, section.anchor(), "Words").body());
                    text.append(markdown.toPlainText(section.body().replaceAll("(?m)^#+ .*$", ""))).append('\n');
                }
                for (GlossaryEntry entry : entries) {
                    boolean used = entry.forms().stream()
                            .anyMatch(form -> uses(withoutLongerTerms(text.toString(), form, entries), form));
                    int links = count(html.toString(), "href=\"/glossary#" + entry.anchor() + "\" class=\"term\"");
                    if (used && links != 1) {
                        failures.add(topic.origin() + ": '" + entry.term() + "' is used but linked " + links + " times");
                    }
                    if (!used && links > 0) {
                        failures.add(topic.origin() + ": '" + entry.term() + "' is linked but not used");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    // --- helpers ---

    private static TopicItem topic(String key) {
        return release.topics().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    /** Scores a text; failures name the line where the problem is, so a writer can go straight to it. */
    private static void check(Origin origin, String source, String plainText, double maxGrade, List<String> failures) {
        Readability.Score score = Readability.score(plainText);
        if (score.grade() > maxGrade) {
            failures.add(String.format(Locale.ROOT, "%s: grade %.1f is over %.0f. Use shorter sentences and "
                    + "shorter words.", origin, score.grade(), maxGrade));
        }
        if (score.longestSentenceWords() > MAX_SENTENCE_WORDS) {
            failures.add(lineOf(origin, source, score.longestSentence()) + ": a sentence of "
                    + score.longestSentenceWords() + " words (most " + MAX_SENTENCE_WORDS + "): "
                    + score.longestSentence());
        }
    }

    /** The line of the file where a sentence starts, found from its first words. */
    private static Origin lineOf(Origin start, String source, String sentence) {
        List<String> words = Readability.words(sentence);
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!words.isEmpty() && Readability.words(lines[i]).containsAll(words.subList(0, Math.min(3, words.size())))) {
                return new Origin(start.file(), start.line() + i);
            }
        }
        return start;
    }

    private static Origin where(TopicItem topic, SectionItem section, String literal) {
        return lineOf(new Origin(topic.file(), section.bodyLine()), section.body(), literal);
    }

    private static int count(String haystack, String needle) {
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    /** "sarcoma" inside "Ewing sarcoma" is a use of the longer term, not of the shorter one. */
    private static String withoutLongerTerms(String text, String form, List<GlossaryEntry> entries) {
        String result = text;
        String lower = form.toLowerCase(Locale.ROOT);
        for (GlossaryEntry other : entries) {
            for (String longer : other.forms()) {
                if (longer.length() > form.length() && longer.toLowerCase(Locale.ROOT).contains(lower)) {
                    result = result.replaceAll("(?i)" + Pattern.quote(longer), " ");
                }
            }
        }
        return result;
    }

    private static boolean uses(String text, String form) {
        boolean capitals = form.equals(form.toUpperCase(Locale.ROOT));
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}]|-\\p{L})",
                capitals ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return pattern.matcher(text).find();
    }
}
