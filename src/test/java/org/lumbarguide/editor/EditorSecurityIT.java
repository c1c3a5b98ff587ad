package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sign-in, roles, CSRF, throttling, the session cookie and the audit log, over real HTTP. */
@SiteIntegrationTest
class EditorSecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The context, and so the sign-in throttle, is shared by every IT: each test that fails sign-ins does so
     * from an address of its own, so no count it leaves stops another test signing in.
     */
    @BeforeEach
    void accounts() {
        account("it-admin", Role.ADMIN);
        account("it-author", Role.AUTHOR);
        account("it-reviewer", Role.REVIEWER);
    }

    private void account(String username, Role role) {
        EditorClient.account(accounts, username, role);
    }

    private EditorClient signedIn(String username) {
        return EditorClient.signedIn(port, username);
    }

    @Test
    void everyEditorPageSendsAnAnonymousVisitorToSignIn() {
        EditorClient anonymous = new EditorClient(port);
        for (String path : List.of("/editor", "/editor/users", "/editor/audit", "/editor/anything")) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/editor/sign-in");
        }
        assertThat(anonymous.get("/editor/sign-in").body()).contains("Sign in for editors").contains("name=\"_csrf\"");
    }

    @Test
    void theWrongRoleIsRefusedAndTheRightOneLetIn() {
        EditorClient author = signedIn("it-author");
        assertThat(author.get("/editor").statusCode()).isEqualTo(200);
        HttpResponse<String> users = author.get("/editor/users");
        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(users.body()).contains("Only an administrator can manage accounts");
        assertThat(author.get("/editor/audit").statusCode()).isEqualTo(403);
        EditorClient admin = signedIn("it-admin");
        assertThat(admin.get("/editor/users").statusCode()).isEqualTo(200);
    }

    @Test
    void aPostWithoutItsCsrfTokenIsRefused() {
        EditorClient admin = signedIn("it-admin");
        HttpResponse<String> response = admin.post("/editor/users", Map.of("username", "no-token", "displayName", "X",
                "password", "a long enough password", "roles", "AUTHOR"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(accounts.exists("no-token")).isFalse();
        assertThat(new EditorClient(port).post("/editor/sign-in", Map.of("username", "it-admin", "password", EditorClient.PASSWORD))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void noDefaultCredentialsWork() {
        List<List<String>> guesses = List.of(List.of("admin", "admin"), List.of("admin", "password"),
                List.of("admin", "changeme"), List.of("user", "password"), List.of("editor", "editor"));
        for (int i = 0; i < guesses.size(); i++) {
            List<String> guess = guesses.get(i);
            HttpResponse<String> response = new EditorClient(port, "192.0.2." + (101 + i)).signIn(guess.get(0),
                    guess.get(1));
            assertThat(response.statusCode()).as(guess.toString()).isEqualTo(401);
            assertThat(response.body()).as(guess.toString()).contains("The user name or password is not right");
        }
    }

    @Test
    void failedSignInsFromOneClientAreThrottledForThatAccountEvenWithTheRightPassword() {
        for (int i = 0; i < SignInThrottle.TRIES; i++) {
            assertThat(new EditorClient(port, "192.0.2.110").signIn("it-reviewer", "wrong password " + i)
                    .statusCode()).isEqualTo(401);
        }
        EditorClient client = new EditorClient(port, "192.0.2.110");
        HttpResponse<String> refused = client.signIn("it-reviewer", EditorClient.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many failed sign-ins");
        assertThat(client.get("/editor").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_IN_THROTTLED' "
                + "and actor = 'it-reviewer'", Integer.class)).isPositive();
    }

    @Test
    void signingInGivesANewHttpOnlySameSiteSessionCookieScopedToTheEditor() {
        EditorClient client = new EditorClient(port);
        // An attacker who fixed the victim's session cookie before sign-in gains nothing: sign-in never adopts it.
        HttpCookie planted = new HttpCookie("JSESSIONID", "planted-by-an-attacker");
        planted.setPath("/editor");
        client.cookieStore().add(java.net.URI.create("http://localhost:" + port + "/editor"), planted);
        HttpResponse<String> form = client.get("/editor/sign-in");
        assertThat(form.headers().allValues("Set-Cookie")).as("the form's CSRF token is the editor's own cookie")
                .anySatisfy(cookie -> assertThat(cookie).contains("EDITOR-XSRF-TOKEN=").contains("Path=/editor")
                        .contains("HttpOnly").contains("SameSite=Strict"))
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        HttpResponse<String> signIn = client.submit("/editor/sign-in", "/editor/sign-in",
                Map.of("username", "it-admin", "password", EditorClient.PASSWORD));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .contains("JSESSIONID=").contains("Path=/editor").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(signIn.headers().allValues("Set-Cookie")).as("session fixation protection: a new id, not the planted one")
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement().asString()
                .doesNotStartWith("JSESSIONID=planted-by-an-attacker;");
        client.cookieStore().remove(java.net.URI.create("http://localhost:" + port + "/editor"), planted);
        assertThat(client.get("/editor").statusCode()).isEqualTo(200);

        HttpResponse<String> signOut = client.submit("/editor", "/editor/sign-out", Map.of());
        assertThat(signOut.headers().firstValue("Location").orElseThrow()).endsWith("/editor/sign-in?signedOut");
        assertThat(client.get("/editor").statusCode()).isEqualTo(302);
    }

    @Test
    void publicPagesStaySessionlessAndCookieFree() {
        Http http = new Http(port);
        for (String path : List.of("/", "/topics/symptoms", "/glossary", "/topics")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void signInsFailuresAndAccountChangesAreAudited() {
        signedIn("it-admin");
        new EditorClient(port, "192.0.2.111").signIn("nobody-such", "a wrong password");
        EditorClient admin = signedIn("it-admin");
        HttpResponse<String> created = admin.submit("/editor/users", "/editor/users", Map.of("username", "it-new-author",
                "displayName", "New Author", "clinicalRole", "", "password", "long enough password", "roles", "AUTHOR"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(accounts.exists("it-new-author")).isTrue();

        List<Map<String, Object>> events = jdbc.queryForList("select actor, action, target, detail from audit_event");
        assertThat(events).anySatisfy(e -> assertThat(e).containsEntry("ACTOR", "it-admin").containsEntry("ACTION", "SIGN_IN"))
                .anySatisfy(e -> assertThat(e).containsEntry("ACTION", "SIGN_IN_FAILED").containsEntry("ACTOR", null)
                        .containsEntry("DETAIL", "unknown account"))
                .anySatisfy(e -> assertThat(e).containsEntry("ACTOR", "it-admin").containsEntry("ACTION", "USER_CREATED")
                        .containsEntry("TARGET", "it-new-author"));
        assertThat(events).noneSatisfy(e -> assertThat(String.valueOf(e)).contains("nobody-such"));
        assertThat(admin.get("/editor/audit").body()).contains("USER_CREATED").contains("it-new-author");
    }

    @Test
    void aShortPasswordIsRefusedWithAClearMessage() {
        EditorClient admin = signedIn("it-admin");
        HttpResponse<String> response = admin.submit("/editor/users", "/editor/users", Map.of("username", "it-short",
                "displayName", "Short", "password", "short", "roles", "AUTHOR"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("at least 12 characters").doesNotContain("value=\"short\"");
        assertThat(accounts.exists("it-short")).isFalse();
    }

    @Test
    void theDashboardListsEveryTopicWithItsTruthfulReviewState() {
        String page = signedIn("it-author").get("/editor").body();
        List<String> titles = jdbc.queryForList("select title from topic where language = 'en'", String.class);
        assertThat(titles).isNotEmpty().allSatisfy(title -> assertThat(page).contains(
                org.springframework.web.util.HtmlUtils.htmlEscape(title)));
        assertThat(page).contains("Needs a first review").doesNotContain("Review overdue");
    }
}
