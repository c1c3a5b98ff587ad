package org.lumbarguide.content.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.catalog.TopicCatalog;

class ContentTextTests {

    final ContentText text = new ContentText(
            Map.of("routing", "Call {{emergency-number}}.", "box", "Signs.\n\n{{include routing}}"),
            Map.of("emergency-number", "999"));

    @Test
    void includesBlocksAndFillsRegionWordsInsideThem() {
        assertThat(text.fill("## Help\n\n{{include box}}")).isEqualTo("## Help\n\nSigns.\n\nCall 999.");
        assertThat(text.fill("Dial {{emergency-number}} now.")).isEqualTo("Dial 999 now.");
    }

    @Test
    void unknownNamesStayVisibleSoTheChecksCatchThem() {
        assertThat(text.fill("{{include nothing}} and {{no-such-word}}"))
                .isEqualTo("{{include nothing}} and {{no-such-word}}");
    }

    @Test
    void textWithoutPlaceholdersIsUnchanged() {
        assertThat(text.fill("Plain $1 text \\ with symbols.")).isEqualTo("Plain $1 text \\ with symbols.");
        assertThat(text.fill(null)).isNull();
    }

    @Test
    void aBlockThatIncludesItselfIsRefusedNamingTheInclude() {
        ContentText self = new ContentText(Map.of("routing", "Call 999.\n\n{{include routing}}"), Map.of());
        assertThatThrownBy(() -> self.fill("{{include routing}}"))
                .isInstanceOfSatisfying(IncludeException.class, e -> {
                    assertThat(e.include()).isEqualTo("routing");
                    assertThat(e.kind()).isEqualTo(IncludeException.Kind.CYCLE);
                })
                .hasMessageContaining("{{include routing}}");
        assertThat(self.problems()).containsOnlyKeys("routing");
    }

    @Test
    void aCycleOfTwoIsRefusedNamingBothBlocks() {
        ContentText cycle = new ContentText(Map.of("emergency", "Signs.\n\n{{include routing}}",
                "routing", "Who to call.\n\n{{include emergency}}", "tier-helpline", "Call the helpline."), Map.of());
        assertThatThrownBy(() -> cycle.fill("{{include emergency}}"))
                .isInstanceOf(IncludeException.class)
                .hasMessageContaining("emergency").hasMessageContaining("routing");
        assertThat(cycle.problems()).containsOnlyKeys("emergency", "routing");
        // A block outside the cycle still works.
        assertThat(cycle.fill("{{include tier-helpline}}")).isEqualTo("Call the helpline.");
    }

    @Test
    void includesNestDeeperThanTheBoundAreRefused() {
        Map<String, String> chain = new HashMap<>();
        for (int i = 0; i < ContentText.MAX_DEPTH + 1; i++) {
            chain.put("b" + i, "level " + i + " {{include b" + (i + 1) + "}}");
        }
        chain.put("b" + (ContentText.MAX_DEPTH + 1), "bottom");
        ContentText deep = new ContentText(chain, Map.of());
        assertThatThrownBy(() -> deep.fill("{{include b0}}"))
                .isInstanceOfSatisfying(IncludeException.class,
                        e -> assertThat(e.kind()).isEqualTo(IncludeException.Kind.TOO_DEEP));
        assertThat(deep.fill("{{include b2}}")).endsWith("bottom");
    }

    @Test
    void aVeryLongChainOfBlocksIsRefusedWithoutOverflowingTheStack() {
        Map<String, String> chain = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            chain.put("b" + i, "{{include b" + (i + 1) + "}}");
        }
        chain.put("b20000", "bottom");
        ContentText deep = new ContentText(chain, Map.of());
        assertThat(deep.problems()).hasSize(20_000 - ContentText.MAX_DEPTH + 1);
        assertThatThrownBy(() -> deep.fill("{{include b0}}")).isInstanceOf(IncludeException.class);
        assertThat(deep.fill("{{include b19998}}")).isEqualTo("bottom");
    }

    /**
     * The crash: twenty {@code {{include routing}}} under {@code {#routing}}. Whatever the blocks hold,
     * the expansion stops at the page limit instead of growing until the JVM runs out of memory.
     */
    @Test
    void twentyIncludesOfALargeBlockAreBoundedNotExploded() {
        String large = "A long paragraph about who to call. ".repeat(300); // about 11 KB
        Map<String, String> blocks = new LinkedHashMap<>();
        blocks.put("big", large);
        blocks.put("twenty", "{{include big}}\n\n".repeat(20));
        blocks.put("many", "{{include twenty}}\n\n".repeat(20));
        ContentText content = new ContentText(blocks, Map.of());
        assertThatThrownBy(() -> content.fill("{{include many}}"))
                .isInstanceOfSatisfying(IncludeException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IncludeException.Kind.TOO_LARGE);
                    assertThat(e.include()).isEqualTo("twenty");
                });
        // Twenty copies of 11 KB is 220 KB: over the page limit too, refused rather than rendered.
        assertThatThrownBy(() -> content.fill("{{include twenty}}")).isInstanceOf(IncludeException.class);
        // A page's sections share one budget.
        ContentText.Page page = new ContentText(Map.of("big", large), Map.of()).page();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 20; i++) {
                page.fill("{{include big}}");
            }
        }).isInstanceOf(IncludeException.class);
    }

    /**
     * The measurement: five includes of {@code routing} inside the shared {@code routing} block
     * made the home page grow from 6.8 KB to 560 KB, because expanded text was expanded again, four
     * times over (about N⁴). Now an include is expanded once, and a block that includes itself is refused.
     */
    @Test
    void fiveSelfIncludesDoNotMultiplyTheHomePage() {
        Release release = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
        Map<String, String> blocks = new LinkedHashMap<>();
        release.topics("en").stream().filter(t -> t.key().equals(TopicCatalog.SHARED_TOPIC))
                .flatMap(t -> t.sections().stream()).forEach(s -> blocks.put(s.anchor(), s.body()));
        Map<String, String> words = release.regionWords("en", Region.INTERNATIONAL);
        String emergency = "{{include " + TopicCatalog.EMERGENCY_BLOCK + "}}";
        int before = new ContentText(blocks, words).fill(emergency).length();
        blocks.put(TopicCatalog.ROUTING_BLOCK, blocks.get(TopicCatalog.ROUTING_BLOCK)
                + "\n\n{{include routing}}".repeat(5));
        ContentText edited = new ContentText(blocks, words);
        String after;
        try {
            after = edited.fill(emergency);
        } catch (IncludeException refused) {
            assertThat(refused.include()).isEqualTo(TopicCatalog.ROUTING_BLOCK);
            return;
        }
        assertThat(after.length()).as("the emergency box after five self-includes").isLessThan(before * 2);
    }

    @Test
    void noPlaceholderSurvivesInAnExpandedPageOfTheShippedContent() {
        Release release = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
        Map<String, String> blocks = new LinkedHashMap<>();
        List<TopicItem> topics = release.topics("en");
        topics.stream().filter(t -> t.key().equals(TopicCatalog.SHARED_TOPIC))
                .flatMap(t -> t.sections().stream()).forEach(s -> blocks.put(s.anchor(), s.body()));
        ContentText content = new ContentText(blocks, release.regionWords("en", Region.UK));
        int largest = 0;
        for (TopicItem topic : topics) {
            ContentText.Page page = content.page();
            page.fill(topic.title());
            page.fill(topic.summary());
            for (SectionItem section : topic.sections()) {
                assertThat(Pattern.compile("\\{\\{include ").matcher(page.fill(section.body())).find()).isFalse();
            }
            largest = Math.max(largest, page.size());
        }
        // The limit leaves room for pages to grow about tenfold, and no more.
        assertThat(ContentText.MAX_PAGE_CHARS).isBetween(largest * 5, largest * 20);
    }

    // --- the region's spellings ---

    static final Map<String, String> US = Map.of("tumour", "tumor", "tumours", "tumors", "centre", "center",
            "haematologist", "hematologist");

    final ContentText us = new ContentText(Map.of("help", "Ask at the cancer centre."),
            Map.of("support", "a support centre near you"), US);

    @Test
    void theRegionsSpellingsApplyToWholeWordsKeepingTheirCase() {
        assertThat(us.fill("Tumour, tumours and TUMOUR. A tumour-like lump; a haematologist."))
                .isEqualTo("Tumor, tumors and TUMOR. A tumor-like lump; a hematologist.");
        // Whole words only, and a word written in mixed case (a name) is left as it is.
        assertThat(us.fill("Tumourous centres? Centrepiece, TuMour, re-centre."))
                .isEqualTo("Tumourous centres? Centrepiece, TuMour, re-center.");
        assertThat(us.fill("## Tumour types\n\n- A tumour's size")).isEqualTo("## Tumor types\n\n- A tumor's size");
    }

    @Test
    void addressesAnchorsPlaceholdersAndCodeNeverChange() {
        assertThat(us.fill("[Tumour types](/topics/tumour-types#tumour-size) and [the centre](/glossary#centre \"centre\")"))
                .isEqualTo("[Tumor types](/topics/tumour-types#tumour-size) and [the center](/glossary#centre \"centre\")");
        assertThat(us.fill("See https://www.example.org/tumour-centre, www.tumour.org/centre or <https://x.org/centre>."))
                .isEqualTo("See https://www.example.org/tumour-centre, www.tumour.org/centre or <https://x.org/centre>.");
        assertThat(us.fill("Write to tumour.centre@example.org.")).isEqualTo("Write to tumour.centre@example.org.");
        assertThat(us.fill("## Tumour size {#tumour-size .tip}")).isEqualTo("## Tumor size {#tumour-size .tip}");
        assertThat(us.fill("{{tumour}} and `centre`")).isEqualTo("{{tumour}} and `centre`");
    }

    @Test
    void sharedBlocksAndRegionWordsAreSpelledToo() {
        assertThat(us.fill("{{include help}} Or find {{support}}."))
                .isEqualTo("Ask at the cancer center. Or find a support center near you.");
        assertThat(us.fill(null)).isNull();
        assertThat(us.fill("No listed words: 999 $1 \\")).isEqualTo("No listed words: 999 $1 \\");
    }

    @Test
    void withoutSpellingsTheTextIsAsWritten() {
        ContentText asWritten = new ContentText(Map.of(), Map.of("support", "a support centre"));
        assertThat(asWritten.fill("A tumour. {{support}}")).isEqualTo("A tumour. a support centre");
    }
}
