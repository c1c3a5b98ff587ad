package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicViews.RenderFailure;
import org.lumbarguide.editor.EditorViews.ReviewState;
import org.lumbarguide.editor.EditorViews.TopicRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The editor's home and sign-in page: the dashboard lists every topic the Dashboard service gives, in its
 * order, with its review state, draft, proposals and readers' answers, and puts text that cannot be rendered
 * above the table; nobody signed in gets neither (the full app sends them to its own sign-in page:
 * EditorSecurityIT).
 */
@EditorWebTest
class EditorControllerTests {

    static final TopicRow SYMPTOMS = new TopicRow("symptoms", "en", "Symptoms", "symptoms",
            LocalDate.of(2026, 11, 25), null, null, null, ReviewState.NEVER_REVIEWED, 2, "SUBMITTED", 4, 1, 3);
    static final TopicRow TREATMENT = new TopicRow("treatment", "en", "Treatment", "treatment",
            LocalDate.of(2025, 1, 10), LocalDate.of(2026, 6, 1), "consultant clinical oncologist",
            LocalDate.of(2027, 6, 1), ReviewState.CURRENT, 0, null, 0, 0, 0);

    @Autowired
    MockMvc mvc;

    @Autowired
    Dashboard dashboard;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void twoTopics() {
        when(dashboard.topics()).thenReturn(List.of(SYMPTOMS, TREATMENT));
        when(dashboard.renderFailures(anyList())).thenReturn(List.of());
    }

    private ResultActions getPage(String path) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML));
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theDashboardListsEveryTopicInTheOrderGivenWithItsReviewAndDraft() throws Exception {
        Document page = page(getPage("/editor").andExpect(status().isOk()).andExpect(view().name("editor/dashboard"))
                .andExpect(model().attribute("topics", List.of(SYMPTOMS, TREATMENT))));
        assertThat(page.select("h1").text()).isEqualTo("Editor dashboard");
        assertThat(page.select("tbody tr th a")).extracting(a -> a.attr("href"))
                .containsExactly("/editor/topics/en/symptoms", "/editor/topics/en/treatment");
        Element symptoms = page.select("tbody tr").get(0);
        assertThat(symptoms.hasClass("needs-attention")).isTrue();
        assertThat(symptoms.select("td")).extracting(Element::text).containsExactly("English", "Needs a first review",
                "Not reviewed yet (written 25 Nov 2026)", "Now", "Waiting for review", "2", "4 / 1", "3");
        Element treatment = page.select("tbody tr").get(1);
        assertThat(treatment.hasClass("needs-attention")).isFalse();
        assertThat(treatment.select("td")).extracting(Element::text).containsExactly("English", "Reviewed",
                "1 Jun 2026, by a consultant clinical oncologist", "1 Jun 2027", "", "0", "0 / 0", "0");
        assertThat(page.select(".error-summary")).as("nothing that cannot be rendered").isEmpty();
        assertThat(page.select("nav.editor-nav button").text()).isEqualTo("Sign out (ana)");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void publishedTextThatCannotBeRenderedIsListedAboveTheTopics() throws Exception {
        when(dashboard.renderFailures(List.of(SYMPTOMS, TREATMENT))).thenReturn(List.of(
                new RenderFailure("en", "symptoms", "Symptoms", "CYCLE", "routing", "symptoms → routing", true)));
        Document page = page(getPage("/editor").andExpect(status().isOk()));
        Element failures = page.selectFirst(".error-summary[role=alert]");
        assertThat(failures).isNotNull();
        assertThat(failures.select("li a").attr("href")).isEqualTo("/editor/topics/en/symptoms");
        assertThat(failures.select("li").text()).contains("Symptoms (English): the shared block “routing” includes itself")
                .contains("Readers still see its last good version.");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theSignedInEditorsOwnAccountIsInTheModel() throws Exception {
        EditorUser ana = new EditorUser("ana", "Ana Lopez", null, null, "{noop}x", Set.of(Role.AUTHOR), Instant.EPOCH);
        when(accounts.byUsername("ana")).thenReturn(Optional.of(ana));
        getPage("/editor").andExpect(status().isOk()).andExpect(model().attribute("me", ana));
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theSignInPageHasTheForm() throws Exception {
        Document plain = page(getPage("/editor/sign-in").andExpect(status().isOk()).andExpect(view().name("editor/sign-in")));
        assertThat(plain.select("form[method=post][action=/editor/sign-in] input").eachAttr("name"))
                .contains("username", "password");
        assertThat(plain.select(".error-summary")).isEmpty();
        assertThat(plain.select("input#username").attr("value")).isEmpty();
    }

    /**
     * A refused sign-in is answered by the sign-in page itself (the failure handler forwards to it; the full app:
     * AccountsIT, SessionStoreIT): why, and the typed user name back in its box, never through a session.
     */
    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aRefusedSignInIsAnsweredByTheSignInPageWithWhyAndTheTypedName() throws Exception {
        String typed = "José Müller – ñ ü ¿";
        MvcResult wrong = mvc.perform(post(EditorSecurityConfig.SIGN_IN_REFUSED).with(csrf()).accept(MediaType.TEXT_HTML)
                        .requestAttr(EditorSecurityConfig.REFUSED, new EditorSecurityConfig.Refused(false, typed)))
                .andExpect(status().isUnauthorized()).andExpect(view().name("editor/sign-in")).andReturn();
        Document page = Jsoup.parse(wrong.getResponse().getContentAsString());
        assertThat(page.select(".error-summary").text())
                .isEqualTo("The user name or password is not right. Please try again.");
        assertThat(page.select("form[method=post][action=/editor/sign-in] input#username").attr("value"))
                .isEqualTo(typed);
        assertThat(page.select("input#password").attr("value")).isEmpty();

        Document throttled = Jsoup.parse(mvc.perform(post(EditorSecurityConfig.SIGN_IN_REFUSED).with(csrf())
                        .requestAttr(EditorSecurityConfig.REFUSED, new EditorSecurityConfig.Refused(true, "ana")))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString());
        assertThat(throttled.select(".error-summary").text())
                .isEqualTo("Too many failed sign-ins. Please wait 15 minutes, then try again.");
        assertThat(throttled.select("input#username").attr("value")).isEqualTo("ana");

        mvc.perform(post(EditorSecurityConfig.SIGN_IN_REFUSED).with(csrf()).param("username", typed))
                .andExpect(status().isNotFound());
        getPage(EditorSecurityConfig.SIGN_IN_REFUSED).andExpect(status().isNotFound());
    }

    @Test
    void nobodySignedInGetsNoDashboard() throws Exception {
        getPage("/editor").andExpect(result -> assertThat(result.getResponse().getStatus()).as("to sign-in")
                .isIn(302, 401));
        verifyNoInteractions(dashboard, accounts);
    }
}
