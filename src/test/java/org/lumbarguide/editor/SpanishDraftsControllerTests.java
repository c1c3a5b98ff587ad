package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.SectionPreview;
import org.lumbarguide.content.catalog.TopicViews.OutOfDateTranslation;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.Translation;
import org.lumbarguide.content.catalog.TopicViews.TranslationStatus;
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
 * A Spanish topic is edited as an English one is (same form, same two-person rule), and its edit page lets the
 * editor mark a part whose English changed as checked against the current English: the tick sets that part's
 * translated-from stamp in the saved draft, the reviewer sees the parts so marked, and the preview scores
 * Spanish with a reading ease.
 */
@EditorWebTest
class SpanishDraftsControllerTests {

    static final String TOPIC = "/editor/topics/es/symptoms";
    static final String TYPED = "José Müller – ñ ü ¿";

    static final String OLD_PAIN = "111111111111";
    static final String NEW_PAIN = "222222222222";
    static final String SIGNS = "333333333333";

    /** A small Spanish topic whose two sections record the English they were translated from. */
    static final TopicItem SINTOMAS = new TopicItem("es", "symptoms", "sintomas", "Síntomas", "Qué buscar.", 3,
            List.of(), LocalDate.of(2026, 11, 25), null, null,
            List.of(new SectionItem("pain", "Dolor de espalda", SectionKind.NORMAL, "Un dolor que no se quita.",
                            new Origin("es/symptoms.md", 10), 12),
                    new SectionItem("signs", "Señales", SectionKind.NORMAL, "Debilidad en las piernas.",
                            new Origin("es/symptoms.md", 14), 16)),
            new Origin("es/symptoms.md", 1), Map.of("pain", OLD_PAIN, "signs", SIGNS));

    /** The English of "pain" changed since it was translated; "signs" is current. */
    static final OutOfDateTranslation PAIN_OUT_OF_DATE = new OutOfDateTranslation("es", "symptoms", "Síntomas",
            "pain", "Dolor de espalda", false, 5, false, false, "/topics/symptoms#pain", null, OLD_PAIN, NEW_PAIN);

    @Autowired
    MockMvc mvc;

    @Autowired
    Drafts drafts;

    @Autowired
    TranslationChecks checks;

    @Autowired
    SectionPreview preview;

    String published;

    @BeforeEach
    void aSpanishTopicWithOnePartOutOfDate() {
        published = ContentFiles.write(SINTOMAS);
        when(drafts.open("es", "symptoms")).thenReturn(Optional.of(new Drafts.Editing(SINTOMAS, published, null, null,
                Set.of(), null, null, null)));
        when(checks.outOfDate("es", "symptoms")).thenReturn(List.of(PAIN_OUT_OF_DATE));
    }

    private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()));
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    private String savedText() {
        ArgumentCaptor<String> text = ArgumentCaptor.forClass(String.class);
        verify(drafts).save(eq("es"), eq("symptoms"), text.capture(), any(), eq("ana"));
        return text.getValue();
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aSpanishDraftPostedWithoutACharsetIsSavedWithEveryLetterAndItsStampsUnchanged() throws Exception {
        String text = published.replace("Qué buscar.", TYPED);
        send(post(TOPIC).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("action=save&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .andExpect(redirectedUrl(TOPIC + "?saved"));
        assertThat(savedText()).as("nothing ticked: the text as typed").isEqualTo(text);
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theEditPageOffersATickBoxForEachPartWhoseEnglishChangedAndLinksTheEnglish() throws Exception {
        Document page = page(mvc.perform(get(TOPIC).param("view", "source")).andExpect(status().isOk()));
        assertThat(page.select("input[type=checkbox][name=current]")).extracting(i -> i.attr("value"))
                .containsExactly("pain");
        assertThat(page.selectFirst("input#current-pain").hasAttr("checked")).isFalse();
        assertThat(page.selectFirst("label[for=current-pain]").text())
                .isEqualTo("This Spanish now says what the current English says: Dolor de espalda");
        assertThat(page.select(".translation-checks a").attr("href")).isEqualTo("/topics/symptoms#pain");
        assertThat(page.select("dl.editor-facts a").attr("href")).as("the public page in its language")
                .isEqualTo("/es/temas/sintomas");
        assertThat(page.select(".marked-current")).as("nothing marked without a draft").isEmpty();
        assertThat(page.selectFirst("textarea#text").attr("lang")).as("spelling checked in Spanish").isEqualTo("es");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aTickedPartRecordsTheCurrentEnglishInTheSavedDraftThroughTheFileFormat() throws Exception {
        String text = published.replace("Qué buscar.", TYPED);
        send(post(TOPIC).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("action=save&current=pain&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .andExpect(redirectedUrl(TOPIC + "?saved"));
        TopicItem saved = Drafts.parse("es", "symptoms", savedText());
        assertThat(saved.translatedFrom()).containsEntry("pain", NEW_PAIN).containsEntry("signs", SIGNS);
        assertThat(saved.summary()).isEqualTo(TYPED);
        assertThat(saved.sections()).extracting(SectionItem::body).containsExactly("Un dolor que no se quita.",
                "Debilidad en las piernas.");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aPartThatIsNotOutOfDateCannotBeStampedByATick() throws Exception {
        send(post(TOPIC).param("action", "save").param("text", published).param("current", "signs"))
                .andExpect(redirectedUrl(TOPIC + "?saved"));
        assertThat(savedText()).isEqualTo(published);
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void untickingAMarkedPartPutsBackThePublishedStamp() throws Exception {
        String marked = TranslationChecks.mark("es", "symptoms", published, List.of(PAIN_OUT_OF_DATE),
                List.of("pain"));
        send(post(TOPIC).param("action", "save").param("text", marked).param("version", "4"))
                .andExpect(redirectedUrl(TOPIC + "?saved"));
        assertThat(Drafts.parse("es", "symptoms", savedText()).translatedFrom()).containsEntry("pain", OLD_PAIN);
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void theReviewerSeesWhichPartsTheDraftMarksAsCheckedAgainstTheCurrentEnglish() throws Exception {
        String marked = TranslationChecks.mark("es", "symptoms", published, List.of(PAIN_OUT_OF_DATE),
                List.of("pain"));
        when(drafts.open("es", "symptoms")).thenReturn(Optional.of(new Drafts.Editing(SINTOMAS, marked,
                TopicDraft.Status.SUBMITTED, 4L, Set.of("ana"), "ana", "ana", null)));
        Document page = page(mvc.perform(get(TOPIC).param("view", "source")).andExpect(status().isOk()));
        assertThat(page.select("dl.editor-facts").text())
                .contains("Marked as saying what the current English says");
        assertThat(page.select(".marked-current li")).extracting(li -> li.text()).containsExactly("Dolor de espalda");
        assertThat(page.selectFirst("input#current-pain").hasAttr("checked")).isTrue();
        assertThat(page.select("button[name=decision]")).extracting(b -> b.attr("value"))
                .containsExactly("approve", "return");
    }

    @Test
    @WithMockUser(username = "ana", roles = "REVIEWER")
    void theAuthorOfASpanishDraftCannotApproveIt() throws Exception {
        doThrow(new Drafts.Refused("editor.refused.ownDraft", true)).when(drafts)
                .approve(anyString(), anyString(), any(), anyString(), any(), anyString());
        Document page = page(send(post(TOPIC + "/review").param("decision", "approve").param("version", "4")
                .param("comment", TYPED)).andExpect(status().isForbidden()));
        assertThat(page.select(".error-summary").text()).contains("you cannot approve it");
        verify(drafts).approve(eq("es"), eq("symptoms"), eq(4L), eq("ana"), any(), eq(TYPED));
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theSpanishPreviewShowsAReadingEaseNotAGrade() throws Exception {
        SectionView section = new SectionView("pain", "Dolor de espalda", "<p>Un dolor.</p>", "", "<p>Un dolor.</p>",
                SectionKind.NORMAL, null);
        when(preview.preview(any(TopicItem.class))).thenReturn(new SectionPreview.Preview("Síntomas", "Qué buscar.",
                List.of(new SectionPreview.PreviewSection(section, 82.34, List.of(), "es")), 82.34, "es"));
        Document page = page(send(post(TOPIC).param("action", "preview").param("text", published))
                .andExpect(status().isOk()));
        assertThat(page.select(".preview p.gate").text()).startsWith("Reading ease 82.3 (Fernández Huerta: higher is "
                + "easier").doesNotContain("grade");
    }

    /**
     * The live preview of a Spanish topic says, under each section, the translation status its public page shows
     * (SectionPreview works it out: PreviewTranslationStatusTests): "pain", whose English changed, is out of date,
     * with a link to the current English; "signs" is up to date. The draft previewed carries the stamps saving would
     * set: unticked, "pain" keeps its old stamp; ticked, it records the current English.
     */
    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theLivePreviewOfASpanishTopicShowsEachSectionsTranslationStatus() throws Exception {
        SectionView pain = new SectionView("pain", "Dolor de espalda", "<p>Un dolor que no se quita.</p>", "",
                "<p>Un dolor que no se quita.</p>", SectionKind.NORMAL, null, new Translation("es",
                TranslationStatus.OUT_OF_DATE, "en", "/topics/symptoms#pain", false, null));
        SectionView signs = new SectionView("signs", "Señales", "<p>Debilidad en las piernas.</p>", "",
                "<p>Debilidad en las piernas.</p>", SectionKind.NORMAL, null, new Translation("es",
                TranslationStatus.CURRENT, "en", "/topics/symptoms#signs", false, null));
        when(preview.preview(any(TopicItem.class), any())).thenReturn(new SectionPreview.Preview("Síntomas",
                "Qué buscar.", List.of(new SectionPreview.PreviewSection(pain, 82.0, List.of(), "es"),
                new SectionPreview.PreviewSection(signs, 85.0, List.of(), "es")), 83.0, "es"));

        Document fragment = Jsoup.parseBodyFragment(livePreview().andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        org.jsoup.select.Elements statuses = fragment.select("#live-preview .topic-section p.translation-status");
        assertThat(statuses).hasSize(2);
        assertThat(statuses.get(0).hasClass("out-of-date")).isTrue();
        assertThat(statuses.get(0).text()).startsWith("Translation: out of date. The English section changed after "
                + "it was translated").endsWith("Read the current English section");
        assertThat(statuses.get(0).selectFirst("a").attr("href")).isEqualTo("/topics/symptoms#pain");
        assertThat(statuses.get(0).selectFirst("a").attr("hreflang")).isEqualTo("en");
        assertThat(statuses.get(1).text()).isEqualTo("Translation: up to date with the current English section.");
        assertThat(statuses.get(1).select("a")).isEmpty();
        verify(preview).preview(argThat((TopicItem draft) -> OLD_PAIN.equals(draft.translatedFrom().get("pain"))),
                any());

        livePreview("current", "pain").andExpect(status().isOk());
        verify(preview).preview(argThat((TopicItem draft) -> NEW_PAIN.equals(draft.translatedFrom().get("pain"))),
                any());
    }

    /** The structured form of SINTOMAS posted to the live preview, as editor-form.js posts it (no charset). */
    private ResultActions livePreview(String... more) throws Exception {
        StringBuilder body = new StringBuilder("version=&title=" + URLEncoder.encode("Síntomas", StandardCharsets.UTF_8)
                + "&summary=" + URLEncoder.encode("Qué buscar.", StandardCharsets.UTF_8));
        for (int i = 0; i < SINTOMAS.sections().size(); i++) {
            SectionItem section = SINTOMAS.sections().get(i);
            body.append("&sections[").append(i).append("].anchor=").append(section.anchor())
                    .append("&sections[").append(i).append("].heading=")
                    .append(URLEncoder.encode(section.heading(), StandardCharsets.UTF_8))
                    .append("&sections[").append(i).append("].level=normal")
                    .append("&sections[").append(i).append("].body=")
                    .append(URLEncoder.encode(section.body(), StandardCharsets.UTF_8));
        }
        for (int i = 0; i + 1 < more.length; i += 2) {
            body.append('&').append(more[i]).append('=').append(URLEncoder.encode(more[i + 1], StandardCharsets.UTF_8));
        }
        return send(post(TOPIC + "/form/preview").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(body.toString().replace("[", "%5B").replace("]", "%5D")));
    }
}
