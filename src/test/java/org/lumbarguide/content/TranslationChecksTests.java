package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lumbarguide.content.format.ContentFileException;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.ContentHash;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The translation checks on a tiny English and Spanish content tree (src/test/resources/content-fixtures/bilingual):
 * the tree as written passes every check, and each rule fails when the tree breaks it (each test changes one
 * file in memory). The same checks run on the guide in ContentChecksTests.
 */
class TranslationChecksTests {

    static final String FIXTURE = "classpath:content-fixtures/bilingual/";

    @Test
    void aSpanishFolderImportsAsSpanishAndTheFixtureMirrorsAndIsCurrent() {
        Release release = ContentFiles.load(FIXTURE);
        assertThat(release.languages()).containsExactly("en", "es");
        assertThat(release.topics("es")).extracting(TopicItem::key, TopicItem::slug)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shared", "shared"),
                        org.assertj.core.groups.Tuple.tuple("symptoms", "sintomas"));
        assertThat(release.topics("es").get(1).translatedFrom()).containsKeys("title", "get-help-now", "diary");
        assertThat(release.glossary("es")).hasSize(2);
        assertThat(release.regionWords("es", org.lumbarguide.config.Region.INTERNATIONAL))
                .containsEntry("emergency-number", "su número de emergencias");
        assertThat(TranslationChecks.translations(release)).containsExactly("es");
        assertThat(TranslationChecks.mirror(release)).isEmpty();
        assertThat(TranslationChecks.status(release)).hasSize(11).allMatch(p -> p.verdict().current());
        assertThat(ContentChecksTests.sectionGateFailures(release)).isEmpty();
        assertThat(ContentChecksTests.glossaryGateFailures(release)).isEmpty();
    }

    // --- the mirror: topics, anchors, kinds, sources, includes, urgent lists, region words, glossary keys ---

    @Test
    void aMissingTopicFails() {
        Map<String, String> files = fixture();
        files.remove("es/01-symptoms.md");
        assertThat(TranslationChecks.mirror(parse(files))).singleElement().asString()
                .startsWith("es/01-symptoms.md: missing. Every topic of en/01-symptoms.md needs its translation");
    }

    @Test
    void aTopicTheDefaultLanguageLacksFails() {
        Map<String, String> files = fixture();
        files.put("es/02-extra.md", files.get("es/01-symptoms.md").replace("key: symptoms", "key: extra")
                .replace("slug: sintomas", "slug: extra").replace("position: 1", "position: 2"));
        assertThat(TranslationChecks.mirror(parse(files))).singleElement().asString()
                .startsWith("es/02-extra.md:1: the key 'extra' is no topic of en/");
    }

    @Test
    void anotherFileNameFails() {
        Map<String, String> files = fixture();
        files.put("es/01-sintomas.md", files.remove("es/01-symptoms.md"));
        assertThat(TranslationChecks.mirror(parse(files))).singleElement().asString()
                .startsWith("es/01-sintomas.md:1: the file is named 01-sintomas.md; its topic is en/01-symptoms.md");
    }

    @Test
    void sectionsInAnotherOrderFail() {
        Map<String, String> files = fixture();
        String text = files.get("es/01-symptoms.md");
        String pain = text.substring(text.indexOf("## Dolor de espalda"), text.indexOf("## Lleve un diario"));
        String diary = text.substring(text.indexOf("## Lleve un diario"));
        files.put("es/01-symptoms.md", text.substring(0, text.indexOf("## Dolor de espalda")) + diary + "\n" + pain);
        assertThat(TranslationChecks.mirror(parse(files))).singleElement().asString()
                .contains("es/01-symptoms.md:").contains("section 4 is {#diary .tip}; en/01-symptoms.md has {#back-pain}");
    }

    @Test
    void anotherKindFails() {
        Map<String, String> files = fixture();
        files.computeIfPresent("es/01-symptoms.md", (f, t) -> t.replace("{#diary .tip}", "{#diary}"));
        assertThat(TranslationChecks.mirror(parse(files))).singleElement().asString()
                .contains("section 5 is {#diary}; en/01-symptoms.md has {#diary .tip}");
    }

    @Test
    void anUrgentMarkLostFails() {
        Map<String, String> files = fixture();
        files.computeIfPresent("es/01-symptoms.md", (f, t) -> t.replace("{#get-help-now .urgent}", "{#get-help-now}"));
        assertThat(TranslationChecks.mirror(parse(files))).singleElement().asString()
                .contains("section 1 is {#get-help-now}; en/01-symptoms.md has {#get-help-now .urgent}");
    }

    @Test
    void aMissingSectionFails() {
        Map<String, String> files = fixture();
        String text = files.get("es/01-symptoms.md");
        files.put("es/01-symptoms.md", text.substring(0, text.indexOf("## Lleve un diario")).replace("  diary: ", "  x: ")
                .replaceAll("(?m)^  x: .*\\n", ""));
        assertThat(TranslationChecks.mirror(parse(files))).singleElement().asString()
                .contains("section 5 is missing; en/01-symptoms.md has {#diary .tip}");
    }

    @Test
    void otherSourcesFail() {
        Map<String, String> files = fixture();
        files.computeIfPresent("es/01-symptoms.md", (f, t) -> t.replace("  - source-b\n  - source-c\n",
                "  - source-c\n  - source-b\n"));
        assertThat(TranslationChecks.mirror(parse(files))).singleElement().asString()
                .contains("sources [source-a, source-c, source-b] differ from en/01-symptoms.md's "
                        + "[source-a, source-b, source-c]");
    }

    @Test
    void anIncludeChangedOrDroppedFails() {
        Map<String, String> files = fixture();
        files.computeIfPresent("es/01-symptoms.md", (f, t) -> t.replace("{{include tier-care-team}}",
                "Llame hoy a su equipo."));
        assertThat(TranslationChecks.mirror(parse(files))).singleElement().asString()
                .contains("includes [], en/01-symptoms.md:").contains("includes [tier-care-team]");
    }

    @Test
    void anUrgentListThatLosesALineFails() {
        Map<String, String> files = fixture();
        files.computeIfPresent("es/00-shared.md", (f, t) -> t.replace("- tiene mucha fiebre\n- vomita\n",
                "- tiene mucha fiebre o vomita\n"));
        assertThat(TranslationChecks.mirror(parse(files))).singleElement().asString()
                .contains("the urgent block 'tier-helpline' has lists of [1] lines; the English has [2]");
    }

    @Test
    void anUrgentBlockThatLosesARegionWordFails() {
        Map<String, String> files = fixture();
        files.computeIfPresent("es/00-shared.md", (f, t) -> t.replace("¿No contestan? Llame al {{emergency-number}}.",
                "¿No contestan? Llame a emergencias."));
        assertThat(TranslationChecks.mirror(parse(files))).singleElement().asString()
                .contains("the urgent block 'routing' uses the region words []; the English uses [emergency-number]");
    }

    @Test
    void regionWordsThatDifferFail() {
        Map<String, String> files = fixture();
        files.put("es/regions.yaml", "uk:\n  emergency-number: \"999\"\n  gp: médico\nus:\n  emergency-number: \"911\"\n"
                + "  gp: médico\ninternational:\n  emergency-number: emergencias\n  gp: médico\n");
        assertThat(TranslationChecks.mirror(parse(files))).hasSize(3)
                .allSatisfy(f -> assertThat(f).contains("adds [gp]"))
                .first().asString().startsWith("es/regions.yaml: uk adds [gp]");
        files.remove("es/regions.yaml");
        assertThat(TranslationChecks.mirror(parse(files))).hasSize(3).first().asString()
                .startsWith("es/regions.yaml: uk is missing");
    }

    @Test
    void aGlossaryKeyTheDefaultLanguageLacksFails() {
        Map<String, String> files = fixture();
        files.computeIfPresent("es/glossary.yaml", (f, t) -> t + "\n- key: vertebra\n  term: Vértebra\n"
                + "  definition: Uno de los huesos de la columna.\n");
        assertThat(TranslationChecks.mirror(parse(files))).singleElement().asString()
                .startsWith("es/glossary.yaml:").contains("the glossary key 'vertebra' is not in en/glossary.yaml");
    }

    // --- the translation status: urgent parts out of date fail, others are printed ---

    @Test
    void anEnglishEmergencyBoxChangedSinceTheTranslationFailsAndSaysWhichLineToSet() {
        Map<String, String> files = fixture();
        files.computeIfPresent("en/00-shared.md", (f, t) -> t.replace("- your legs get weak\n",
                "- your legs get weak\n- you cannot pass urine\n"));
        Release release = parse(files);
        String newHash = ContentHash.ofSection("Emergency: get help now", SectionKind.URGENT,
                release.topics("en").get(0).sections().get(0).body());
        List<String> failures = TranslationChecks.urgentOutOfDate(release);
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).startsWith("es/00-shared.md:").contains("the urgent section 'emergency' is out of "
                + "date: the en text changed since it was translated (it records 8df70b5beb5e)")
                .endsWith("set translated-from: emergency: " + newHash + " in es/00-shared.md");
        // The Symptoms page shows the box: it is out of date until the box is.
        assertThat(failures.get(1)).startsWith("es/01-symptoms.md:").contains("the urgent section 'get-help-now' is "
                + "out of date: it includes emergency, out of date. Update the included block first.");
        assertThat(TranslationChecks.otherOutOfDate(release)).isEmpty();
    }

    @Test
    void whoToCallChangedMakesTheBoxThatIncludesItOutOfDateToo() {
        Map<String, String> files = fixture();
        files.computeIfPresent("en/00-shared.md", (f, t) -> t.replace("- Call your helpline now.",
                "- Have cancer? Call your helpline now."));
        assertThat(TranslationChecks.urgentOutOfDate(parse(files))).hasSize(3)
                .anySatisfy(f -> assertThat(f).contains("'routing' is out of date").contains("set translated-from: routing: "))
                .anySatisfy(f -> assertThat(f).contains("'emergency' is out of date: it includes routing"))
                .anySatisfy(f -> assertThat(f).contains("'get-help-now' is out of date: it includes routing"));
    }

    @Test
    void aLevelOfUrgencyChangedFails() {
        Map<String, String> files = fixture();
        files.computeIfPresent("en/00-shared.md", (f, t) -> t.replace("Call your team today if you have new back pain.",
                "Call your team within 24 hours if you have new back pain."));
        assertThat(TranslationChecks.urgentOutOfDate(parse(files))).hasSize(2)
                .anySatisfy(f -> assertThat(f).contains("'tier-care-team' is out of date"))
                .anySatisfy(f -> assertThat(f).contains("'contact-care-team' is out of date: it includes tier-care-team"));
    }

    @Test
    void anOrdinarySectionOutOfDateIsPrintedNotFailed() {
        Map<String, String> files = fixture();
        files.computeIfPresent("en/01-symptoms.md", (f, t) -> t.replace("Back pain is common.",
                "Back pain is very common."));
        files.computeIfPresent("en/01-symptoms.md", (f, t) -> t.replace("title: Symptoms", "title: Signs"));
        Release release = parse(files);
        assertThat(TranslationChecks.urgentOutOfDate(release)).isEmpty();
        assertThat(TranslationChecks.otherOutOfDate(release)).hasSize(2)
                .anySatisfy(f -> assertThat(f).startsWith("es/01-symptoms.md:1: the title and summary is out of date")
                        .endsWith("set translated-from: title: " + ContentHash.ofTitle("Signs",
                                "This page explains the signs to look out for.") + " in es/01-symptoms.md"))
                .anySatisfy(f -> assertThat(f).contains("the section 'back-pain' is out of date"));
    }

    @Test
    void aTranslationWithNoTranslatedFromAtAllIsOutOfDate() {
        Map<String, String> files = fixture();
        files.replaceAll((f, t) -> f.startsWith("es/") ? t.replaceAll("(?s)translated-from:\\n(?:  [^\\n]*\\n)+", "") : t);
        Release release = parse(files);
        assertThat(release.topics("es")).allMatch(t -> t.translatedFrom().isEmpty());
        assertThat(TranslationChecks.urgentOutOfDate(release)).hasSize(7)
                .allSatisfy(f -> assertThat(f).contains("it records no translated-from line"))
                .anySatisfy(f -> assertThat(f).contains("'get-help-now'").contains("set translated-from: get-help-now: "
                        + "42453fd9505d in es/01-symptoms.md"));
        assertThat(TranslationChecks.otherOutOfDate(release)).hasSize(4);
    }

    // --- the developer's stamp: once checked, the files record the current English ---

    @Test
    void stampingACheckedPartMakesItCurrentAndChangesNothingElse() {
        Map<String, String> files = fixture();
        files.computeIfPresent("en/00-shared.md", (f, t) -> t.replace("- your legs get weak\n",
                "- your legs get weak\n- you cannot pass urine\n"));
        Release release = parse(files);
        TopicItem shared = release.topics("es").get(0);
        String before = files.get("es/00-shared.md");
        Map<String, String> hashes = TranslationStamps.hashes(shared, release.topics("en").get(0), Set.of("emergency"));
        String after = TranslationStamps.stamp(before, shared, hashes);
        assertThat(after.replace(hashes.get("emergency"), "8df70b5beb5e")).isEqualTo(before);
        files.put("es/00-shared.md", after);
        assertThat(TranslationChecks.urgentOutOfDate(parse(files))).isEmpty();
    }

    @Test
    void stampingAFileWithoutTranslatedFromAddsTheBlockBeforeTheClosingLine() {
        Map<String, String> files = fixture();
        String bare = files.get("es/01-symptoms.md").replaceAll("(?s)translated-from:\\n(?:  [^\\n]*\\n)+", "");
        files.put("es/01-symptoms.md", bare);
        Release release = parse(files);
        TopicItem symptoms = release.topics("es").get(1);
        String stamped = TranslationStamps.stamp(bare, symptoms,
                TranslationStamps.hashes(symptoms, release.topics("en").get(1), Set.of()));
        assertThat(stamped).isEqualTo(fixture().get("es/01-symptoms.md"));
        assertThatThrownBy(() -> TranslationStamps.hashes(symptoms, release.topics("en").get(1), Set.of("nowhere")))
                .hasMessageContaining("'nowhere' is neither 'title' nor a section both languages have");
    }

    @Test
    void translatedFromIsForATranslationAndNamesItsOwnParts() {
        Map<String, String> files = fixture();
        files.computeIfPresent("es/01-symptoms.md", (f, t) -> t.replace("  diary: ", "  dairy: "));
        assertThatThrownBy(() -> parse(files)).isInstanceOf(ContentFileException.class)
                .hasMessageContaining("translated-from names 'dairy', which is neither 'title' nor the anchor of a section");
        Map<String, String> english = fixture();
        english.computeIfPresent("en/01-symptoms.md", (f, t) -> t.replace("---\n\n## Emergency",
                "translated-from:\n  title: 5eb4e2a6c7a7\n---\n\n## Emergency"));
        assertThatThrownBy(() -> parse(english)).isInstanceOf(ContentFileException.class)
                .hasMessageContaining("translated-from is for a translation: 'en' is the language the others are "
                        + "translated from");
        Map<String, String> bad = fixture();
        bad.computeIfPresent("es/01-symptoms.md", (f, t) -> t.replace("  diary: 4aa13f081d6f", "  diary: 4AA13F"));
        assertThatThrownBy(() -> parse(bad)).isInstanceOf(ContentFileException.class)
                .hasMessageContaining("'4AA13F' is not a translation hash");
    }

    // --- the Spanish reading-ease gates, by language ---

    @Test
    void spanishSectionsAreScoredWithFernandezHuertaAndUrgentOnesHigher() {
        // 73.6 on the Fernández Huerta scale: enough for an ordinary section (70), not for a level of urgency (75).
        String middling = "Pregunte a su equipo de atención médica cuándo debe volver a la consulta.";
        Map<String, String> files = fixture();
        files.computeIfPresent("es/01-symptoms.md", (f, t) -> t.replace("Anote cada día si le duele.", middling));
        assertThat(ContentChecksTests.sectionGateFailures(parse(files))).isEmpty();
        files = fixture();
        files.computeIfPresent("es/00-shared.md", (f, t) -> t.replace(
                "Llame hoy a su equipo si tiene un dolor de espalda nuevo.", middling));
        // The block, and the Symptoms section that shows it, in each of the three regions.
        assertThat(ContentChecksTests.sectionGateFailures(parse(files))).hasSize(6)
                .allSatisfy(f -> assertThat(f).contains("reading ease 73.6 is under 75"))
                .anySatisfy(f -> assertThat(f).startsWith("es/00-shared.md:49:"))
                .anySatisfy(f -> assertThat(f).startsWith("es/01-symptoms.md:35:"));
        files = fixture();
        files.computeIfPresent("es/01-symptoms.md", (f, t) -> t.replace("Anote cada día si le duele.",
                "La compresión metastásica de la médula espinal necesita una evaluación multidisciplinaria inmediata."));
        assertThat(ContentChecksTests.sectionGateFailures(parse(files))).hasSize(3)
                .allSatisfy(f -> assertThat(f).contains("reading ease 4.6 is under 70 (Fernández Huerta)"));
        // The English of the same tree is still graded with Flesch-Kincaid.
        files = fixture();
        files.computeIfPresent("en/01-symptoms.md", (f, t) -> t.replace("Write down when the pain starts.",
                "Metastatic epidural compression necessitates expeditious multidisciplinary evaluation."));
        assertThat(ContentChecksTests.sectionGateFailures(parse(files))).hasSize(3)
                .allSatisfy(f -> assertThat(f).startsWith("en/01-symptoms.md:").contains(": grade "));
    }

    @Test
    void spanishGlossaryDefinitionsMeetTheSpanishGate() {
        Map<String, String> files = fixture();
        files.computeIfPresent("es/glossary.yaml", (f, t) -> t.replace("Un bulto de células que crecen de más.",
                "Proliferación anormal de células que constituye una masa independiente."));
        assertThat(ContentChecksTests.glossaryGateFailures(parse(files))).hasSize(3)
                .allSatisfy(f -> assertThat(f).startsWith("es/glossary.yaml:").contains("(Fernández Huerta)"));
    }

    // --- helpers ---

    /** The fixture's files, path → text, as ContentFiles.parse takes them. */
    static Map<String, String> fixture() {
        Map<String, String> files = new TreeMap<>();
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            String root = resolver.getResource(FIXTURE).getURL().toString();
            for (Resource resource : resolver.getResources(FIXTURE + "**/*.*")) {
                String url = resource.getURL().toString();
                if (!url.endsWith(".txt")) {
                    files.put(url.substring(root.length()), resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Release parse(Map<String, String> files) {
        return ContentFiles.parse(files);
    }
}
