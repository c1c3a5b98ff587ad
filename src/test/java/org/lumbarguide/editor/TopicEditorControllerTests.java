package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

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
import org.lumbarguide.content.SectionPreview;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.Origin;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The topic editor's web layer: each button is its own handler and calls its own service method; a refusal, a
 * lost race or an invalid draft comes back as the right status and page with what was typed kept; a role
 * without the right is stopped by method security before any service is called.
 */
@EditorWebTest
class TopicEditorControllerTests {

    static final String TOPIC = "/editor/topics/en/symptoms";
    static final String TYPED = "José Müller – ñ ü ¿ wrote this.";

    /** A small topic as the content files hold it (a valid topic file once written). */
    static final TopicItem SYMPTOMS = new TopicItem("en", "symptoms", "symptoms", "Symptoms", "What to look for.", 3,
            List.of(), LocalDate.of(2026, 11, 25), null, null,
            List.of(new SectionItem("pain", "Back pain", SectionKind.NORMAL, "Pain that does not go away.",
                    new Origin("en/symptoms.md", 10), 12)),
            new Origin("en/symptoms.md", 1));

    @Autowired
    MockMvc mvc;

    @Autowired
    Drafts drafts;

    @Autowired
    SectionPreview preview;

    String published;

    @BeforeEach
    void aSubmittedDraftOfSymptoms() {
        published = ContentFiles.write(SYMPTOMS);
        when(drafts.open("en", "symptoms")).thenReturn(Optional.of(new Drafts.Editing(SYMPTOMS, published,
                TopicDraft.Status.SUBMITTED, 3L, Set.of("ana"), "ana", "ana", null)));
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(csrf()));
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    // --- each intent maps to its service call ---------------------------------------------------------

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theEditPageShowsTheDraftAndOffersAnAuthorNoReview() throws Exception {
        Document page = page(mvc.perform(get(TOPIC).param("view", "source")).andExpect(status().isOk()).andExpect(view().name("editor/edit")));
        assertThat(page.selectFirst("textarea#text").wholeText()).isEqualTo(published);
        assertThat(page.select("input[name=version]").attr("value")).isEqualTo("3");
        assertThat(page.select("button[name=action]")).extracting(b -> b.attr("value"))
                .containsExactly("preview", "save", "discard");
        assertThat(page.select("button[name=decision]")).isEmpty();
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void saveSavesTheTextAsTypedFromTheVersionShown() throws Exception {
        String text = published.replace("What to look for.", TYPED);
        send(post(TOPIC).param("action", "save").param("text", text.replace("\n", "\r\n")).param("version", "3"))
                .andExpect(redirectedUrl(TOPIC + "?saved"));
        verify(drafts).save("en", "symptoms", text, 3L, "ana");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aFormPostedWithoutACharsetKeepsEveryLetter() throws Exception {
        String text = published.replace("What to look for.", TYPED);
        send(post(TOPIC).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("action=save&version=3&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .andExpect(redirectedUrl(TOPIC + "?saved"));
        verify(drafts).save("en", "symptoms", text, 3L, "ana");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void previewShowsThePageWithoutSaving() throws Exception {
        send(post(TOPIC).param("action", "preview").param("text", published))
                .andExpect(status().isOk()).andExpect(view().name("editor/edit"));
        verify(preview).preview(any(TopicItem.class));
        verify(drafts, never()).save(anyString(), anyString(), anyString(), any(), anyString());
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theAuthorsNoteGoesWithTheDraftInAnyLanguageAndAnOverlongOneIsRefused() throws Exception {
        send(post(TOPIC).contentType("application/x-www-form-urlencoded")
                .content("action=submit&version=3&note=" + java.net.URLEncoder.encode(TYPED, StandardCharsets.UTF_8)))
                .andExpect(redirectedUrl(TOPIC + "?submit"));
        verify(drafts).submit("en", "symptoms", 3L, "ana", TYPED);
        // A draft still being written: the page offers "Send for review" and its note box.
        when(drafts.open("en", "symptoms")).thenReturn(Optional.of(new Drafts.Editing(SYMPTOMS, published,
                TopicDraft.Status.DRAFT, 3L, Set.of("ana"), "ana", null, null)));
        String tooLong = "x".repeat(TopicEditorController.MAX_COMMENT + 1);
        Document refused = page(send(post(TOPIC).param("action", "submit").param("version", "3")
                .param("note", tooLong)).andExpect(status().isBadRequest()));
        assertThat(refused.select(".error-summary").text()).contains("longer than 2,000 characters");
        assertThat(refused.select("textarea[name=note]").first().text()).as("the note kept").isEqualTo(tooLong);
        verify(drafts, never()).submit(anyString(), anyString(), any(), anyString(), eq("x".repeat(2001)));
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void submitAndDiscardActOnTheVersionShown() throws Exception {
        send(post(TOPIC).param("action", "submit").param("version", "3").param("text", published))
                .andExpect(redirectedUrl(TOPIC + "?submit"));
        verify(drafts).submit("en", "symptoms", 3L, "ana", null);
        send(post(TOPIC).param("action", "discard").param("version", "3").param("text", published))
                .andExpect(redirectedUrl(TOPIC + "?discard"));
        verify(drafts).discard("en", "symptoms", 3L, "ana");
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void approveSendBackAndReconfirmAreTheReviewersCalls() throws Exception {
        send(post(TOPIC + "/review").param("decision", "approve").param("version", "3").param("comment", TYPED))
                .andExpect(redirectedUrl(TOPIC + "?published"));
        verify(drafts).approve(eq("en"), eq("symptoms"), eq(3L), eq("ben"), isNull(), eq(TYPED));
        send(post(TOPIC + "/review").param("decision", "return").param("version", "3").param("comment", "Cite it."))
                .andExpect(redirectedUrl(TOPIC + "?returned"));
        verify(drafts).sendBack("en", "symptoms", 3L, "ben", "Cite it.");
        send(post(TOPIC + "/reconfirm").param("comment", "Still right."))
                .andExpect(redirectedUrl(TOPIC + "?reconfirmed"));
        verify(drafts).reconfirm(eq("en"), eq("symptoms"), eq("ben"), isNull(), eq("Still right."));
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void restoreMakesTheVersionTheDraft() throws Exception {
        send(post(TOPIC + "/restore").param("revision", "1")).andExpect(redirectedUrl(TOPIC + "?restored"));
        verify(drafts).restore("en", "symptoms", 1, "ana");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aButtonThePageDoesNotHaveDoesNothingAndKeepsTheText() throws Exception {
        Document page = page(send(post(TOPIC).param("action", "publish-now").param("text", TYPED))
                .andExpect(status().isBadRequest()));
        assertThat(page.selectFirst("textarea#text").wholeText()).isEqualTo(TYPED);
        assertThat(page.select(".error-summary").text()).contains("could not be understood");
        verify(drafts, never()).save(anyString(), anyString(), anyString(), any(), anyString());
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void aVersionThatIsNoNumberIsNonsenseAndWhatWasTypedStays() throws Exception {
        Document save = page(send(post(TOPIC).param("action", "save").param("text", TYPED).param("version", "3x"))
                .andExpect(status().isBadRequest()));
        assertThat(save.select(".error-summary").text()).contains("could not be understood");
        assertThat(save.selectFirst("textarea#text").wholeText()).isEqualTo(TYPED);
        Document review = page(send(post(TOPIC + "/review").param("decision", "approve").param("version", "3x")
                .param("comment", TYPED)).andExpect(status().isBadRequest()));
        assertThat(review.selectFirst("textarea#comment").wholeText()).isEqualTo(TYPED);
        send(post(TOPIC).param("action", "submit").param("version", "3x").param("text", TYPED))
                .andExpect(status().isBadRequest());
        verify(drafts, never()).save(anyString(), anyString(), anyString(), any(), anyString());
        verify(drafts, never()).approve(anyString(), anyString(), any(), anyString(), any(), anyString());
        verify(drafts, never()).submit(anyString(), anyString(), any(), anyString(), any());
    }

    // --- refusals, conflicts and invalid drafts: status and page ----------------------------------------

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aDraftWithProblemsIsShownAgainWithEachProblemLinkedToTheTextAndNothingIsSaved() throws Exception {
        when(drafts.problems("en", "symptoms", TYPED)).thenReturn(List.of(
                new DefaultMessageSourceResolvable(new String[] {"editor.problem.title"}, new Object[] {201, 200}),
                new DefaultMessageSourceResolvable(null, null, "en/symptoms.md:3: a problem written already")));
        Document page = page(send(post(TOPIC).param("action", "save").param("text", TYPED).param("version", "3"))
                .andExpect(status().isBadRequest()));
        assertThat(page.select(".error-summary li a")).extracting(a -> a.attr("href")).containsOnly("#text");
        assertThat(page.select(".error-summary li").text()).contains("The title has 201 characters: the most is 200.")
                .contains("a problem written already");
        assertThat(page.select("#text-error").text()).contains("The title has 201 characters");
        assertThat(page.selectFirst("textarea#text").wholeText()).isEqualTo(TYPED);
        assertThat(page.selectFirst("textarea#text").attr("aria-describedby")).isEqualTo("text-hint text-error");
        verify(drafts, never()).save(anyString(), anyString(), anyString(), any(), anyString());
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aTextOverTheLimitIsRefusedWithItsLengthBeforeItIsParsed() throws Exception {
        String text = "é".repeat(TopicEditorController.MAX_TEXT + 1);
        Document page = page(send(post(TOPIC).param("action", "save").param("text", text))
                .andExpect(status().isBadRequest()));
        assertThat(page.select(".error-summary li").text())
                .contains("The text has 50,001 characters: the most a topic can have is 50,000.");
        assertThat(page.selectFirst("textarea#text").wholeText()).isEqualTo(text);
        verify(drafts, never()).problems(anyString(), anyString(), anyString());
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void aCommentOverTheLimitIsRefusedBesideTheBoxAndKept() throws Exception {
        String comment = "ñ".repeat(TopicEditorController.MAX_COMMENT + 1);
        Document page = page(send(post(TOPIC + "/review").param("decision", "return").param("version", "3")
                .param("comment", comment)).andExpect(status().isBadRequest()));
        assertThat(page.select("#comment-error").text()).contains("longer than 2,000 characters");
        assertThat(page.select(".error-summary li a").attr("href")).isEqualTo("#comment");
        assertThat(page.selectFirst("textarea#comment").wholeText()).isEqualTo(comment);
        verify(drafts, never()).sendBack(anyString(), anyString(), any(), anyString(), anyString());
    }

    @Test
    @WithMockUser(username = "ana", roles = "REVIEWER")
    void approvingOnesOwnDraftIsA403WithTheReasonAndTheCommentKept() throws Exception {
        doThrow(new Drafts.Refused("editor.refused.ownDraft", true)).when(drafts)
                .approve(anyString(), anyString(), any(), anyString(), any(), anyString());
        Document page = page(send(post(TOPIC + "/review").param("decision", "approve").param("version", "3")
                .param("comment", TYPED)).andExpect(status().isForbidden()).andExpect(view().name("editor/edit")));
        assertThat(page.select(".error-summary").text()).contains("you cannot approve it");
        assertThat(page.selectFirst("textarea#comment").wholeText()).isEqualTo(TYPED);
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aRefusalOfTheDraftsStateIsA409AndTheTypedTextStays() throws Exception {
        doThrow(new Drafts.Refused("editor.refused.noDraft")).when(drafts).submit(anyString(), anyString(), any(),
                anyString(), any());
        Document page = page(send(post(TOPIC).param("action", "submit").param("version", "3").param("text", TYPED))
                .andExpect(status().isConflict()));
        assertThat(page.select(".error-summary").text()).contains("There is no draft to do that with.");
        assertThat(page.selectFirst("textarea#text").wholeText()).isEqualTo(TYPED);
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aSaveThatLostTheRaceShowsBothTextsWithTheEditorsOwnInTheForm() throws Exception {
        doThrow(new Drafts.Conflict(), new CannotAcquireLockException("row locked")).when(drafts)
                .save(anyString(), anyString(), anyString(), any(), anyString());
        for (int i = 0; i < 2; i++) {
            Document page = page(send(post(TOPIC).param("action", "save").param("text", TYPED).param("version", "2"))
                    .andExpect(status().isConflict()).andExpect(view().name("editor/conflict"))
                    .andExpect(model().attribute("currentVersion", 3L)));
            assertThat(page.selectFirst("textarea#text").wholeText()).isEqualTo(TYPED);
            assertThat(page.select("pre.their-text").text()).contains("What to look for.");
        }
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void aReviewOfADraftThatChangedMeanwhileIsA409WithTheCommentKept() throws Exception {
        doThrow(new Drafts.Conflict()).when(drafts).approve(anyString(), anyString(), any(), anyString(), any(),
                anyString());
        Document page = page(send(post(TOPIC + "/review").param("decision", "approve").param("version", "2")
                .param("comment", TYPED)).andExpect(status().isConflict()).andExpect(view().name("editor/edit")));
        assertThat(page.select(".error-summary").text()).contains("Someone changed the draft");
        assertThat(page.selectFirst("textarea#comment").wholeText()).isEqualTo(TYPED);
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void aDraftTheDatabaseWouldRefuseIsA400AtApprovalWithItsProblemsOnTheText() throws Exception {
        doThrow(new Drafts.Invalid(List.of(new DefaultMessageSourceResolvable(new String[] {"editor.problem.title"},
                new Object[] {201, 200})))).when(drafts).approve(anyString(), anyString(), any(), anyString(), any(),
                anyString());
        Document page = page(send(post(TOPIC + "/review").param("decision", "approve").param("version", "3")
                .param("comment", "Looks right.")).andExpect(status().isBadRequest()));
        assertThat(page.select(".error-summary li").text()).contains("The title has 201 characters");
        assertThat(page.selectFirst("textarea#comment").wholeText()).isEqualTo("Looks right.");
    }

    // --- roles: method security ----------------------------------------------------------------------

    /** Fails if @ReviewersOnly (its @PreAuthorize) is taken off approve, send back or reconfirm. */
    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void anAuthorIsRefusedEveryReviewersActionBeforeAnyServiceIsCalled() throws Exception {
        for (var request : List.of(
                post(TOPIC + "/review").param("decision", "approve").param("version", "3").param("comment", TYPED),
                post(TOPIC + "/review").param("decision", "return").param("version", "3").param("comment", TYPED),
                post(TOPIC + "/reconfirm").param("comment", TYPED))) {
            Document page = page(send(request).andExpect(status().isForbidden())
                    .andExpect(view().name("editor/forbidden")));
            assertThat(page.select(".error-summary").text()).startsWith("Only a reviewer can do this");
            assertThat(page.selectFirst("textarea#typed-comment").wholeText()).as("what was typed").isEqualTo(TYPED);
        }
        verifyNoInteractions(drafts);
    }

    @Test
    void nobodySignedInGetsNoPage() throws Exception {
        for (var request : List.of(get(TOPIC), post(TOPIC).with(csrf()).param("action", "save").param("text", TYPED))) {
            mvc.perform(request).andExpect(result -> assertThat(result.getResponse().getStatus()).as("to sign-in")
                    .isIn(302, 401));
        }
        verifyNoInteractions(drafts);
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aPostWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(TOPIC).param("action", "save").param("text", TYPED)).andExpect(status().isForbidden());
        verifyNoInteractions(drafts);
    }
}
