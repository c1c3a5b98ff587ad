package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.render.GlossaryLinker;
import org.lumbarguide.content.render.MarkdownRenderer;

/**
 * The oracle's own rules, on made-up words (see {@link GlossaryUse}); and, with the real glossary, text that
 * the guide's pages happen not to hold (a word joined by a hyphen, a form in capitals written small, a digit
 * against a word), where the linker's links are listed by hand and the oracle must say the same. The checks
 * over every page (ContentChecksTests, GlossaryLinkingIT) cannot catch a linker that mishandles what the
 * content never says; these can.
 */
class GlossaryUseTests {

    static final GlossaryEntry BIOPSY = new GlossaryEntry("Biopsy", "biopsy", "A test.", List.of("Biopsy", "biopsies"));
    static final GlossaryEntry MRI = new GlossaryEntry("MRI scan", "mri-scan", "A scan.", List.of("MRI scan", "MRI"));
    static final GlossaryEntry SARCOMA = new GlossaryEntry("Sarcoma", "sarcoma", "A cancer.", List.of("Sarcoma", "sarcomas"));
    static final GlossaryEntry EWING = new GlossaryEntry("Ewing sarcoma", "ewing-sarcoma", "A bone cancer.",
            List.of("Ewing sarcoma"));
    static final List<GlossaryEntry> ALL = List.of(BIOPSY, MRI, SARCOMA, EWING);

    @Test
    void wholeWordsInAnyCaseCount() {
        assertThat(uses("You may need a BIOPSY.", BIOPSY)).isTrue();
        assertThat(uses("Two biopsies, then rest", BIOPSY)).isTrue();
        assertThat(uses("(biopsy)", BIOPSY)).isTrue();
        assertThat(uses("biopsy", BIOPSY)).as("the whole text").isTrue();
    }

    @Test
    void partsOfLongerWordsAndHyphenatedWordsDoNot() {
        assertThat(uses("A biopsyish test.", BIOPSY)).isFalse();
        assertThat(uses("A biopsy-free week.", BIOPSY)).isFalse();
        assertThat(uses("A non-biopsy week.", BIOPSY)).isFalse();
        assertThat(uses("Test 2biopsy.", BIOPSY)).isFalse();
        assertThat(uses("A biopsy- and scan-free week", BIOPSY)).as("a hyphen not joining a word").isTrue();
    }

    @Test
    void aFormInCapitalsMatchesOnlyInCapitals() {
        assertThat(uses("You may have an MRI.", MRI)).isTrue();
        assertThat(uses("Primitive words stay.", MRI)).isFalse();
        assertThat(uses("An mri is not the word.", MRI)).isFalse();
        assertThat(uses("An mri scan.", MRI)).as("a form not in capitals matches in any case").isTrue();
    }

    @Test
    void aShorterWordInsideALongerOneIsTheLongerOnesUse() {
        assertThat(uses("Ewing sarcoma is rare.", SARCOMA)).isFalse();
        assertThat(uses("Ewing sarcoma is rare.", EWING)).isTrue();
        assertThat(uses("Ewing sarcoma is one kind of sarcoma.", SARCOMA)).isTrue();
        assertThat(uses("A Ewing-sarcoma study.", SARCOMA)).as("joined to another word by a hyphen").isFalse();
    }

    /** Each text is a page of its own; the entries it links, in order, listed by hand. */
    static final Map<String, List<String>> TRICKY = new LinkedHashMap<>();

    static {
        TRICKY.put("A biopsy-free week.", List.of());
        TRICKY.put("A non-biopsy week.", List.of());
        TRICKY.put("A biopsy- and scan-free week.", List.of("biopsy"));
        TRICKY.put("Ask about an mri today.", List.of());
        TRICKY.put("You may have an MRI, or an mri scan.", List.of("mri-scan"));
        TRICKY.put("Ewing sarcoma is rare.", List.of("ewing-sarcoma"));
        TRICKY.put("Please discuss it.", List.of());
        TRICKY.put("Ask for CT2 results, not 3CT ones.", List.of());
        TRICKY.put("The PET-CT scan comes first.", List.of("pet-ct-scan"));
        TRICKY.put("A pre-CT check.", List.of());
        TRICKY.put("Bring your X-rays and your discs.", List.of("x-ray", "disc"));
    }

    @Test
    void theLinkerAndTheOracleAgreeWithTheLinksListedByHandOnTextThePagesDoNotHold() {
        Release release = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
        List<GlossaryEntry> glossary = release.glossary("en").stream().map(term -> {
            List<String> forms = new ArrayList<>(List.of(term.term()));
            forms.addAll(term.otherForms());
            return new GlossaryEntry(term.term(), term.key(), term.definition(), List.copyOf(forms));
        }).toList();
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<String> problems = new ArrayList<>();
        TRICKY.forEach((text, expected) -> {
            String html = markdown.toSafeHtml(text, new GlossaryLinker(glossary), "s1", "Words").body();
            List<String> linked = Jsoup.parse(html).select("a.term").eachAttr("href").stream()
                    .map(href -> href.replace("/glossary#", "")).toList();
            List<String> used = glossary.stream().filter(entry -> GlossaryUse.uses(text, entry, glossary))
                    .map(GlossaryEntry::anchor).toList();
            if (!linked.equals(expected)) {
                problems.add("\"" + text + "\": linked " + linked + ", listed " + expected);
            }
            if (!new java.util.HashSet<>(used).equals(new java.util.HashSet<>(expected))) {
                problems.add("\"" + text + "\": the oracle finds " + used + ", listed " + expected);
            }
        });
        assertThat(problems).isEmpty();
    }

    private static boolean uses(String text, GlossaryEntry entry) {
        return GlossaryUse.uses(text, entry, ALL);
    }
}
