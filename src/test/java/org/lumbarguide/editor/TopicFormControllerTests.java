package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.ContentWrites.SourceChoice;
import org.lumbarguide.content.SectionPreview;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.Origin;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The structured edit form's web layer: the page shows a topic as fields; what is posted is bound (only the form's
 * fields, at most 40 sections), checked beside each field with an error summary, mapped to the topic file in one
 * place and saved; the buttons that change the form work without script; nothing typed is lost on an error.
 */
@EditorWebTest
class TopicFormControllerTests {

    static final String TOPIC = "/editor/topics/en/symptoms";
    static final String FORM = TOPIC + "/form";
    static final String NAME = "José Müller – ñ ü ¿";

    static final TopicItem SYMPTOMS = new TopicItem("en", "symptoms", "symptoms", "Symptoms", "What to look for.", 3,
            List.of("nice-ng234"), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 30), "consultant",
            List.of(new SectionItem("pain", "Back pain", SectionKind.NORMAL, "Pain that does not go away.",
                            new Origin("en/symptoms.md", 10), 12),
                    new SectionItem("call-helpline-now", "Call your helpline now", SectionKind.NORMAL,
                            "{{include tier-helpline}}", new Origin("en/symptoms.md", 14), 16)),
            new Origin("en/symptoms.md", 1));

    @Autowired
    MockMvc mvc;

    @Autowired
    Drafts drafts;

    @Autowired
    SectionPreview preview;

    String stored;

    @BeforeEach
    void aDraftOfSymptoms() {
        stored = ContentFiles.write(SYMPTOMS);
        when(drafts.open("en", "symptoms")).thenReturn(Optional.of(new Drafts.Editing(SYMPTOMS, stored,
                TopicDraft.Status.DRAFT, 3L, Set.of("ana"), "ana", null, null)));
        when(drafts.sources()).thenReturn(List.of(
                new SourceChoice("cruk-secondary-bone", "Cancer Research UK", "Secondary bone cancer", 2024),
                new SourceChoice("nice-ng234", "NICE", "Spinal metastases", 2023)));
        when(preview.insertables("en")).thenReturn(new SectionPreview.Insertables(List.of("emergency", "routing"),
                List.of("emergency-number", "gp")));
        when(preview.deploymentRegion()).thenReturn(Region.UK);
    }

    private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()));
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    /**
     * The form as the page posts it for {@link #SYMPTOMS}, as a browser encodes it (no charset), with some fields
     * given other values or added.
     */
    private static String posted(String action, String... changed) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("version", "3");
        fields.put("title", "Symptoms");
        fields.put("summary", "What to look for.");
        fields.put("sections[0].anchor", "pain");
        fields.put("sections[0].heading", "Back pain");
        fields.put("sections[0].level", "normal");
        fields.put("sections[0].body", "Pain that does not go away.");
        fields.put("sections[1].anchor", "call-helpline-now");
        fields.put("sections[1].heading", "Call your helpline now");
        fields.put("sections[1].level", "tier-helpline");
        fields.put("sections[1].body", "");
        fields.put("action", action);
        for (int i = 0; i + 1 < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        StringBuilder body = new StringBuilder("sources=nice-ng234");
        fields.forEach((name, value) -> body.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private ResultActions post(String body) throws Exception {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(FORM)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body));
    }

    private String savedText() {
        ArgumentCaptor<String> text = ArgumentCaptor.forClass(String.class);
        verify(drafts).save(eq("en"), eq("symptoms"), text.capture(), eq(3L), eq("ana"));
        return text.getValue();
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theEditPageOpensOnTheFormWithEachPartAsAFieldAndNoBraces() throws Exception {
        Document page = page(mvc.perform(get(TOPIC)).andExpect(status().isOk()));
        assertThat(page.selectFirst("#title").attr("value")).isEqualTo("Symptoms");
        assertThat(page.selectFirst("textarea#summary").wholeText()).isEqualTo("What to look for.");
        assertThat(page.select("input[name=sources]")).extracting(i -> i.attr("value"))
                .as("the topic's sources first, ticked").containsExactly("nice-ng234", "cruk-secondary-bone");
        assertThat(page.selectFirst("input[name=sources][value=nice-ng234]").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("input[name=sources][value=cruk-secondary-bone]").hasAttr("checked")).isFalse();
        assertThat(page.select("fieldset.section-fields")).hasSize(2);
        assertThat(page.getElementById("sections[0].heading").attr("value")).isEqualTo("Back pain");
        assertThat(page.getElementById("sections[0].body").wholeText()).isEqualTo("Pain that does not go away.");
        assertThat(page.select("select[id=sections[1].level] option[selected]").attr("value"))
                .isEqualTo("tier-helpline");
        assertThat(page.getElementById("sections[1].body").wholeText()).as("the level's block is not typed")
                .isEmpty();
        assertThat(page.select("select[id=sections[0].insert] option")).extracting(o -> o.attr("value"))
                .contains("include:emergency", "word:emergency-number");
        assertThat(page.select("#region option[selected]").attr("value")).isEqualTo("uk");
        assertThat(page.select("form#structured-form").text()).doesNotContain("{#", "---", "sources:");
        assertThat(page.select("textarea#text")).as("the whole file is behind its tab").isEmpty();
        assertThat(page.select(".edit-tabs a[href$=view=source]")).hasSize(1);
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void savingTheUnchangedFormSavesTheSameFile() throws Exception {
        post(posted("save")).andExpect(redirectedUrl(TOPIC + "?saved"));
        assertThat(savedText()).isEqualTo(stored);
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aChangedSentenceANewUrgentSectionAndASourceAreWrittenAsTheFileFormatWithTheReviewDatesKept()
            throws Exception {
        post(posted("save", "sections[0].body", "Pain that does not go away, even at night.",
                "sections[2].anchor", "", "sections[2].heading", "Numb legs: " + NAME, "sections[2].level", "urgent",
                "sections[2].body", "Call {{emergency-number}} now.") + "&sources=cruk-secondary-bone").andExpect(redirectedUrl(TOPIC + "?saved"));

        TopicItem saved = ContentFiles.parseTopic("en", "symptoms.md", savedText());
        assertThat(saved.sections()).extracting(SectionItem::anchor)
                .containsExactly("pain", "call-helpline-now", "numb-legs-jose-muller-n-u");
        assertThat(saved.sections().get(0).body()).isEqualTo("Pain that does not go away, even at night.");
        assertThat(saved.sections().get(1).body()).isEqualTo("{{include tier-helpline}}");
        assertThat(saved.sections().get(2).kind()).isEqualTo(SectionKind.URGENT);
        assertThat(saved.sections().get(2).heading()).isEqualTo("Numb legs: " + NAME);
        assertThat(saved.sourceKeys()).containsExactly("nice-ng234", "cruk-secondary-bone");
        assertThat(saved.reviewed()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(saved.reviewerRole()).isEqualTo("consultant");
        assertThat(saved.slug()).isEqualTo("symptoms");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aSaveTheDraftsStateRefusesKeepsTheTypedFormAsTheFileInTheSourceView() throws Exception {
        doThrow(new Drafts.Refused("editor.refused.noDraft")).when(drafts)
                .save(anyString(), anyString(), anyString(), any(), anyString());
        Document page = page(post(posted("save", "sections[0].body", NAME + " typed this"))
                .andExpect(status().isConflict()));
        assertThat(page.select("#source-form textarea[name=text]").text()).contains(NAME + " typed this");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void anExistingSectionKeepsItsAnchorWhenItsHeadingChanges() throws Exception {
        post(posted("save", "sections[0].heading", "Pain in your back")).andExpect(redirectedUrl(TOPIC + "?saved"));
        TopicItem saved = ContentFiles.parseTopic("en", "symptoms.md", savedText());
        assertThat(saved.sections().get(0).anchor()).isEqualTo("pain");
        assertThat(saved.sections().get(0).heading()).isEqualTo("Pain in your back");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void missingFieldsAreShownBesideEachFieldWithASummaryAndNothingTypedIsLost() throws Exception {
        Document page = page(post(posted("save", "title", "", "sections[0].heading", " ",
                "sections[0].body", NAME + " typed this")).andExpect(status().isBadRequest()));
        verify(drafts, never()).save(anyString(), anyString(), anyString(), any(), anyString());
        assertThat(page.select(".error-summary li a")).extracting(a -> a.attr("href"))
                .contains("#title", "#sections[0].heading");
        assertThat(page.select("#title-error").text()).contains("Give the topic a title.");
        assertThat(page.getElementById("sections[0].heading-error").text()).contains("Give the section a heading.");
        assertThat(page.getElementById("sections[0].body").wholeText()).isEqualTo(NAME + " typed this");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aSectionWithoutTextIsRefusedUnlessItIsALevelOfUrgency() throws Exception {
        Document page = page(post(posted("save", "sections[0].body", "")).andExpect(status().isBadRequest()));
        assertThat(page.getElementById("sections[0].body-error")).isNotNull();
        assertThat(page.getElementById("sections[1].body-error")).as("level 2 brings its own words").isNull();
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theTopicsOwnRulesAreShownInTheSummaryAndNothingIsSaved() throws Exception {
        when(drafts.problems(eq("en"), eq("symptoms"), anyString())).thenReturn(List.of(
                TopicDraftChecks.problem("editor.problem.source", "made-up")));
        Document page = page(post(posted("save")).andExpect(status().isBadRequest()));
        assertThat(page.select(".error-summary li").text()).contains("made-up");
        verify(drafts, never()).save(anyString(), anyString(), anyString(), any(), anyString());
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theButtonsAddRemoveAndMoveSectionsWithoutSavingAndWithoutScript() throws Exception {
        Document added = page(post(posted("add-section")).andExpect(status().isOk()));
        assertThat(added.select("fieldset.section-fields")).hasSize(3);

        Document moved = page(post(posted("move-down:0")).andExpect(status().isOk()));
        assertThat(moved.getElementById("sections[0].heading").attr("value")).isEqualTo("Call your helpline now");
        assertThat(moved.getElementById("sections[1].heading").attr("value")).isEqualTo("Back pain");
        assertThat(moved.select("input[name=sections[1].anchor]").attr("value")).isEqualTo("pain");

        Document removed = page(post(posted("remove-section:1")).andExpect(status().isOk()));
        assertThat(removed.select("fieldset.section-fields")).hasSize(1);

        verify(drafts, never()).save(anyString(), anyString(), anyString(), any(), anyString());
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void insertWithoutScriptAppendsTheBlockOrWordToThatSection() throws Exception {
        Document block = page(post(posted("insert:0", "sections[0].insert", "include:emergency")));
        assertThat(block.getElementById("sections[0].body").wholeText())
                .isEqualTo("Pain that does not go away.\n\n{{include emergency}}");
        Document word = page(post(posted("insert:0", "sections[0].insert", "word:gp")));
        assertThat(word.getElementById("sections[0].body").wholeText())
                .isEqualTo("Pain that does not go away. {{gp}}");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aButtonThePageDoesNotOfferIsA400AndKeepsTheText() throws Exception {
        Document page = page(post(posted("remove-section:7", "sections[0].body", NAME)).andExpect(
                status().isBadRequest()));
        assertThat(page.getElementById("sections[0].body").wholeText()).isEqualTo(NAME);
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void onlyTheFormsFieldsAreBoundAndNoMoreThan40Sections() throws Exception {
        StringBuilder many = new StringBuilder(posted("preview"));
        for (int i = 2; i < 300; i++) {
            many.append("&sections%5B").append(i).append("%5D.heading=Extra&sections%5B").append(i)
                    .append("%5D.body=Text.");
        }
        many.append("&sections%5B100000%5D.heading=Far&key=other-topic&position=1");
        Document page = page(post(many.toString()));
        assertThat(page.select("fieldset.section-fields").size()).isLessThanOrEqualTo(TopicForm.MAX_SECTIONS);
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void addingASourceAddsItToTheGuidesListAndTicksIt() throws Exception {
        when(drafts.addSource("Macmillan Cancer Support", "Spinal cord compression", 2024,
                "https://www.macmillan.org.uk/scc", "ana")).thenReturn("macmillan-cancer-support-spinal-cord-compression-2024");
        Document page = page(post(posted("add-source", "newPublisher", "Macmillan Cancer Support",
                "newTitle", "Spinal cord compression", "newYear", "2024", "newUrl", "https://www.macmillan.org.uk/scc"))
                .andExpect(status().isOk()));
        assertThat(page.select("input[name=sources][checked]")).extracting(i -> i.attr("value"))
                .contains("nice-ng234", "macmillan-cancer-support-spinal-cord-compression-2024");
        verify(drafts, never()).save(anyString(), anyString(), anyString(), any(), anyString());
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aNewSourceWithoutItsDetailsIsRefusedBesideEachFieldAndWhatWasTypedStays() throws Exception {
        Document page = page(post(posted("add-source", "newPublisher", NAME, "newYear", "last year",
                "newUrl", "javascript:alert(1)")).andExpect(status().isBadRequest()));
        assertThat(page.select("#newTitle-error, #newYear-error, #newUrl-error")).hasSize(3);
        assertThat(page.selectFirst("#newPublisher").attr("value")).isEqualTo(NAME);
        verify(drafts, never()).addSource(anyString(), anyString(), any(Integer.class), anyString(), anyString());
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void previewShowsThePageInTheChosenRegion() throws Exception {
        when(preview.preview(any(TopicItem.class), eq(Region.US))).thenReturn(new SectionPreview.Preview("Symptoms",
                "What to look for.", List.of(), 6.0, "en"));
        Document page = page(post(posted("preview", "region", "us")).andExpect(status().isOk()));
        assertThat(page.select("#live-preview .preview-title").text()).isEqualTo("Symptoms");
        assertThat(page.select("#region option[selected]").attr("value")).isEqualTo("us");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theLivePreviewIsAFragmentOfThePreviewOrOfWhatStopsIt() throws Exception {
        when(preview.preview(any(TopicItem.class), any())).thenReturn(new SectionPreview.Preview("Symptoms",
                "What to look for.", List.of(), 6.0, "en"));
        String fragment = send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(FORM + "/preview")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(posted(""))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"live-preview\"").contains("Symptoms");

        String problems = send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(FORM + "/preview")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(posted("", "title", "")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(problems).contains("Give the topic a title.");
    }
}
