package org.lumbarguide.content.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.TopicItem;

/** The file format: what a writer types, what the import sees, and errors that name the file and line. */
class ContentFilesTests {

    static final String SOURCES = """
            - key: nice-ng234
              publisher: NICE
              title: Spinal metastases
              year: 2023
              year-kind: published
              url: https://www.nice.org.uk/guidance/ng234
            """;

    static final String GLOSSARY = """
            - key: biopsy
              term: Biopsy
              other-forms: [biopsies]
              definition: >-
                A test that takes a small piece of tissue.
            """;

    static final String TOPIC = """
            ---
            key: symptoms
            slug: symptoms
            title: Symptoms
            summary: >-
              What to look out for,
              and when to get help.
            position: 3
            sources:
              - nice-ng234
            review:
              written: 2026-11-25
              reviewed:
              reviewer-role:
            ---

            ## Get help now if: {#get-help-now .urgent}

            You have new weakness in your legs.
            Call now.

            ## Keep a diary {#diary .tip}

            Write down your pain.

            ### Why it helps

            Your team can see changes.

            ## What happens next {#next}

            Your team explains.
            """;

    private static Release parse(String topic) {
        return ContentFiles.parse(Map.of("sources.yaml", SOURCES, "en/glossary.yaml", GLOSSARY, "en/03-symptoms.md",
                topic));
    }

    @Test
    void aTopicFileReadsAsItsFrontMatterAndSections() {
        Release release = parse(TOPIC);
        TopicItem topic = release.topics().get(0);
        assertThat(topic.language()).isEqualTo("en");
        assertThat(topic.summary()).isEqualTo("What to look out for, and when to get help.");
        assertThat(topic.sourceKeys()).containsExactly("nice-ng234");
        assertThat(topic.reviewed()).isNull();
        assertThat(topic.sections()).extracting(s -> s.anchor() + " " + s.kind() + " " + s.heading())
                .containsExactly("get-help-now URGENT Get help now if:", "diary TIP Keep a diary",
                        "next NORMAL What happens next");
        assertThat(topic.sections().get(0).body()).isEqualTo("You have new weakness in your legs.\nCall now.");
        assertThat(topic.sections().get(1).body()).contains("### Why it helps");
        assertThat(topic.sections().get(1).origin()).hasToString("en/03-symptoms.md:22");
        assertThat(topic.sections().get(1).bodyLine()).isEqualTo(24);
        assertThat(release.glossary()).singleElement().satisfies(t -> {
            assertThat(t.otherForms()).containsExactly("biopsies");
            assertThat(t.definition()).isEqualTo("A test that takes a small piece of tissue.");
        });
        assertThat(topic.sections().get(1).asMarkdown()).startsWith("## Keep a diary {#diary .tip}\n\nWrite down");
        assertThat(topic.sections().get(1).kind()).isEqualTo(SectionKind.TIP);
    }

    @Test
    void theChecksumChangesWithAnyFile() {
        assertThat(parse(TOPIC).checksum()).isEqualTo(parse(TOPIC).checksum())
                .isNotEqualTo(parse(TOPIC.replace("Call now.", "Call now!")).checksum());
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertError(TOPIC.replace("## Keep a diary {#diary .tip}", "## Keep a diary"),
                "en/03-symptoms.md:22: section headings need an anchor");
        assertError(TOPIC.replace("{#diary .tip}", "{#diary .warning}"), "en/03-symptoms.md:22: unknown section kind");
        assertError(TOPIC.replace("{#next}", "{#diary}"), "en/03-symptoms.md:30: the anchor 'diary' is used twice");
        assertError(TOPIC.replace("position: 3", "postion: 3"), "en/03-symptoms.md:8: unknown field 'postion'");
        assertError(TOPIC.replace("  - nice-ng234", "  - nice-ng999"), "en/03-symptoms.md:1: the source 'nice-ng999'");
        assertError(TOPIC.replace("written: 2026-11-25", "written: 25/11/2026"), "en/03-symptoms.md:12: should be a date");
        assertError(TOPIC.replace("## Get help now if:", "Some text.\n\n## Get help now if:"),
                "en/03-symptoms.md:17: has text before the first section");
        assertError(TOPIC.replace("reviewed:\n", "reviewed: 2026-12-03\n"),
                "give both 'reviewed' and 'reviewer-role'");
        assertError(TOPIC.replace("---\nkey", "key"), "en/03-symptoms.md:1: must start with front matter");
    }

    static final String SHARED = """
            ---
            key: shared
            slug: shared
            title: Shared text
            summary: Blocks other pages include.
            position: 0
            sources: []
            review:
              written: 2026-11-25
              reviewed:
              reviewer-role:
            ---

            ## Get emergency care now {#emergency .urgent}

            You have new weakness in your legs.

            {{include routing}}

            ## Who to call {#routing}

            Call your team.
            """;

    private static Release withShared(String shared, String topic) {
        return ContentFiles.parse(Map.of("sources.yaml", SOURCES, "en/glossary.yaml", GLOSSARY, "en/00-shared.md",
                shared, "en/03-symptoms.md", topic));
    }

    @Test
    void sharedBlocksMayIncludeOthersOnce() {
        assertThat(withShared(SHARED, TOPIC.replace("Call now.", "{{include emergency}}")).topics()).hasSize(2);
    }

    @Test
    void aSharedBlockThatIncludesItselfIsRefusedAtImportWithItsLine() {
        assertThatThrownBy(() -> withShared(SHARED.replace("Call your team.", "Call your team.\n\n{{include routing}}"),
                TOPIC)).isInstanceOf(ContentFileException.class)
                .hasMessageStartingWith("en/00-shared.md:24: ")
                .hasMessageContaining("{{include routing}} includes itself");
    }

    @Test
    void aCycleOfTwoSharedBlocksIsRefusedAtImport() {
        assertThatThrownBy(() -> withShared(SHARED.replace("Call your team.", "Call your team.\n\n{{include emergency}}"),
                TOPIC)).isInstanceOf(ContentFileException.class)
                .hasMessageStartingWith("en/00-shared.md:")
                .hasMessageContaining("emergency → routing");
    }

    @Test
    void aPageThatIncludesMoreThanTheLimitIsRefusedAtImport() {
        String large = "Call your team about the pain in your back. ".repeat(400);
        String twenty = "{{include routing}}\n\n".repeat(20);
        assertThatThrownBy(() -> withShared(SHARED.replace("Call your team.", large),
                TOPIC.replace("Write down your pain.", twenty))).isInstanceOf(ContentFileException.class)
                .hasMessageStartingWith("en/03-symptoms.md:24: ")
                .hasMessageContaining("160000 characters");
    }

    static final String REGIONS = """
            uk:
              emergency-number: "999"
              advice-line: NHS 111
            us:
              emergency-number: "911"
              advice-line: your doctor's after-hours line
            international:
              emergency-number: your local emergency number
              advice-line: your local health advice line
            """;

    private static Release withRegions(String regions) {
        return ContentFiles.parse(Map.of("sources.yaml", SOURCES, "en/glossary.yaml", GLOSSARY, "en/03-symptoms.md",
                TOPIC, "en/regions.yaml", regions));
    }

    @Test
    void regionWordsReadPerLanguageAndRegion() {
        Release release = withRegions(REGIONS);
        assertThat(release.regionWords("en", Region.UK)).containsEntry("emergency-number", "999")
                .containsEntry("advice-line", "NHS 111");
        assertThat(release.regionWords("en", Region.US)).containsEntry("emergency-number", "911");
        assertThat(release.regionWords("en", Region.INTERNATIONAL)).hasSize(2);
        assertThat(release.regionWords("es", Region.UK)).isEmpty();
        assertThat(release.checksum()).isNotEqualTo(parse(TOPIC).checksum());
    }

    @Test
    void regionWordsMustBeCompleteInEveryRegion() {
        assertThatThrownBy(() -> withRegions(REGIONS.replace("  advice-line: NHS 111\n", "")))
                .isInstanceOf(ContentFileException.class)
                .hasMessageContaining("en/regions.yaml:").hasMessageContaining("every region needs the same words");
        assertThatThrownBy(() -> withRegions(REGIONS.replace("international:", "global:")))
                .isInstanceOf(ContentFileException.class).hasMessageContaining("unknown field 'global'");
        assertThatThrownBy(() -> withRegions(REGIONS.replace("us:\n  emergency-number: \"911\"\n  advice-line: your doctor's after-hours line\n", "")))
                .isInstanceOf(ContentFileException.class).hasMessageContaining("'us' is missing");
    }

    private static Release withSources(String sources) {
        return ContentFiles.parse(Map.of("sources.yaml", sources, "en/glossary.yaml", GLOSSARY, "en/03-symptoms.md",
                TOPIC));
    }

    @Test
    void aSourceMayBeForSomeRegionsOnly() {
        assertThat(parse(TOPIC).sources().get(0).regions()).isEmpty();
        assertThat(parse(TOPIC).sources().get(0).shownIn(Region.US)).isTrue();
        Release release = withSources(SOURCES + "  regions: [uk, international]\n");
        SeedContent.SourceItem source = release.sources().get(0);
        assertThat(source.regions()).containsExactly(Region.UK, Region.INTERNATIONAL);
        assertThat(source.shownIn(Region.UK)).isTrue();
        assertThat(source.shownIn(Region.US)).isFalse();
        assertThat(release.checksum()).isNotEqualTo(parse(TOPIC).checksum());
        assertThat(Region.keys(source.regions())).isEqualTo("uk,international");
        assertThat(Region.US.isIn("uk,international")).isFalse();
        assertThat(Region.INTERNATIONAL.isIn("uk,international")).isTrue();
        assertThat(Region.US.isIn((String) null)).isTrue();
    }

    @Test
    void anUnknownRegionIsRefusedAtItsLine() {
        assertThatThrownBy(() -> withSources(SOURCES + "  regions: [uk, usa]\n"))
                .isInstanceOf(ContentFileException.class)
                .hasMessageStartingWith("sources.yaml:7: unknown region 'usa' in regions. Use uk, us, international.");
        assertThatThrownBy(() -> withSources(SOURCES + "  regions:\n    - us\n    - us\n"))
                .isInstanceOf(ContentFileException.class)
                .hasMessageStartingWith("sources.yaml:9: the region 'us' is listed twice.");
        assertThatThrownBy(() -> withSources(SOURCES + "  regions: uk\n"))
                .isInstanceOf(ContentFileException.class).hasMessageStartingWith("sources.yaml:7: regions should be a list");
        assertThatThrownBy(() -> withSources(SOURCES + "  regions: []\n"))
                .isInstanceOf(ContentFileException.class)
                .hasMessageStartingWith("sources.yaml:7: regions lists the regions a source is for");
    }

    private static Release withSpellings(String spellings) {
        return ContentFiles.parse(Map.of("sources.yaml", SOURCES, "en/glossary.yaml", GLOSSARY, "en/03-symptoms.md",
                TOPIC, "en/spellings.yaml", spellings));
    }

    @Test
    void spellingsAreReadPerLanguageAndRegionAndArePartOfTheRelease() {
        Release release = withSpellings("# US spelling\nus:\n  tumour: tumor\n  tumours: tumors\n");
        assertThat(release.spellings("en", Region.US)).containsOnly(Map.entry("tumour", "tumor"),
                Map.entry("tumours", "tumors"));
        assertThat(release.spellings("en", Region.UK)).isEmpty();
        assertThat(release.spellings("fr", Region.US)).isEmpty();
        assertThat(release.checksum()).isNotEqualTo(parse(TOPIC).checksum())
                .isNotEqualTo(withSpellings("us:\n  tumour: tumor\n").checksum());
    }

    @Test
    void aSpellingListIsCheckedAtItsLine() {
        assertSpellingError("usa:\n  tumour: tumor\n", "en/spellings.yaml:1: unknown field 'usa'");
        assertSpellingError("us:\n  tumour: tumor\n  Centre: center\n", "en/spellings.yaml:3: 'Centre' is not one word");
        assertSpellingError("us:\n  tumour: tumor\n  fibre: fiber optic\n", "en/spellings.yaml:3: 'fiber optic' is not one word");
        assertSpellingError("us:\n  tumour: tumour\n", "en/spellings.yaml:2: 'tumour' is spelled the same");
        assertSpellingError("us:\n  tumour: tumor\n  tumour: tumer\n", "en/spellings.yaml:3: 'tumour' is given twice");
        assertSpellingError("us:\n  colour: color\n  tumour: colour\n", "en/spellings.yaml:3: 'colour' is itself respelled");
        assertSpellingError("us: tumor\n", "en/spellings.yaml:1: us should be a list of 'word: spelling' lines");
    }

    private static void assertSpellingError(String spellings, String expected) {
        assertThatThrownBy(() -> withSpellings(spellings)).isInstanceOf(ContentFileException.class)
                .hasMessageStartingWith(expected);
    }

    private static void assertError(String topic, String expected) {
        assertThatThrownBy(() -> parse(topic)).isInstanceOf(ContentFileException.class).hasMessageContaining(expected);
    }

    @Test
    void everyShippedTopicWrittenOutReadsBackTheSame() {
        for (TopicItem topic : ContentFiles.load(ContentFiles.DEFAULT_LOCATION).topics()) {
            String text = ContentFiles.write(topic);
            TopicItem again = ContentFiles.parseTopic(topic.language(), topic.file(), text);
            assertThat(again.sections()).as(topic.file()).extracting(s -> s.asMarkdown())
                    .containsExactlyElementsOf(topic.sections().stream().map(s -> s.asMarkdown()).toList());
            assertThat(List.of(again.key(), again.slug(), again.title(), again.summary(), again.position(),
                    again.sourceKeys(), again.written(), String.valueOf(again.reviewed())))
                    .isEqualTo(List.of(topic.key(), topic.slug(), topic.title(), topic.summary(), topic.position(),
                            topic.sourceKeys(), topic.written(), String.valueOf(topic.reviewed())));
        }
    }
}
