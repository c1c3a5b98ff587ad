package org.lumbarguide.content.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lumbarguide.content.format.SeedContent.CodeItem;
import org.lumbarguide.content.format.SeedContent.CodeKind;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A topic's clinical codes ({@code codes:} in its front matter): how they are written and read, what is refused
 * (naming the file and line), and that the shipped files list every code the guide promises health records, with
 * the code systems' own titles (docs/writing-content.md, "Codes", says where each was checked).
 */
class TopicCodesTests {

    static final String FRONT = """
            ---
            key: symptoms
            slug: symptoms
            title: Symptoms
            summary: What to look out for.
            position: 3
            sources:
              - nice-ng234
            review:
              written: 2026-11-25
              reviewed:
              reviewer-role:
            """;

    static final String SECTIONS = """
            ---

            ## Get help now {#get-help-now .urgent}

            Call now.
            """;

    static final String CODES = """
            codes:
              - icd-10-cm: C79.51
                title: Secondary malignant neoplasm of bone
              - snomed-ct: '94222008'
                title: Secondary malignant neoplasm of bone
              - icd-10-cm: G83.4
                title: Cauda equina syndrome
            """;

    static TopicItem topic(String codes) {
        return ContentFiles.parseTopic("en", "en/03-symptoms.md", FRONT + codes + SECTIONS);
    }

    @Test
    void codesAreReadInTheFilesOrderWithTheirTitles() {
        assertThat(topic(CODES).codes()).containsExactly(
                new CodeItem(CodeKind.ICD_10_CM, "C79.51", "Secondary malignant neoplasm of bone"),
                new CodeItem(CodeKind.SNOMED_CT, "94222008", "Secondary malignant neoplasm of bone"),
                new CodeItem(CodeKind.ICD_10_CM, "G83.4", "Cauda equina syndrome"));
        assertThat(topic("").codes()).as("a topic without codes").isEmpty();
    }

    @Test
    void aTopicWithCodesIsWrittenAsItsFileWritesThemAndReadBack() {
        assertThat(ContentFiles.write(topic(CODES))).contains("  reviewer-role:\n" + CODES + "---\n");
        assertThat(ContentFiles.parseTopic("en", "x.md", ContentFiles.write(topic(CODES))).codes())
                .isEqualTo(topic(CODES).codes());
        assertThat(ContentFiles.write(topic(""))).doesNotContain("codes");
    }

    @Test
    void anUnquotedSnomedIdReadsTheSameAndIsWrittenQuoted() {
        TopicItem unquoted = topic(CODES.replace("'94222008'", "94222008"));
        assertThat(unquoted.codes().get(1).code()).isEqualTo("94222008");
        assertThat(ContentFiles.write(unquoted)).contains("  - snomed-ct: '94222008'\n");
    }

    /**
     * Every shipped topic reads back the same after the writer writes it (the editor's source view, a proposal),
     * codes included; and the codes come out exactly as the file writes them, so an editor sees the file's form.
     */
    @Test
    void everyShippedTopicsCodesAreWrittenAsTheFileWritesThem() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:content/*/*.md");
        assertThat(files).hasSizeGreaterThan(10);
        int withCodes = 0;
        for (Resource file : files) {
            String language = parentName(file);
            String name = language + "/" + file.getFilename();
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            TopicItem topic = ContentFiles.parseTopic(language, name, text);
            String written = ContentFiles.write(topic);
            assertThat(ContentFiles.parseTopic(language, name, written)).as(name)
                    .usingRecursiveComparison().ignoringFieldsOfTypes(SeedContent.Origin.class)
                    .ignoringFields("sections.bodyLine").isEqualTo(topic);
            if (!topic.codes().isEmpty()) {
                withCodes++;
                assertThat(written).as(name).contains(codesBlock(text));
            }
        }
        assertThat(withCodes).isEqualTo(7);
    }

    /** The {@code codes:} block of a file, as typed. */
    private static String codesBlock(String text) {
        int start = text.indexOf("\ncodes:\n") + 1;
        int end = text.indexOf("\n---\n", start) + 1;
        return text.substring(start, end);
    }

    private static String parentName(Resource file) throws IOException {
        String url = file.getURL().toString();
        String[] parts = url.split("/");
        return parts[parts.length - 2];
    }

    @Test
    void aBadCodeIsRefusedAtItsLine() {
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("unknown system", new String[] {"  - icd-9-cm: 198.5\n    title: Bone\n", "14",
                "unknown field 'icd-9-cm' in a code"});
        cases.put("lower-case ICD", new String[] {"  - icd-10-cm: c79.51\n    title: Bone\n", "14",
                "'c79.51' is not an ICD-10-CM code"});
        cases.put("ICD without its dot", new String[] {"  - icd-10-cm: C7951\n    title: Bone\n", "14",
                "'C7951' is not an ICD-10-CM code"});
        cases.put("a late dot", new String[] {"  - icd-10-cm: C795.1\n    title: Bone\n", "14",
                "'C795.1' is not an ICD-10-CM code"});
        cases.put("ending in a dot", new String[] {"  - icd-10-cm: C79.\n    title: Bone\n", "14",
                "'C79.' is not an ICD-10-CM code"});
        cases.put("too long", new String[] {"  - icd-10-cm: C79.51234\n    title: Bone\n", "14",
                "'C79.51234' is not an ICD-10-CM code"});
        cases.put("SNOMED check digit", new String[] {"  - snomed-ct: '94222009'\n    title: Bone\n", "14",
                "'94222009' is not a SNOMED CT concept id"});
        cases.put("SNOMED letters", new String[] {"  - snomed-ct: C79.51\n    title: Bone\n", "14",
                "'C79.51' is not a SNOMED CT concept id"});
        cases.put("two systems", new String[] {"  - icd-10-cm: C79.51\n    snomed-ct: '94222008'\n    title: B\n",
                "14", "each code names one code system"});
        cases.put("no system", new String[] {"  - title: Bone\n", "14", "each code names one code system"});
        cases.put("no title", new String[] {"  - icd-10-cm: C79.51\n", "14", "'title' is missing"});
        cases.put("listed twice", new String[] {"  - icd-10-cm: G83.4\n    title: A\n  - icd-10-cm: G83.4\n    title: B\n",
                "16", "the code G83.4 is listed twice"});
        cases.put("a code as a line", new String[] {"  - C79.51\n", "14", "each code is two lines"});
        cases.forEach((what, c) -> assertThatThrownBy(() -> topic("codes:\n" + c[0])).as(what)
                .isInstanceOf(ContentFileException.class)
                .hasMessageStartingWith("en/03-symptoms.md:" + c[1] + ":").hasMessageContaining(c[2]));
    }

    @Test
    void anEmptyListOrATextIsRefused() {
        assertThatThrownBy(() -> topic("codes:\n")).isInstanceOf(ContentFileException.class)
                .hasMessageStartingWith("en/03-symptoms.md:13:").hasMessageContaining("lists at least one code");
        assertThatThrownBy(() -> topic("codes: []\n")).isInstanceOf(ContentFileException.class)
                .hasMessageContaining("lists at least one code");
        assertThatThrownBy(() -> topic("codes: C79.51\n")).isInstanceOf(ContentFileException.class)
                .hasMessageContaining("should be a list");
    }

    @Test
    void aTranslationDoesNotListCodesItsTopicHasThem() {
        assertThatThrownBy(() -> ContentFiles.parseTopic("es", "es/03-symptoms.md", FRONT + CODES + SECTIONS))
                .isInstanceOf(ContentFileException.class).hasMessageStartingWith("es/03-symptoms.md:14:")
                .hasMessageContaining("list them in the en file");
    }

    @Test
    void snomedCheckDigitsAreVerhoeff() {
        for (String id : List.of("94222008", "94217008", "109989006", "71286001", "192970008", "404684003")) {
            assertThat(ContentFiles.verhoeffValid(id)).as(id).isTrue();
        }
        assertThat(ContentFiles.verhoeffValid("94222009")).isFalse();
        assertThat(ContentFiles.verhoeffValid("94222080")).as("two digits swapped").isFalse();
    }

    // --- the shipped files ---

    /**
     * The codes the guide promises health records, with the titles checked against the ICD-10-CM tabular list
     * (FY2025/2026) and SNOMED CT sources (docs/writing-content.md, "Codes"). A code here missing from every file,
     * or listed with another title, fails.
     */
    static final Map<String, String> REQUIRED_ICD = orderedMap(
            "C41.2", "Malignant neoplasm of vertebral column",
            "C72.0", "Malignant neoplasm of spinal cord",
            "C72.1", "Malignant neoplasm of cauda equina",
            "C79.51", "Secondary malignant neoplasm of bone",
            "C79.52", "Secondary malignant neoplasm of bone marrow",
            "C90.00", "Multiple myeloma not having achieved remission",
            "C90.01", "Multiple myeloma in remission",
            "C90.02", "Multiple myeloma in relapse",
            "C90.30", "Solitary plasmacytoma not having achieved remission",
            "C90.31", "Solitary plasmacytoma in remission",
            "C90.32", "Solitary plasmacytoma in relapse",
            "D16.6", "Benign neoplasm of vertebral column",
            "D33.4", "Benign neoplasm of spinal cord",
            "G95.20", "Unspecified cord compression",
            "G95.29", "Other cord compression",
            "G83.4", "Cauda equina syndrome");

    static final Map<String, String> REQUIRED_SNOMED = orderedMap(
            "94222008", "Secondary malignant neoplasm of bone",
            "94217008", "Secondary malignant neoplasm of bone marrow",
            "109989006", "Multiple myeloma",
            "71286001", "Spinal cord compression",
            "192970008", "Cauda equina syndrome");

    static final Release RELEASE = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);

    static Map<String, List<CodeItem>> codesByTopic() {
        Map<String, List<CodeItem>> byTopic = new LinkedHashMap<>();
        RELEASE.topics("en").forEach(t -> byTopic.put(t.key(), t.codes()));
        return byTopic;
    }

    @Test
    void everyRequiredCodeIsListedWithItsOwnTitle() {
        Map<String, String> icd = new LinkedHashMap<>();
        Map<String, String> snomed = new LinkedHashMap<>();
        for (TopicItem topic : RELEASE.topics("en")) {
            for (CodeItem code : topic.codes()) {
                Map<String, String> titles = code.system() == CodeKind.ICD_10_CM ? icd : snomed;
                String before = titles.putIfAbsent(code.code(), code.title());
                assertThat(before == null ? code.title() : before).as("one title for " + code.code() + " in "
                        + topic.file()).isEqualTo(code.title());
            }
        }
        assertThat(icd).containsAllEntriesOf(REQUIRED_ICD);
        assertThat(snomed).containsAllEntriesOf(REQUIRED_SNOMED);
        assertThat(icd.keySet()).as("every code in the files is one that was checked").isEqualTo(REQUIRED_ICD.keySet());
        assertThat(snomed.keySet()).isEqualTo(REQUIRED_SNOMED.keySet());
    }

    @Test
    void onlyTheDefaultLanguagesFilesListCodes() {
        assertThat(RELEASE.topics("es")).isNotEmpty().allSatisfy(t -> assertThat(t.codes()).as(t.file()).isEmpty());
    }

    /** The mapping docs/writing-content.md explains: conservative, so a record gets pages that help this patient. */
    @Test
    void codesGoToThePagesThatHelpThatPatient() {
        Map<String, List<CodeItem>> byTopic = codesByTopic();
        Set<String> urgent = Set.of("G95.20", "G95.29", "G83.4", "71286001", "192970008");
        Set<String> benign = Set.of("D16.6", "D33.4");
        assertThat(topicsWith(byTopic, urgent)).as("cord compression and cauda equina: warning signs and treatment")
                .containsExactly("symptoms", "treatment");
        assertThat(topicsWith(byTopic, benign)).as("benign tumours: never the pages about living with cancer")
                .containsExactly("overview", "types", "symptoms", "diagnosis", "treatment");
        assertThat(topicsWith(byTopic, Set.of("C79.51"))).containsExactly("overview", "types", "symptoms",
                "diagnosis", "treatment", "prognosis", "living-with");
        assertThat(byTopic.get("shared")).as("the shared text is never a page").isEmpty();
        assertThat(byTopic.get("questions")).isEmpty();
    }

    private static List<String> topicsWith(Map<String, List<CodeItem>> byTopic, Set<String> codes) {
        return byTopic.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(c -> codes.contains(c.code())))
                .map(Map.Entry::getKey).collect(Collectors.toList());
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
