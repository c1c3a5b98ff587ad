package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Changing one's own password: every role may; the service's verdict (the current password, PasswordRules,
 * the confirmation) is shown beside each field; a wrong current password counts against the sign-in throttle.
 */
@EditorWebTest
class AccountControllerTests {

    static final String PAGE = "/editor/account/password";
    static final String NEW = "plum orchard lantern 42";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void anAuthor() {
        EditorUser ana = new EditorUser("ana", "Ana", null, null, "{noop}x", EnumSet.of(Role.AUTHOR), Instant.EPOCH);
        ReflectionTestUtils.setField(ana, "id", 7L);
        when(accounts.byUsername("ana")).thenReturn(Optional.of(ana));
    }

    private ResultActions change(String current, String chosen, String confirmation) throws Exception {
        return mvc.perform(post(PAGE).with(user("ana").roles("AUTHOR")).with(csrf()).param("currentPassword", current)
                .param("newPassword", chosen).param("confirmPassword", confirmation));
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void anyRoleSeesTheForm() throws Exception {
        for (String role : new String[] {"AUTHOR", "REVIEWER", "ADMIN"}) {
            mvc.perform(get(PAGE).with(user("ana").roles(role))).andExpect(status().isOk());
        }
    }

    @Test
    void aGoodChangeKeepsThisSessionAndIsAudited() throws Exception {
        when(accounts.changePassword("ana", "correct horse battery", NEW, NEW))
                .thenReturn(new Accounts.PasswordChanged(2));
        change("correct horse battery", NEW, NEW).andExpect(redirectedUrl(PAGE));
        verify(audit).record("ana", AuditLog.Action.PASSWORD_CHANGED, "ana", null);
    }

    @Test
    void eachProblemIsShownBesideItsFieldAndAWrongCurrentPasswordIsCounted() throws Exception {
        when(accounts.changePassword("ana", "wrong", "ab3ab3ab3ab3", "ab3ab3ab3ab4")).thenThrow(new Accounts.ChangeRefused(
                EnumSet.of(Accounts.ChangeProblem.CURRENT_WRONG, Accounts.ChangeProblem.NEW_WEAK,
                        Accounts.ChangeProblem.NEW_SAME, Accounts.ChangeProblem.CONFIRM_DIFFERENT)));
        Document page = page(change("wrong", "ab3ab3ab3ab3", "ab3ab3ab3ab4").andExpect(status().isBadRequest()));
        assertThat(page.select("#currentPassword-error").text()).isEqualTo("That is not your current password.");
        assertThat(page.select("#newPassword-error").text()).as("one message a field").startsWith("This password is too easy");
        assertThat(page.select("#confirmPassword-error").text()).contains("not the same");
        assertThat(page.select(".error-summary li a")).extracting(a -> a.attr("href"))
                .containsExactly("#currentPassword", "#newPassword", "#confirmPassword");
        assertThat(page.select("input[type=password]")).allSatisfy(input -> assertThat(input.attr("value")).isEmpty());
        verify(throttle).failed(anyString(), anyString());
    }

    @Test
    void aThrottledAccountIsTold429AndNothingIsTried() throws Exception {
        when(throttle.blocked(anyString(), anyString())).thenReturn(true);
        Document page = page(change("guess", NEW, NEW).andExpect(status().isTooManyRequests()));
        assertThat(page.select("#currentPassword-error").text()).contains("Too many wrong passwords");
        verify(accounts, never()).changePassword(any(), any(), any(), any());
    }

    @Test
    void nobodySignedInGetsNoForm() throws Exception {
        MockHttpServletRequestBuilder anonymous = get(PAGE);
        mvc.perform(anonymous).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
    }
}
