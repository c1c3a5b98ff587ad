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
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Origin;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.SourceItem;
import org.lumbarguide.content.format.SeedContent.TermItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.render.GlossaryLinker;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.ContentText;
import org.lumbarguide.content.render.Readability;
import org.lumbarguide.content.render.SectionRenderer;

/**
 * The plain-language and coverage gates, run on the content files themselves (no Spring, no
 * database), so a writer gets an answer in seconds: {@code ./mvnw test -Dtest=ContentChecksTests}.
 * Every failure starts with the file and line to fix.
 *
 * <p>Each gate names its language. English text is scored with Flesch-Kincaid, Spanish with Fernández Huerta
 * ({@link Readability}); the emergency-sign list (NICE NG234 and the cauda equina card) is English phrases, so it
 * reads the English box, and a translation's urgent blocks must keep every line of the English lists
 * ({@link TranslationChecks#mirror}). A translation mirrors the English folder, and its urgent parts must be
 * current against the English ({@link TranslationChecks}).
 */
class ContentChecksTests {

    static final int MAX_SENTENCE_WORDS = 25;
    static final double DEFAULT_MAX_GRADE = 8.0;
    /** Spanish: every section at least "bastante fácil" on the Fernández Huerta scale. */
    static final double SPANISH_MIN_EASE = 70;
    /** Spanish: the emergency box, who to call and the levels of urgency, plainer still. */
    static final double SPANISH_URGENT_MIN_EASE = 75;
    /** Symptoms and the home page are read by frightened people in a hurry: plainer still. */
    /** The shared blocks are on Symptoms and the home page, so they meet Symptoms' bar. */
    static final Map<String, Double> MAX_GRADE = Map.of("symptoms", 7.0, TopicCatalog.SHARED_TOPIC, 7.0);
    static final double HOME_MAX_GRADE = 7.0;
    static final List<String> HOME_MESSAGES = List.of("home.intro", "home.audience", "care.note",
            "layout.footer.emergencyFallback");
    /** The tiers of urgency, in order, as Symptoms shows them: section anchor and the shared block it includes. */
    static final List<List<String>> TIERS = List.of(List.of("get-help-now", TopicCatalog.EMERGENCY_BLOCK),
            List.of("call-helpline-now", "tier-helpline"), List.of("contact-care-team-within-a-day", "tier-care-team"),
            List.of("mention-at-next-appointment", "tier-next-appointment"));
    static final List<String> REQUIRED_TOPICS = List.of("overview", "types", "symptoms", "diagnosis", "treatment",
            "prognosis", "living-with", "questions");
    static final int MIN_SOURCES = 3;
    /** The anchor of the section a key-points handout takes a topic's questions from. */
    static final String QUESTIONS_ANCHOR = "questions-to-ask";
    /** The topics without one: the shared blocks, and the checklist that is all questions. */
    static final Set<String> NO_QUESTIONS_SECTION = Set.of(TopicCatalog.SHARED_TOPIC, "questions");
    static final int MIN_QUESTIONS = 4;

    static Release release;
    static final MarkdownRenderer markdown = new MarkdownRenderer();

    @BeforeAll
    static void readTheFiles() {
        release = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
    }

    /** Text is scored as readers see it: shared blocks included and region words filled, in every region. */
    @Test
    void everySectionIsPlainEnough() {
        assertThat(release.topics()).isNotEmpty();
        assertThat(sectionGateFailures(release)).isEmpty();
    }

    /**
     * Every section of every language, scored in its language's measure against its limit ({@link #limit}), and
     * no sentence (a list item counts as one) over {@value #MAX_SENTENCE_WORDS} words.
     */
    static Set<String> sectionGateFailures(Release release) {
        Set<String> failures = new java.util.LinkedHashSet<>();
        for (Region region : Region.values()) {
            for (TopicItem topic : release.topics()) {
                ContentText text = filler(release, topic.language(), region);
                for (SectionItem section : topic.sections()) {
                    String body = text.fill(section.body());
                    List<String> found = new ArrayList<>();
                    check(new Origin(topic.file(), section.bodyLine()), section.body(), markdown.toPlainText(body),
                            topic.language(), limit(topic, section), found);
                    found.forEach(f -> failures.add(f + " (as read in region " + region.key() + ")"));
                }
            }
        }
        return failures;
    }

    /**
     * A section's limit in its language's measure: in English the most Flesch-Kincaid grade (8; 7 for Symptoms and
     * the shared blocks); in Spanish the least Fernández Huerta reading ease (70; 75 for the shared blocks, the
     * emergency box and the levels of urgency wherever they are shown).
     */
    static double limit(TopicItem topic, SectionItem section) {
        if (Readability.measure(topic.language()).higherIsEasier()) {
            boolean urgent = topic.key().equals(TopicCatalog.SHARED_TOPIC)
                    || SectionRenderer.tier(section.kind(), section.body()) != null;
            return urgent ? SPANISH_URGENT_MIN_EASE : SPANISH_MIN_EASE;
        }
        return MAX_GRADE.getOrDefault(topic.key(), DEFAULT_MAX_GRADE);
    }

    @Test
    void glossaryDefinitionsAreAsPlainAsTheGuide() {
        assertThat(glossaryGateFailures(release)).isEmpty();
    }

    /** Every glossary definition meets its language's limit for a section (grade 8; reading ease 70). */
    static Set<String> glossaryGateFailures(Release release) {
        Set<String> failures = new java.util.LinkedHashSet<>();
        for (Region region : Region.values()) {
            for (TermItem term : release.glossary()) {
                String definition = filler(release, term.language(), region).fill(term.definition());
                List<String> found = new ArrayList<>();
                double limit = Readability.measure(term.language()).higherIsEasier() ? SPANISH_MIN_EASE
                        : DEFAULT_MAX_GRADE;
                check(term.origin(), term.definition(), markdown.toPlainText(definition), term.language(), limit,
                        found);
                found.forEach(f -> failures.add(f + " (as read in region " + region.key() + ")"));
            }
        }
        return failures;
    }

    /** A translation has every topic, anchor, kind, source and include of the English folder (see TranslationChecks). */
    @Test
    void everyTranslationMirrorsTheDefaultLanguage() {
        assertThat(TranslationChecks.mirror(release)).isEmpty();
    }

    /**
     * A Spanish reader never gets older emergency advice than an English one: the emergency box, who to call, the
     * levels of urgency and every urgent section must be current against the English in the files. Other parts
     * out of date are printed (the page shows them with a notice), not failed. Each line says which
     * {@code translated-from:} line to set once a translator has checked the translation.
     */
    @Test
    void noUrgentTranslationIsOutOfDate() {
        TranslationChecks.otherOutOfDate(release).forEach(line -> System.out.println("Out of date (not urgent): " + line));
        assertThat(TranslationChecks.urgentOutOfDate(release)).isEmpty();
    }

    /** Every page of a deployment shows its region's own emergency number and never another region's. */
    @Test
    void noTextShowsAnotherRegionsEmergencyNumberOrAnUnfilledPlaceholder() {
        Map<Region, List<String>> wrong = Map.of(Region.UK, List.of("911"), Region.US, List.of("999", "112", "A&E",
                "NHS"), Region.INTERNATIONAL, List.of("A&E", "NHS"));
        List<String> failures = new ArrayList<>();
        for (Region region : Region.values()) {
            for (String language : release.languages()) {
                ContentText text = filler(language, region);
                List<String[]> texts = new ArrayList<>();
                for (TopicItem topic : release.topics(language)) {
                    texts.add(new String[] {topic.file(), text.fill(topic.title() + "\n" + topic.summary())});
                    for (SectionItem section : topic.sections()) {
                        texts.add(new String[] {section.origin().toString(),
                                text.fill(section.heading() + "\n" + section.body())});
                    }
                }
                for (TermItem term : release.glossary(language)) {
                    texts.add(new String[] {term.origin().toString(), text.fill(term.definition())});
                }
                for (String[] t : texts) {
                    if (t[1].contains("{{")) {
                        failures.add(t[0] + ": a placeholder is not filled in region " + region.key() + ": " + t[1]);
                    }
                    for (String number : wrong.get(region)) {
                        if (Pattern.compile("(?<![\\d\\p{L}])" + Pattern.quote(number) + "(?![\\d\\p{L}])")
                                .matcher(t[1]).find()) {
                            failures.add(t[0] + ": shows " + number + " in region " + region.key());
                        }
                    }
                }
                assertThat(text.fill("{{emergency-number-in-full}}")).as(region.key())
                        .contains(region == Region.US ? "911" : "999");
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * The emergency box lists every sign of spinal cord or cauda equina compression that NICE NG234 and
     * the national cauda equina warning card name; every urgent section on every page is that box. The signs are
     * English phrases, so this reads the English; a translation's box keeps every line of the English lists
     * ({@link TranslationChecks#mirror}) and its urgent sections include the same box
     * ({@link #everyUrgentSectionIsTheSharedEmergencyBox}).
     */
    @Test
    void everyEmergencyListHasEveryNg234AndCaudaEquinaSign() {
        List<String> signs = List.of(
                // the ambulance signs, first, for anyone
                "chest pain, or pain that spreads to the arm or jaw", "breathing that suddenly gets hard",
                "very drowsy, hard to wake or newly confused",
                // NG234 and the cauda equina warning card, with "new" so long-standing problems are not sent here
                "new weakness in one or both legs", "new trouble walking", "pain in both legs",
                "new numbness, tingling or pins and needles in your legs or feet",
                "new numbness between your legs, or around your bottom or genitals",
                "feels different when you wipe with toilet paper", "newly cannot feel when your bladder is full",
                "when you pass urine or poo", "newly hard to start to pass urine", "cannot pass urine at all",
                "newly leak urine or poo", "erections or ejaculation", "genitals that feel numb during sex",
                // the pain signs, for people who have or had cancer
                "if you have cancer, or had it, these new pains", "shooting pain down one leg",
                "sudden, very bad back or neck pain", "tight band around your chest or tummy",
                "chest pain always means", "worse when you sit, stand or move",
                "bend, twist and lift as little as you can",
                // who to call
                "have cancer, or had it? call your 24-hour cancer helpline now", "cannot get through",
                "never had cancer, or no 24-hour number?");
        List<String> failures = new ArrayList<>();
        for (Region region : Region.values()) {
            for (TopicItem topic : release.topics(TranslationChecks.SOURCE)) {
                ContentText text = filler(topic.language(), region);
                for (SectionItem section : topic.sections()) {
                    if (section.kind() != SectionKind.URGENT) {
                        continue;
                    }
                    String shown = markdown.toPlainText(text.fill(section.body())).replaceAll("\\s+", " ");
                    for (String sign : signs) {
                        if (!shown.toLowerCase(Locale.ROOT).contains(sign.toLowerCase(Locale.ROOT))) {
                            failures.add(section.origin() + ": the emergency list lacks '" + sign + "'");
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The emergency box is written once: every urgent section includes it, under the box's own heading. */
    @Test
    void everyUrgentSectionIsTheSharedEmergencyBox() {
        for (String language : release.languages()) {
            SectionItem box = sharedBlock(language, TopicCatalog.EMERGENCY_BLOCK);
            assertThat(box.kind()).isEqualTo(SectionKind.URGENT);
            List<String> failures = new ArrayList<>();
            int urgent = 0;
            for (TopicItem topic : release.topics(language)) {
                if (topic.key().equals(TopicCatalog.SHARED_TOPIC)) {
                    continue;
                }
                for (SectionItem section : topic.sections()) {
                    if (section.kind() == SectionKind.URGENT) {
                        urgent++;
                        if (!section.heading().equals(box.heading())
                                || !section.body().equals("{{include " + TopicCatalog.EMERGENCY_BLOCK + "}}")) {
                            failures.add(section.origin() + ": an urgent section is '## " + box.heading() + " {#"
                                    + section.anchor() + " .urgent}' with only {{include emergency}} as its text.");
                        }
                    }
                }
            }
            assertThat(urgent).as("urgent sections").isGreaterThanOrEqualTo(4);
            assertThat(failures).isEmpty();
        }
    }

    /**
     * The home page's words, the emergency box and who to call (on the home page and in every footer), in each
     * language: English at grade 7 or lower, Spanish at reading ease 75 or more. A translation's messages file is
     * checked for the keys it has (its translator may not have written them all yet).
     */
    @Test
    void theHomePageTextIsPlainerStill() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String language : release.languages()) {
            boolean source = language.equals(TranslationChecks.SOURCE);
            double limit = Readability.measure(language).higherIsEasier() ? SPANISH_URGENT_MIN_EASE : HOME_MAX_GRADE;
            String file = source ? "messages.properties" : "messages_" + language + ".properties";
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/" + file)) {
                assertThat(in != null || !source).as(file).isTrue();
                if (in != null) {
                    messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            for (String key : HOME_MESSAGES) {
                String text = messages.getProperty(key);
                if (source) {
                    assertThat(text).as(key).isNotBlank();
                }
                if (text != null) {
                    check(new Origin(file, 0), text, text, language, limit, failures);
                }
            }
            // The home page and every footer show the emergency box and who to call, as filled for each region.
            for (Region region : Region.values()) {
                for (String block : List.of(TopicCatalog.EMERGENCY_BLOCK, TopicCatalog.ROUTING_BLOCK)) {
                    SectionItem shared = sharedBlock(language, block);
                    check(new Origin(shared.origin().file(), shared.bodyLine()), shared.body(),
                            markdown.toPlainText(filler(language, region).fill(shared.body())), language, limit,
                            failures);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theGateRejectsHardText() {
        List<String> failures = new ArrayList<>();
        String hard = "Metastatic epidural spinal cord compression necessitates expeditious multidisciplinary "
                + "evaluation incorporating magnetic resonance imaging and neurosurgical consultation.";
        check(new Origin("sample.md", 7), hard, hard, "en", 8, failures);
        assertThat(failures).singleElement().asString().startsWith("sample.md:7: grade");
    }

    @Test
    void theSpanishGateRejectsHardTextAndLongSentences() {
        List<String> failures = new ArrayList<>();
        String hard = "La compresión metastásica de la médula espinal necesita una evaluación multidisciplinaria "
                + "inmediata.";
        check(new Origin("es/sample.md", 7), hard, hard, "es", SPANISH_MIN_EASE, failures);
        assertThat(failures).singleElement().asString()
                .startsWith("es/sample.md:7: reading ease 4.6 is under 70 (Fernández Huerta)");
        failures.clear();
        String easyButLong = "Si le duele la espalda y no se le pasa con el tiempo, llame a su equipo hoy mismo y "
                + "dígales que tiene cáncer o que lo tuvo.";
        check(new Origin("es/sample.md", 9), easyButLong, easyButLong, "es", SPANISH_MIN_EASE, failures);
        assertThat(failures).singleElement().asString().startsWith("es/sample.md:9: a sentence of 28 words (most 25)");
        failures.clear();
        String plain = "Llame a su equipo hoy. Dígales que tiene cáncer.";
        check(new Origin("es/sample.md", 11), plain, plain, "es", SPANISH_URGENT_MIN_EASE, failures);
        assertThat(failures).isEmpty();
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

    /**
     * The key-points handout prints each topic's questions to ask from its {@code questions-to-ask} section:
     * every topic has exactly one (reading the files already refuses an anchor used twice), a tip holding a
     * list of questions in the reader's own words.
     */
    @Test
    void everyTopicHasOneTipOfQuestionsToAsk() {
        Parser parser = Parser.builder().build();
        List<String> failures = new ArrayList<>();
        for (TopicItem topic : release.topics()) {
            if (NO_QUESTIONS_SECTION.contains(topic.key())) {
                continue;
            }
            List<SectionItem> found = topic.sections().stream().filter(s -> s.anchor().equals(QUESTIONS_ANCHOR))
                    .toList();
            if (found.isEmpty()) {
                failures.add(topic.origin() + ": no questions for the handout; add a section like '## Questions to "
                        + "ask about … {#" + QUESTIONS_ANCHOR + " .tip}' with a list of at least " + MIN_QUESTIONS
                        + " questions.");
            }
            for (SectionItem section : found) {
                if (section.kind() != SectionKind.TIP) {
                    failures.add(section.origin() + ": the questions to ask are a tip: '## " + section.heading() + " {#"
                            + QUESTIONS_ANCHOR + " .tip}'.");
                }
                List<String> questions = new ArrayList<>();
                parser.parse(section.body()).accept(new AbstractVisitor() {
                    @Override
                    public void visit(ListItem item) {
                        if (item.getFirstChild() instanceof Paragraph paragraph
                                && plainText(paragraph).strip().endsWith("?")) {
                            questions.add(plainText(paragraph));
                        }
                        visitChildren(item);
                    }
                });
                if (questions.size() < MIN_QUESTIONS) {
                    failures.add(section.origin() + ": " + questions.size() + " questions in the list (at least "
                            + MIN_QUESTIONS + ", each a '- ' item ending in '?').");
                }
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
            assertThat(symptoms.sections().subList(0, TIERS.size())).extracting(SectionItem::anchor)
                    .containsExactlyElementsOf(TIERS.stream().map(t -> t.get(0)).toList());
            for (List<String> tier : TIERS) {
                SectionItem section = symptoms.sections().stream().filter(s -> s.anchor().equals(tier.get(0)))
                        .findFirst().orElseThrow();
                SectionItem block = sharedBlock(language, tier.get(1));
                assertThat(section.heading()).as(section.origin() + ": the tier's heading is the shared block's")
                        .isEqualTo(block.heading());
                assertThat(section.body()).as(section.origin().toString()).isEqualTo("{{include " + tier.get(1) + "}}");
            }
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
            if (language.equals(TranslationChecks.SOURCE)) {
                // A translation's glossary may still be growing: each of its keys is an English one (mirror).
                assertThat(entries).as(language + " glossary").hasSizeGreaterThanOrEqualTo(60);
            }
            ContentText filled = filler(language, Region.INTERNATIONAL);
            for (TopicItem topic : release.topics(language)) {
                GlossaryLinker linker = new GlossaryLinker(entries);
                StringBuilder html = new StringBuilder();
                StringBuilder text = new StringBuilder();
                for (SectionItem section : topic.sections()) {
                    String body = filled.fill(section.body());
                    html.append(markdown.toSafeHtml(body, linker, section.anchor(), "Words").body());
                    text.append(markdown.toPlainText(body.replaceAll("(?m)^#+ .*$", ""))).append('\n');
                }
                for (GlossaryEntry entry : entries) {
                    boolean used = GlossaryUse.uses(text.toString(), entry, entries);
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

    /** What fills a language's placeholders in a region: its shared blocks and that region's words. */
    static ContentText filler(String language, Region region) {
        return filler(release, language, region);
    }

    static ContentText filler(Release release, String language, Region region) {
        Map<String, String> blocks = new java.util.HashMap<>();
        release.topics(language).stream().filter(t -> t.key().equals(TopicCatalog.SHARED_TOPIC))
                .flatMap(t -> t.sections().stream()).forEach(s -> blocks.put(s.anchor(), s.body()));
        return new ContentText(blocks, release.regionWords(language, region));
    }

    private static SectionItem sharedBlock(String language, String anchor) {
        return release.topics(language).stream().filter(t -> t.key().equals(TopicCatalog.SHARED_TOPIC))
                .flatMap(t -> t.sections().stream()).filter(s -> s.anchor().equals(anchor)).findFirst()
                .orElseThrow(() -> new AssertionError("no shared block '" + anchor + "' in " + language));
    }

    /**
     * Scores a text in its language's measure against a limit (the most grade in English, the least reading ease
     * in Spanish); failures name the line where the problem is, so a writer can go straight to it.
     */
    static void check(Origin origin, String source, String plainText, String language, double limit,
                      List<String> failures) {
        Readability.Score score = Readability.score(plainText, language);
        if (score.measure().higherIsEasier()) {
            if (score.words() > 0 && score.readingEase() < limit) {
                failures.add(String.format(Locale.ROOT, "%s: reading ease %.1f is under %.0f (Fernández Huerta). "
                        + "Use shorter sentences and shorter words.", origin, score.readingEase(), limit));
            }
        } else if (score.grade() > limit) {
            failures.add(String.format(Locale.ROOT, "%s: grade %.1f is over %.0f. Use shorter sentences and "
                    + "shorter words.", origin, score.grade(), limit));
        }
        if (score.longestSentenceWords() > MAX_SENTENCE_WORDS) {
            failures.add(lineOf(origin, source, score.longestSentence(), language) + ": a sentence of "
                    + score.longestSentenceWords() + " words (most " + MAX_SENTENCE_WORDS + "): "
                    + score.longestSentence());
        }
    }

    /** The line of the file where a sentence starts, found from its first words. */
    private static Origin lineOf(Origin start, String source, String sentence) {
        return lineOf(start, source, sentence, null);
    }

    private static Origin lineOf(Origin start, String source, String sentence, String language) {
        List<String> words = Readability.words(sentence, language);
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!words.isEmpty() && Readability.words(lines[i], language)
                    .containsAll(words.subList(0, Math.min(3, words.size())))) {
                return new Origin(start.file(), start.line() + i);
            }
        }
        return start;
    }

    private static Origin where(TopicItem topic, SectionItem section, String literal) {
        return lineOf(new Origin(topic.file(), section.bodyLine()), section.body(), literal);
    }

    /** The words of a Markdown node, its lines joined by spaces. */
    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }
        });
        return text.toString();
    }

    private static int count(String haystack, String needle) {
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
