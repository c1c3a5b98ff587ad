package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The accounts pages' web layer: the new-account form bound and checked field by field (its own rules by Bean
 * Validation, a taken name and a weak password by the service), each shown beside its field and in the error
 * summary with nothing typed lost but the password; only an administrator gets any of it.
 */
@EditorWebTest
@WithMockUser(username = "boss", roles = "ADMIN")
class UserAdminControllerTests {

    static final String NAME = "José Müller – ñ ü ¿";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    EditorUser ana;

    @BeforeEach
    void oneAccount() {
        ana = new EditorUser("ana", "Ana", null, null, "{noop}x", EnumSet.of(Role.AUTHOR), Instant.EPOCH);
        ReflectionTestUtils.setField(ana, "id", 7L);
        when(accounts.all()).thenReturn(List.of(ana));
        when(accounts.byId(7)).thenReturn(Optional.of(ana));
    }

    private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()));
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    private static MockHttpServletRequestBuilder newAccount(String username, String displayName, String password,
                                                            String... roles) {
        return post("/editor/users").param("username", username).param("displayName", displayName)
                .param("clinicalRole", "clinical nurse specialist").param("clinicalRoleEs", "enfermera clínica especialista")
                .param("password", password).param("roles", roles);
    }

    @Test
    void aGoodNewAccountIsCreatedAndAudited() throws Exception {
        EditorUser created = new EditorUser("jose", NAME, "clinical nurse specialist", "enfermera clínica especialista",
                "{noop}x", EnumSet.of(Role.AUTHOR), Instant.EPOCH);
        when(accounts.create(any())).thenReturn(created);
        send(newAccount(" Jose ", NAME, "plum orchard lantern 42", "AUTHOR")).andExpect(redirectedUrl("/editor/users"));
        verify(accounts).create(new Accounts.NewAccount("jose", NAME, "clinical nurse specialist",
                "enfermera clínica especialista", "plum orchard lantern 42",
                Set.of(Role.AUTHOR)));
        verify(audit).record("boss", AuditLog.Action.USER_CREATED, "jose", "roles [AUTHOR]");
    }

    @Test
    void eachBrokenRuleIsShownBesideItsFieldAndInTheSummaryAndTheFormIsKeptButThePassword() throws Exception {
        Document page = page(send(newAccount("X Y", " ", "short")).andExpect(status().isBadRequest())
                .andExpect(view().name("editor/users")));
        assertThat(page.select(".error-summary li a")).extracting(a -> a.attr("href"))
                .containsExactlyInAnyOrder("#username", "#displayName", "#roles");
        assertThat(page.select("#username-error").text()).contains("lower-case letters");
        assertThat(page.select("#displayName-error").text()).isEqualTo("Give the person's name.");
        assertThat(page.select("#roles-error").text()).isEqualTo("Choose at least one thing this person can do.");
        assertThat(page.select("input#username").attr("value")).isEqualTo("x y");
        assertThat(page.select("input#clinicalRole").attr("value")).isEqualTo("clinical nurse specialist");
        assertThat(page.select("input#clinicalRoleEs").attr("value")).isEqualTo("enfermera clínica especialista");
        assertThat(page.select("input#password").attr("value")).isEmpty();
        assertThat(page.select("input#username").attr("aria-describedby")).isEqualTo("username-error");
        verify(accounts, never()).create(any());
    }

    @Test
    void theServicesRulesArePutBesideTheirFieldsToo() throws Exception {
        when(accounts.check(any())).thenReturn(EnumSet.of(Accounts.Problem.USERNAME_TAKEN,
                Accounts.Problem.PASSWORD_LENGTH));
        Document page = page(send(newAccount("ana", NAME, "short", "AUTHOR")).andExpect(status().isBadRequest()));
        assertThat(page.select("#username-error").text()).isEqualTo("That user name is already taken.");
        assertThat(page.select("#password-error").text()).isEqualTo("The password must be at least 12 characters long.");
        assertThat(page.select("input#displayName").attr("value")).as("every letter kept").isEqualTo(NAME);
        assertThat(page.select("input#role-AUTHOR").hasAttr("checked")).isTrue();
        assertThat(page.html()).doesNotContain("value=\"short\"");
        verify(accounts, never()).create(any());
    }

    @Test
    void aRoleThatIsNoRoleIsNonsenseWithTheFormKeptAndAHugeIndexIsIgnored() throws Exception {
        Document page = page(send(newAccount("jose", NAME, "plum orchard lantern 42", "KING"))
                .andExpect(status().isBadRequest()));
        assertThat(page.select(".error-summary").text()).contains("could not be understood");
        assertThat(page.select("input#displayName").attr("value")).isEqualTo(NAME);
        send(post("/editor/users").param("username", "jose").param("displayName", NAME)
                .param("password", "plum orchard lantern 42").param("roles[100000]", "AUTHOR"))
                .andExpect(status().isBadRequest());
        verify(accounts, never()).create(any());
    }

    @Test
    void twoAdministratorsAddingTheSameNameAtOnceIsA409WithTheFormKept() throws Exception {
        when(accounts.create(any())).thenThrow(new DataIntegrityViolationException("unique username"));
        Document page = page(send(newAccount("jose", NAME, "plum orchard lantern 42", "AUTHOR"))
                .andExpect(status().isConflict()).andExpect(view().name("editor/users")));
        assertThat(page.select(".error-summary").text()).contains("Another administrator changed the accounts");
        assertThat(page.select("input#displayName").attr("value")).isEqualTo(NAME);
        verify(audit, never()).record(any(), any(), any(), any());
    }

    @Test
    void allowingStoppingAndRolesAreTheirOwnCalls() throws Exception {
        when(accounts.setEnabled("boss", 7, false)).thenReturn("ana");
        when(accounts.setRoles("boss", 7, EnumSet.of(Role.AUTHOR, Role.REVIEWER))).thenReturn("ana");
        send(post("/editor/users/7/enabled").param("enabled", "false")).andExpect(redirectedUrl("/editor/users"));
        verify(audit).record("boss", AuditLog.Action.USER_DISABLED, "ana", null);
        send(post("/editor/users/7/roles").param("roles", "AUTHOR", "REVIEWER")).andExpect(redirectedUrl("/editor/users"));
        verify(audit).record(org.mockito.ArgumentMatchers.eq("boss"),
                org.mockito.ArgumentMatchers.eq(AuditLog.Action.USER_ROLES_CHANGED),
                org.mockito.ArgumentMatchers.eq("ana"), argThat(detail -> detail.contains("REVIEWER")));
    }

    @Test
    void aRefusedChangeShowsTheReasonWithItsStatus() throws Exception {
        when(accounts.setEnabled("boss", 7, false)).thenThrow(new Accounts.Refused(Accounts.Refused.Reason.LAST_ADMIN));
        when(accounts.setRoles("boss", 8, Set.of(Role.AUTHOR)))
                .thenThrow(new Accounts.Refused(Accounts.Refused.Reason.UNKNOWN));
        assertThat(page(send(post("/editor/users/7/enabled").param("enabled", "false"))
                .andExpect(status().isConflict())).select(".error-summary").text())
                .contains("the last administrator");
        assertThat(page(send(post("/editor/users/8/roles").param("roles", "AUTHOR"))
                .andExpect(status().isNotFound())).select(".error-summary").text()).contains("There is no such account");
    }

    @Test
    void nonsenseIsA400AndNoChange() throws Exception {
        send(post("/editor/users/7/enabled").param("enabled", "maybe")).andExpect(status().isBadRequest());
        send(post("/editor/users/not-a-number/enabled").param("enabled", "false")).andExpect(status().isBadRequest());
        Document page = page(send(post("/editor/users/7/roles").param("roles", "KING"))
                .andExpect(status().isBadRequest()));
        assertThat(page.select(".error-summary").text()).contains("could not be understood");
        verify(accounts, never()).setEnabled(anyString(), anyLong(), anyBoolean());
        verify(accounts, never()).setRoles(anyString(), anyLong(), any());
    }

    @Test
    void aWeakTemporaryPasswordIsShownBesideTheField() throws Exception {
        when(accounts.resetPassword("boss", 7, "aaaaaaaaaaaa")).thenReturn(Optional.of(Accounts.Problem.PASSWORD_WEAK));
        Document page = page(send(post("/editor/users/7/password").param("password", "aaaaaaaaaaaa"))
                .andExpect(status().isBadRequest()).andExpect(view().name("editor/reset-password")));
        assertThat(page.select("#password-error").text()).contains("too easy to guess");
        assertThat(page.select(".error-summary li a").attr("href")).isEqualTo("#password");
        verify(audit, never()).record(any(), any(), any(), any());
    }

    /** Fails if @AdministratorsOnly (its @PreAuthorize) is taken off the controller. */
    @Test
    @WithMockUser(username = "ana", roles = {"AUTHOR", "REVIEWER"})
    void nobodyButAnAdministratorSeesOrChangesAccounts() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/editor/users"), get("/editor/audit"),
                get("/editor/users/7/password"), newAccount("jose", NAME, "plum orchard lantern 42", "ADMIN"),
                post("/editor/users/7/enabled").param("enabled", "false"),
                post("/editor/users/7/roles").param("roles", "ADMIN"),
                post("/editor/users/7/password").param("password", "plum orchard lantern 42"))) {
            Document page = page(send(request).andExpect(status().isForbidden())
                    .andExpect(view().name("editor/forbidden")));
            assertThat(page.select(".error-summary").text()).isEqualTo(
                    "Only an administrator can manage accounts and read the audit log.");
        }
        verifyNoInteractions(accounts, audit);
    }
}
