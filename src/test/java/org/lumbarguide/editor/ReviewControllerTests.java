package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.content.SectionPreview;
import org.lumbarguide.content.SectionPreview.Preview;
import org.lumbarguide.content.SectionPreview.PreviewSection;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The review screen and the history's comparison: the changes word by word inside ins and del, the text never as
 * markup, the reading score before and after, and the approve and send-back forms only for a reviewer who wrote
 * none of the draft.
 */
@EditorWebTest
class ReviewControllerTests {

    static final String TOPIC = "/editor/topics/en/symptoms";
    static final TopicItem PUBLISHED = TopicEditorControllerTests.SYMPTOMS;

    @Autowired
    MockMvc mvc;

    @Autowired
    Drafts drafts;

    @Autowired
    SectionPreview preview;

    /** The draft: one word changed, one added, a section with markup in its text added, the summary reworded. */
    static TopicItem draft() {
        SectionItem pain = PUBLISHED.sections().get(0);
        return new TopicItem("en", "symptoms", "symptoms", "Symptoms", "What to watch for.", 3, List.of(),
                PUBLISHED.written(), null, null,
                List.of(new SectionItem(pain.anchor(), pain.heading(), pain.kind(),
                                "Pain that does not go away at night.", pain.origin(), pain.bodyLine()),
                        new SectionItem("weak", "José Müller – ñ ü ¿", SectionKind.URGENT,
                                "Type <script>alert(1)</script> & <b>bold</b>.", pain.origin(), pain.bodyLine())),
                PUBLISHED.origin());
    }

    static Preview scored(TopicItem topic, double first) {
        return new Preview(topic.title(), topic.summary(), topic.sections().stream()
                .map(s -> new PreviewSection(new SectionView(s.anchor(), s.heading(), "", "", "", s.kind(), null),
                        s.anchor().equals("pain") ? first : 5.0, List.of(), "en"))
                .toList(), first, "en");
    }

    void open(TopicDraft.Status status, String author) {
        TopicItem draft = draft();
        when(drafts.open("en", "symptoms")).thenReturn(Optional.of(new Drafts.Editing(PUBLISHED,
                ContentFiles.write(draft), status, 4L, Set.of(author), author, author, null)));
        when(preview.preview(any(TopicItem.class))).thenAnswer(call -> {
            TopicItem topic = call.getArgument(0);
            return scored(topic, topic.sections().size() == 1 ? 6.0 : 8.5);
        });
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andExpect(view().name("editor/review"))
                .andReturn().getResponse().getContentAsString());
    }

    @BeforeEach
    void submittedByAna() {
        open(TopicDraft.Status.SUBMITTED, "ana");
    }

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void aReviewerSeesTheWordsAddedAndRemovedAndTheFormsThatDecide() throws Exception {
        Document page = page(TOPIC + "/review");
        assertThat(page.select("h1").text()).isEqualTo("Review: Symptoms");
        assertThat(page.title()).isEqualTo("Review: Symptoms – Lumbar Spine Cancer Guide");
        assertThat(page.text()).doesNotContain("th:", "${", "#{", "??");

        Element summary = page.selectFirst(".front-changes li");
        assertThat(summary.text()).startsWith("Summary:");
        assertThat(summary.select("del").text()).isEqualTo("look");
        assertThat(summary.select("ins").text()).isEqualTo("watch");
        // What a screen reader says around each change (editor.css shows these words to it alone).
        assertThat(summary.selectFirst("del").attr("data-start")).isEqualTo("[removed:");
        assertThat(summary.selectFirst("del").attr("data-end")).isEqualTo("[end of removed words]");
        assertThat(summary.selectFirst("ins").attr("data-start")).isEqualTo("[added:");
        assertThat(summary.selectFirst("ins").attr("data-end")).isEqualTo("[end of added words]");

        Element pain = page.select(".section-change").get(0);
        assertThat(pain.select(".tag").text()).isEqualTo("Text changed");
        assertThat(pain.select(".section-text ins").text()).contains("at night");
        assertThat(pain.select(".section-text del")).isEmpty();
        assertThat(pain.select(".ease-change").text())
                .isEqualTo("Reading grade 6.0 before, 8.5 now: harder to read (lower is easier)");

        Element added = page.select(".section-change").get(1);
        assertThat(added.select("h4").text()).isEqualTo("José Müller – ñ ü ¿");
        assertThat(added.select(".tag").eachText()).containsExactly("New section (section 2)");

        // The form posts to the existing review handlers, for the version read.
        assertThat(page.select("form[action$=/editor/topics/en/symptoms/review]")).hasSize(2);
        assertThat(page.select("button[name=decision]")).extracting(b -> b.attr("value"))
                .containsExactly("approve", "return");
        assertThat(page.select("input[name=version]")).allMatch(input -> input.attr("value").equals("4"));
        assertThat(page.select("textarea#return-comment").hasAttr("required")).isTrue();
    }

    /**
     * Sources are named as the edit page lists them (publisher: title (year)), not by their keys; a key the guide's
     * list does not know (a draft saved before its source was removed) is shown as written.
     */
    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void sourcesAddedAndRemovedAreNamedByTheirTitles() throws Exception {
        TopicItem cited = new TopicItem("en", "symptoms", "symptoms", PUBLISHED.title(), PUBLISHED.summary(), 3,
                List.of("nice-ng234", "macmillan"), PUBLISHED.written(), null, null, PUBLISHED.sections(),
                PUBLISHED.origin());
        TopicItem draft = new TopicItem("en", "symptoms", "symptoms", PUBLISHED.title(), PUBLISHED.summary(), 3,
                List.of("macmillan", "nci-pdq-spinal-cord-2024", "gone-key"), PUBLISHED.written(), null, null,
                PUBLISHED.sections(), PUBLISHED.origin());
        when(drafts.open("en", "symptoms")).thenReturn(Optional.of(new Drafts.Editing(cited, ContentFiles.write(draft),
                TopicDraft.Status.SUBMITTED, 4L, Set.of("ana"), "ana", "ana", null)));
        when(drafts.sources()).thenReturn(List.of(
                new ContentWrites.SourceChoice("macmillan", "Macmillan Cancer Support", "Back pain", 2023),
                new ContentWrites.SourceChoice("nci-pdq-spinal-cord-2024", "National Cancer Institute",
                        "Spinal cord compression (PDQ)", 2024),
                new ContentWrites.SourceChoice("nice-ng234", "NICE", "Spinal metastases and metastatic spinal cord "
                        + "compression", 2023)));
        Document page = page(TOPIC + "/review");
        assertThat(page.select(".front-changes li").eachText()).containsExactly(
                "Source added: National Cancer Institute: Spinal cord compression (PDQ) (2024)",
                "Source added: gone-key",
                "Source removed: NICE: Spinal metastases and metastatic spinal cord compression (2023)");
    }

    /** A section whose anchor was renamed, its text mostly kept (TopicChangesTests has the rule): one section. */
    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void aRenamedSectionIsShownOnceWithItsOldAndNewAnchorAndItsWordsChanged() throws Exception {
        SectionItem pain = PUBLISHED.sections().get(0);
        TopicItem draft = new TopicItem("en", "symptoms", "symptoms", PUBLISHED.title(), PUBLISHED.summary(), 3,
                PUBLISHED.sourceKeys(), PUBLISHED.written(), null, null,
                List.of(new SectionItem("back-pain", pain.heading(), pain.kind(), "Pain that does not go away soon.",
                        pain.origin(), pain.bodyLine())), PUBLISHED.origin());
        when(drafts.open("en", "symptoms")).thenReturn(Optional.of(new Drafts.Editing(PUBLISHED,
                ContentFiles.write(draft), TopicDraft.Status.SUBMITTED, 4L, Set.of("ana"), "ana", "ana", null)));
        Document page = page(TOPIC + "/review");
        assertThat(page.select(".section-change")).hasSize(1);
        Element renamed = page.selectFirst(".section-change");
        assertThat(renamed.select(".tag").eachText()).containsExactly(
                "Renamed from #pain to #back-pain: links to #pain no longer lead to this section", "Text changed");
        assertThat(renamed.select(".section-text ins").text()).isEqualTo("soon");
        assertThat(renamed.select(".section-text del")).isEmpty();
    }

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void markupInTheTextIsShownAsTextNeverAsMarkup() throws Exception {
        String html = mvc.perform(get(TOPIC + "/review")).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".section-text script, .section-text b")).isEmpty();
        assertThat(page.select("script")).allMatch(script -> !script.data().contains("alert"));
        assertThat(page.select(".section-change").get(1).select(".section-text ins").text())
                .contains("Type <script>alert(1)</script> & <b>bold</b>.");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    @WithMockUser(username = "ana", roles = {"AUTHOR", "REVIEWER"})
    void anAuthorSeesTheChangesButNoApproveButton() throws Exception {
        Document page = page(TOPIC + "/review");
        assertThat(page.select(".section-text ins").text()).contains("at night");
        assertThat(page.select("button[name=decision]")).isEmpty();
        assertThat(page.select("p.notice").text()).contains("another clinician must review it");
    }

    @Test
    @WithMockUser(username = "otto", roles = "AUTHOR")
    void anotherAuthorSeesTheChangesButNoForms() throws Exception {
        Document page = page(TOPIC + "/review");
        assertThat(page.select(".section-text ins").text()).contains("at night");
        assertThat(page.select("form[action$=/review]")).isEmpty();
        assertThat(page.select("p.notice").text()).contains("Only a reviewer can approve");
    }

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void aDraftNotSentForReviewOffersNoDecision() throws Exception {
        open(TopicDraft.Status.DRAFT, "ana");
        Document page = page(TOPIC + "/review");
        assertThat(page.select("button[name=decision]")).isEmpty();
        assertThat(page.text()).contains("This draft has not been sent for review yet.");
    }

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void noDraftNoChanges() throws Exception {
        when(drafts.open("en", "symptoms")).thenReturn(Optional.of(new Drafts.Editing(PUBLISHED,
                ContentFiles.write(PUBLISHED), null, null, Set.of(), null, null, null)));
        Document page = page(TOPIC + "/review");
        assertThat(page.text()).contains("There is no draft of this topic to review.");
        assertThat(page.select("form[action$=/review]")).isEmpty();
    }

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void anUnknownTopicIsNotFound() throws Exception {
        when(drafts.open("en", "nothing")).thenReturn(Optional.empty());
        mvc.perform(get("/editor/topics/en/nothing/review")).andExpect(status().isNotFound());
        mvc.perform(get("/editor/topics/EN/<b>/review")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "es-rita", roles = "REVIEWER")
    void spanishPageInSpanish() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(TOPIC + "/review").locale(java.util.Locale.forLanguageTag("es"))
                .header("Accept-Language", "es")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Revisión: Symptoms");
        assertThat(page.select(".front-changes del").attr("data-start")).isEqualTo("[eliminado:");
    }

    @Test
    void signedOutEditorsAreSentToSignIn() throws Exception {
        int code = mvc.perform(get(TOPIC + "/review")).andReturn().getResponse().getStatus();
        assertThat(code).isIn(302, 401);
    }

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void theHistoryComparisonMarksTheWordsThatChangedWithinLines() throws Exception {
        when(drafts.revision("en", "symptoms", 1)).thenReturn(Optional.of(revision(1, "One.\nCall your care team today.\n")));
        when(drafts.revision("en", "symptoms", 2)).thenReturn(Optional.of(revision(2,
                "One.\nCall your <b>cancer</b> care team today.\n")));
        Document page = Jsoup.parse(mvc.perform(get(TOPIC + "/diff?from=1&to=2")).andExpect(status().isOk())
                .andExpect(view().name("editor/diff")).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".diff-del").text()).isEqualTo("-Call your care team today.");
        assertThat(page.select(".diff-add ins").text()).startsWith("<b>cancer</b>");
        assertThat(page.select(".diff-add").text()).isEqualTo("+Call your <b>cancer</b> care team today.");
        assertThat(page.select(".diff-add b")).isEmpty();
        assertThat(page.select(".diff-same").eachText()).containsExactly("One.");
        assertThat(page.text()).contains("Topic: Symptoms").doesNotContain("th:", "${", "#{", "??");
    }

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void aComparisonWithAVersionThatDoesNotExistIsNotFound() throws Exception {
        when(drafts.revision("en", "symptoms", 1)).thenReturn(Optional.empty());
        mvc.perform(get(TOPIC + "/diff?from=1&to=2")).andExpect(status().isNotFound());
    }

    static TopicRevision revision(int number, String text) {
        return new TopicRevision("symptoms", "en", number, text, TopicRevision.Kind.PUBLISHED,
                Instant.parse("2026-12-01T10:00:00Z"), "ana", "rita", "consultant", null);
    }
}
