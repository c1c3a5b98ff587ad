package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.format.ContentFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A reviewer's clinical role is shown to readers in the page's language: an account holds one in English and one
 * in Spanish, an administrator sets both (on the new-account form, or later on the account's own page), and a
 * review of a Spanish page is signed with the Spanish one, never the English one.
 */
@EditorWebTest
class ClinicalRolesTests {

    static final String TYPED = "José Müller – ñ ü ¿";
    static final String ENGLISH = "consultant clinical oncologist";
    static final String SPANISH = "oncólogo clínico especialista";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Drafts drafts;

    @Autowired
    AuditLog audit;

    EditorUser ben;

    /** ben reviews in both languages; a submitted draft of Symptoms waits in each. */
    @BeforeEach
    void aReviewerWithBothRoles() {
        ben = new EditorUser("ben", "Ben", ENGLISH, SPANISH, "{noop}x", EnumSet.of(Role.REVIEWER), Instant.EPOCH);
        ReflectionTestUtils.setField(ben, "id", 7L);
        when(accounts.byUsername("ben")).thenReturn(Optional.of(ben));
        when(accounts.byId(7)).thenReturn(Optional.of(ben));
        when(accounts.all()).thenReturn(List.of(ben));
        when(drafts.open("en", "symptoms")).thenReturn(Optional.of(new Drafts.Editing(TopicEditorControllerTests.SYMPTOMS,
                ContentFiles.write(TopicEditorControllerTests.SYMPTOMS), TopicDraft.Status.SUBMITTED, 3L, Set.of("ana"),
                "ana", "ana", null)));
        when(drafts.open("es", "symptoms")).thenReturn(Optional.of(new Drafts.Editing(SpanishDraftsControllerTests.SINTOMAS,
                ContentFiles.write(SpanishDraftsControllerTests.SINTOMAS), TopicDraft.Status.SUBMITTED, 4L, Set.of("ana"),
                "ana", "ana", null)));
    }

    private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()));
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    /** A form as a browser posts it: UTF-8, and no charset in its Content-Type. */
    private static MockHttpServletRequestBuilder form(String path, String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body.toString());
    }

    // --- signing a review -------------------------------------------------------------------------------

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void aSpanishPageIsSignedWithTheSpanishRoleAndAnEnglishOneWithTheEnglish() throws Exception {
        send(post("/editor/topics/es/symptoms/review").param("decision", "approve").param("version", "4"))
                .andExpect(redirectedUrl("/editor/topics/es/symptoms?published"));
        verify(drafts).approve(eq("es"), eq("symptoms"), eq(4L), eq("ben"), eq(SPANISH), anyString());
        send(post("/editor/topics/es/symptoms/reconfirm").param("comment", "Sigue bien."))
                .andExpect(redirectedUrl("/editor/topics/es/symptoms?reconfirmed"));
        verify(drafts).reconfirm("es", "symptoms", "ben", SPANISH, "Sigue bien.");
        send(post("/editor/topics/en/symptoms/review").param("decision", "approve").param("version", "3"))
                .andExpect(redirectedUrl("/editor/topics/en/symptoms?published"));
        verify(drafts).approve(eq("en"), eq("symptoms"), eq(3L), eq("ben"), eq(ENGLISH), anyString());
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void aReviewerWithNoSpanishRoleIsToldSoAndTheCommentIsKept() throws Exception {
        ReflectionTestUtils.setField(ben, "clinicalRoleEs", null);
        doThrow(new Drafts.Refused("editor.refused.noClinicalRoleEs")).when(drafts)
                .approve(eq("es"), anyString(), any(), anyString(), isNull(), anyString());
        Document page = page(send(form("/editor/topics/es/symptoms/review", "decision", "approve", "version", "4",
                "comment", TYPED)).andExpect(status().isConflict()));
        assertThat(page.select(".error-summary").text()).contains("no clinical role in Spanish")
                .contains("Ask an administrator");
        assertThat(page.selectFirst("textarea#comment").wholeText()).isEqualTo(TYPED);
        verify(drafts).approve(eq("es"), eq("symptoms"), eq(4L), eq("ben"), isNull(), eq(TYPED));
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void aReviewerWithNoRoleInThePagesLanguageIsToldBesideTheButtonsBeforePressingOne() throws Exception {
        ReflectionTestUtils.setField(ben, "clinicalRoleEs", " ");
        for (String path : List.of("/editor/topics/es/symptoms", "/editor/topics/es/symptoms/review")) {
            Document page = page(mvc.perform(get(path)).andExpect(status().isOk()));
            assertThat(page.select(".review-box .notice").text()).as(path)
                    .contains("no clinical role in Spanish").contains("Ask an administrator");
        }
        Document english = page(mvc.perform(get("/editor/topics/en/symptoms/review")).andExpect(status().isOk()));
        assertThat(english.select("button[value=approve]")).hasSize(1);
        assertThat(english.select(".review-box .notice")).as("ben has an English role").isEmpty();
    }

    // --- an administrator sets the roles ----------------------------------------------------------------

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void theAccountsPageShowsEachRoleInItsColumnMarkedWithItsLanguage() throws Exception {
        ReflectionTestUtils.setField(ben, "clinicalRoleEs", null);
        Document page = page(mvc.perform(get("/editor/users")).andExpect(status().isOk()));
        assertThat(page.select("td span[lang=en]").text()).isEqualTo(ENGLISH);
        assertThat(page.select("td span[lang=es]")).as("no Spanish role yet").isEmpty();
        assertThat(page.select("td[data-label='Clinical role (Spanish)']").text()).isEqualTo("none");
        assertThat(page.select("a[href='/editor/users/7/clinical-roles']").text())
                .isEqualTo("Change the clinical roles of ben");
        assertThat(page.select("input#clinicalRoleEs[lang=es]")).as("the new-account form asks for it").hasSize(1);
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void theAccountsOwnPageShowsBothRolesReadyToChange() throws Exception {
        Document page = page(mvc.perform(get("/editor/users/7/clinical-roles")).andExpect(status().isOk()));
        assertThat(page.select("h1").text()).isEqualTo("Clinical roles of ben");
        assertThat(page.select("input#clinicalRole").attr("value")).isEqualTo(ENGLISH);
        assertThat(page.select("input#clinicalRoleEs").attr("value")).isEqualTo(SPANISH);
        assertThat(page.select("label[for=clinicalRoleEs]").text()).contains("Spanish pages");
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void rolesPostedWithoutACharsetAreSavedWithEveryLetterAndAudited() throws Exception {
        when(accounts.setClinicalRoles(eq("boss"), eq(7L), any())).thenReturn("ben");
        send(form("/editor/users/7/clinical-roles", "clinicalRole", " clinical nurse specialist ", "clinicalRoleEs",
                "enfermera – " + TYPED))
                .andExpect(redirectedUrl("/editor/users")).andExpect(flash().attribute("clinicalRolesSaved", "ben"));
        Accounts.ClinicalRoles saved = new Accounts.ClinicalRoles("clinical nurse specialist", "enfermera – " + TYPED);
        verify(accounts).setClinicalRoles("boss", 7L, saved);
        verify(audit).record("boss", AuditLog.Action.CLINICAL_ROLES_CHANGED, "ben",
                "en: clinical nurse specialist; es: enfermera – " + TYPED);
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void aRoleOnePastItsLimitIsShownBesideItsBoxWithBothKept() throws Exception {
        String tooLong = "ñ".repeat(Accounts.MAX_CLINICAL_ROLE + 1);
        Document page = page(send(form("/editor/users/7/clinical-roles", "clinicalRole", TYPED, "clinicalRoleEs",
                tooLong)).andExpect(status().isBadRequest()).andExpect(view().name("editor/clinical-roles")));
        assertThat(page.select("#clinicalRoleEs-error").text()).contains("200");
        assertThat(page.select("#clinicalRole-error")).isEmpty();
        assertThat(page.select(".error-summary li a")).extracting(a -> a.attr("href")).containsExactly("#clinicalRoleEs");
        assertThat(page.select("input#clinicalRole").attr("value")).isEqualTo(TYPED);
        assertThat(page.select("input#clinicalRoleEs").attr("value")).isEqualTo(tooLong);
        verify(accounts, never()).setClinicalRoles(anyString(), anyLong(), any());

        String longest = "ñ".repeat(Accounts.MAX_CLINICAL_ROLE);
        when(accounts.setClinicalRoles(eq("boss"), eq(7L), any())).thenReturn("ben");
        send(form("/editor/users/7/clinical-roles", "clinicalRole", "", "clinicalRoleEs", longest))
                .andExpect(redirectedUrl("/editor/users"));
        verify(accounts).setClinicalRoles("boss", 7L, new Accounts.ClinicalRoles(null, longest));
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void aSpanishRoleOnePastItsLimitOnTheNewAccountFormIsShownBesideItsBox() throws Exception {
        Document page = page(send(form("/editor/users", "username", "jose", "displayName", TYPED, "clinicalRole",
                ENGLISH, "clinicalRoleEs", "r".repeat(Accounts.MAX_CLINICAL_ROLE + 1), "password",
                "plum orchard lantern 42", "roles", "REVIEWER")).andExpect(status().isBadRequest()));
        assertThat(page.select("#clinicalRoleEs-error").text()).contains("200");
        assertThat(page.select("input#clinicalRole").attr("value")).isEqualTo(ENGLISH);
        assertThat(page.select("input#displayName").attr("value")).isEqualTo(TYPED);
        verify(accounts, never()).create(any());
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void anUnknownAccountIs404() throws Exception {
        mvc.perform(get("/editor/users/99/clinical-roles")).andExpect(status().isNotFound());
        when(accounts.setClinicalRoles(eq("boss"), eq(99L), any()))
                .thenThrow(new Accounts.Refused(Accounts.Refused.Reason.UNKNOWN));
        send(post("/editor/users/99/clinical-roles").param("clinicalRole", ENGLISH)).andExpect(status().isNotFound());
        verify(audit, never()).record(any(), eq(AuditLog.Action.CLINICAL_ROLES_CHANGED), any(), any());
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void onlyAnAdministratorMaySetThem() throws Exception {
        mvc.perform(get("/editor/users/7/clinical-roles")).andExpect(status().isForbidden());
        send(post("/editor/users/7/clinical-roles").param("clinicalRoleEs", SPANISH)).andExpect(status().isForbidden());
        verify(accounts, never()).setClinicalRoles(anyString(), anyLong(), any());
    }
}
