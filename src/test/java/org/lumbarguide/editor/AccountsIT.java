package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.LogCapture;
import org.lumbarguide.SiteIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts over real HTTP: sessions end with their account (issue 17 item 3), password rules, the
 * change-password page, an administrator's reset, and a throttle a stranger cannot use against the owner
 * (item 8). Each test signs in from an address of its own (203.0.113.170-199) and uses accounts of its own.
 */
@SiteIntegrationTest
class AccountsIT {

    static final String PASSWORD = EditorClient.PASSWORD;
    static final String NEW_PASSWORD = "plum orchard lantern 42";
    static final String TOPIC = "/editor/topics/en/prognosis";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void anAdministrator() {
        EditorClient.account(accounts, "acc-admin", Role.ADMIN);
    }

    private void account(String username, Role role) {
        EditorClient.account(accounts, username, role);
    }

    private EditorClient signedIn(String username, int address) {
        return signedIn(username, PASSWORD, address);
    }

    private EditorClient signedIn(String username, String password, int address) {
        return EditorClient.signedIn(port, username, password, "203.0.113." + address);
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from editor_user where username = ?", Long.class, username);
    }

    private int audited(String action, String actor) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and actor = ?", Integer.class,
                action, actor);
    }

    // --- item 3: sessions end with their account --------------------------------------------------

    @Test
    void disablingAnAccountEndsItsSessionAtOnceAndItCanSaveNoMoreDrafts() {
        account("acc-disabled", Role.AUTHOR);
        EditorClient author = signedIn("acc-disabled", 170);
        assertThat(author.get("/editor").statusCode()).isEqualTo(200);
        Map<String, String> save = author.withToken(TOPIC, EditorClient.draft("save", "anything", null));

        EditorClient admin = signedIn("acc-admin", 171);
        HttpResponse<String> disabled = admin.submit("/editor/users",
                "/editor/users/" + id("acc-disabled") + "/enabled", Map.of("enabled", "false"));
        assertThat(disabled.statusCode()).isEqualTo(302);

        HttpResponse<String> saved = author.post(TOPIC, save);
        try {
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(EditorClient.location(saved)).endsWith("/editor/sign-in?ended");
            assertThat(audited("DRAFT_SAVED", "acc-disabled")).isZero();
            assertThat(author.get("/editor").statusCode()).isEqualTo(302);
            assertThat(author.get("/editor/sign-in?ended").body()).contains("Your session has ended");
        } finally {
            jdbc.update("delete from topic_draft where topic_key = 'prognosis' and updated_by = 'acc-disabled'");
        }
    }

    @Test
    void aChangeMadeOnAnotherInstanceEndsTheSessionHereToo() {
        account("acc-elsewhere", Role.AUTHOR);
        account("acc-stamped", Role.AUTHOR);
        EditorClient disabledElsewhere = signedIn("acc-elsewhere", 172);
        EditorClient stampedElsewhere = signedIn("acc-stamped", 173);
        // Another instance shares only the database: these are the writes it makes.
        jdbc.update("update editor_user set enabled = false where username = 'acc-elsewhere'");
        jdbc.update("update editor_user set session_stamp = session_stamp + 1 where username = 'acc-stamped'");
        assertThat(EditorClient.location(disabledElsewhere.get("/editor"))).endsWith("/editor/sign-in?ended");
        assertThat(EditorClient.location(stampedElsewhere.get("/editor"))).endsWith("/editor/sign-in?ended");
    }

    @Test
    void changingRolesEndsTheSessionsAndTheNewRolesApplyAtTheNextSignIn() {
        account("acc-promoted", Role.AUTHOR);
        EditorClient author = signedIn("acc-promoted", 174);
        EditorClient admin = signedIn("acc-admin", 175);
        HttpResponse<String> changed = admin.submit("/editor/users", "/editor/users/" + id("acc-promoted") + "/roles",
                Map.of("roles", "REVIEWER"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForList("select role from editor_user_role where user_id = ?", String.class,
                id("acc-promoted"))).containsExactly("REVIEWER");
        assertThat(EditorClient.location(author.get("/editor"))).endsWith("/editor/sign-in?ended");
        assertThat(audited("USER_ROLES_CHANGED", "acc-admin")).isPositive();
    }

    @Test
    void anAdministratorCannotChangeItsOwnAccount() {
        account("acc-self", Role.ADMIN);
        EditorClient admin = signedIn("acc-self", 176);
        HttpResponse<String> disable = admin.submit("/editor/users", "/editor/users/" + id("acc-self") + "/enabled",
                Map.of("enabled", "false"));
        assertThat(disable.statusCode()).isEqualTo(409);
        assertThat(disable.body()).contains("You cannot change your own account");
        HttpResponse<String> roles = admin.submit("/editor/users", "/editor/users/" + id("acc-self") + "/roles",
                Map.of("roles", "AUTHOR"));
        assertThat(roles.statusCode()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select enabled from editor_user where username = 'acc-self'", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForList("select role from editor_user_role where user_id = ?", String.class,
                id("acc-self"))).containsExactly("ADMIN");
        assertThat(admin.get("/editor/users").statusCode()).isEqualTo(200);
    }

    @Test
    void disablingAnUnknownAccountIsA404AndWritesNoAuditEntry() {
        EditorClient admin = signedIn("acc-admin", 177);
        int before = jdbc.queryForObject("select count(*) from audit_event where action in "
                + "('USER_DISABLED', 'USER_ENABLED')", Integer.class);
        HttpResponse<String> response = admin.submit("/editor/users", "/editor/users/987654321/enabled",
                Map.of("enabled", "false"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("There is no such account");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action in "
                + "('USER_DISABLED', 'USER_ENABLED')", Integer.class)).isEqualTo(before);
    }

    // --- item 8: passwords ------------------------------------------------------------------------

    @Test
    void weakPasswordsAreRefusedWithAClearMessageAndTheRestOfTheFormIsKept() {
        EditorClient admin = signedIn("acc-admin", 178);
        for (String weak : List.of("aaaaaaaaaaaa", "            ", "ab3ab3ab3ab3", "password1234")) {
            HttpResponse<String> response = admin.submit("/editor/users", "/editor/users", Map.of("username",
                    "acc-weak", "displayName", "Weak Password", "clinicalRole", "nurse specialist", "password", weak,
                    "roles", "AUTHOR"));
            assertThat(response.statusCode()).as(weak).isEqualTo(400);
            assertThat(response.body()).as(weak).contains("too easy to guess")
                    .contains("value=\"acc-weak\"").contains("value=\"Weak Password\"")
                    .contains("value=\"nurse specialist\"").doesNotContain("value=\"" + weak + "\"");
            assertThat(Jsoup.parse(response.body()).select("#password-error").text()).as(weak)
                    .contains("too easy to guess");
            assertThat(accounts.exists("acc-weak")).as(weak).isFalse();
        }
    }

    @Test
    void aClinicalRoleLongerThanTheColumnIsAFormErrorWithTheFormKept() {
        EditorClient admin = signedIn("acc-admin", 193);
        String role = "r".repeat(201);
        HttpResponse<String> response = admin.submit("/editor/users", "/editor/users", Map.of("username", "acc-role",
                "displayName", "Long Role", "clinicalRole", role, "password", NEW_PASSWORD, "roles", "AUTHOR"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("#clinicalRole-error").text()).contains("200");
        assertThat(response.body()).contains("value=\"" + role + "\"");
        assertThat(accounts.exists("acc-role")).isFalse();

        HttpResponse<String> fits = admin.submit("/editor/users", "/editor/users", Map.of("username", "acc-role",
                "displayName", "Long Role", "clinicalRole", "r".repeat(200), "password", NEW_PASSWORD, "roles", "AUTHOR"));
        assertThat(fits.statusCode()).isEqualTo(302);
        assertThat(accounts.exists("acc-role")).isTrue();
    }

    @Test
    void aHugeRolesIndexIsA400NotA500() {
        EditorClient admin = signedIn("acc-admin", 194);
        HttpResponse<String> response = admin.submit("/editor/users", "/editor/users", Map.of("username", "acc-index",
                "displayName", "Index", "password", NEW_PASSWORD, "roles[100000]", "AUTHOR"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(accounts.exists("acc-index")).isFalse();
    }

    @Test
    void aPasswordLongerThanBcryptTakesIsAFormErrorNotA500() {
        EditorClient admin = signedIn("acc-admin", 190);
        String tooLong = "plum orchard lantern walnut harbour meadow copper violin saddle thunder pebble";
        HttpResponse<String> response = admin.submit("/editor/users", "/editor/users", Map.of("username", "acc-long",
                "displayName", "Long Password", "password", tooLong, "roles", "AUTHOR"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("#password-error").text()).contains("at most 72");
        assertThat(accounts.exists("acc-long")).isFalse();
    }

    @Test
    void theChangePasswordPageNeedsTheCurrentPasswordRenewsTheSessionAndEndsTheOthers() {
        account("acc-changer", Role.AUTHOR);
        EditorClient other = signedIn("acc-changer", 179);
        EditorClient client = signedIn("acc-changer", 180);
        assertThat(client.get("/editor").body()).contains("href=\"/editor/account/password\"");
        assertThat(client.get("/editor/account/password").statusCode()).isEqualTo(200);

        HttpResponse<String> wrong = client.submit("/editor/account/password", "/editor/account/password",
                Map.of("currentPassword", "not my password", "newPassword", NEW_PASSWORD,
                        "confirmPassword", NEW_PASSWORD));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrong.body()).select("#currentPassword-error").text())
                .contains("not your current password");
        HttpResponse<String> weak = client.submit("/editor/account/password", "/editor/account/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "ab3ab3ab3ab3", "confirmPassword", "ab3ab3ab3ab3"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(weak.body()).select("#newPassword-error").text()).contains("too easy to guess");

        String before = client.session().orElseThrow();
        HttpResponse<String> changed = client.submit("/editor/account/password", "/editor/account/password",
                Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(client.session().orElseThrow()).as("a new session id").isNotEqualTo(before);
        assertThat(client.get("/editor").statusCode()).as("this session goes on").isEqualTo(200);
        assertThat(EditorClient.location(other.get("/editor"))).as("the other session ends").endsWith("/editor/sign-in?ended");
        assertThat(new EditorClient(port, "203.0.113.181").signIn("acc-changer", PASSWORD).statusCode())
                .as("the old password is refused").isEqualTo(401);
        signedIn("acc-changer", NEW_PASSWORD, 182);
        assertThat(audited("PASSWORD_CHANGED", "acc-changer")).isPositive();
    }

    @Test
    void anAdministratorsResetMakesTheUserChooseANewPasswordAtTheNextSignIn() {
        account("acc-reset", Role.AUTHOR);
        EditorClient before = signedIn("acc-reset", 183);
        EditorClient admin = signedIn("acc-admin", 184);
        String page = "/editor/users/" + id("acc-reset") + "/password";
        HttpResponse<String> weak = admin.submit(page, page, Map.of("password", "aaaaaaaaaaaa"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("too easy to guess");
        HttpResponse<String> reset = admin.submit(page, page, Map.of("password", "temporary walnut 7781"));
        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(EditorClient.location(before.get("/editor"))).endsWith("/editor/sign-in?ended");
        assertThat(Jsoup.parse(admin.get("/editor/users").body()).select("tr:contains(acc-reset)").text())
                .as("the admin sees the reset is still open").contains("must choose a new password");

        EditorClient user = signedIn("acc-reset", "temporary walnut 7781", 185);
        assertThat(EditorClient.location(user.get("/editor"))).endsWith("/editor/account/password");
        assertThat(user.get("/editor/account/password").body()).contains("Choose a new password");
        HttpResponse<String> changed = user.submit("/editor/account/password", "/editor/account/password",
                Map.of("currentPassword", "temporary walnut 7781", "newPassword", NEW_PASSWORD,
                        "confirmPassword", NEW_PASSWORD));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(user.get("/editor").statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(admin.get("/editor/users").body()).select("tr:contains(acc-reset)").text())
                .doesNotContain("must choose a new password");
    }

    @Test
    void aStrangersFailuresFromOneAddressDoNotStopTheOwnerSigningInFromAnother() {
        account("acc-clinician", Role.REVIEWER);
        for (int i = 0; i < SignInThrottle.TRIES + 3; i++) {
            new EditorClient(port, "203.0.113.186").signIn("acc-clinician", "a stranger's guess " + i);
        }
        HttpResponse<String> stranger = new EditorClient(port, "203.0.113.186").signIn("acc-clinician", PASSWORD);
        assertThat(stranger.statusCode()).as("the stranger's address is throttled").isEqualTo(429);
        assertThat(Jsoup.parse(stranger.body()).select(".error-summary").text())
                .isEqualTo("Too many failed sign-ins. Please wait 15 minutes, then try again.");
        EditorClient owner = new EditorClient(port, "203.0.113.187");
        assertThat(EditorClient.location(owner.signIn("acc-clinician", PASSWORD))).endsWith("/editor");
        assertThat(owner.get("/editor").statusCode()).isEqualTo(200);
    }


    /**
     * The sign-in page answers a failed sign-in itself (401, no redirect), with the typed name back in its box: the
     * name never goes through a session, a log line or, for an account that does not exist, the audit log; the
     * password is never put back. The page's form works as it stands.
     */
    @Test
    void aFailedSignInShowsTheTypedNameAgainButNeverThePassword() {
        String typed = "José Müller – ñ ü ¿";
        EditorClient client = new EditorClient(port, "203.0.113.188");
        int unknownBefore = jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_IN_FAILED' "
                + "and actor is null and detail = 'unknown account'", Integer.class);
        try (LogCapture log = LogCapture.root()) {
            HttpResponse<String> unknown = client.signIn(typed, "a wrong password for this");
            assertThat(unknown.statusCode()).as("the form again, no redirect").isEqualTo(401);
            assertThat(unknown.headers().firstValue("WWW-Authenticate")).as("a 401 says how: the form")
                    .hasValue("Form realm=\"editor\"");
            assertThat(EditorClient.location(unknown)).isEmpty();
            Document page = Jsoup.parse(unknown.body());
            assertThat(page.select("input#username").attr("value")).isEqualTo(typed);
            assertThat(page.select("input#password").attr("value")).isEmpty();
            assertThat(unknown.body()).doesNotContain("a wrong password for this");
            assertThat(page.select(".error-summary").text())
                    .isEqualTo("The user name or password is not right. Please try again.");
            assertThat(client.session()).as("nothing kept in a session").isEmpty();

            HttpResponse<String> known = client.signIn("acc-admin", "a wrong password for this");
            assertThat(known.statusCode()).isEqualTo(401);
            assertThat(Jsoup.parse(known.body()).select("input#username").attr("value")).isEqualTo("acc-admin");

            assertThat(log.text()).doesNotContain(typed).doesNotContain("acc-admin")
                    .doesNotContain("a wrong password for this");
            assertThat(log.text().lines().filter(line -> line.contains("sign-in refused"))).as("one line each")
                    .hasSize(2);

            // The page's own form signs in: its CSRF token is good, and the name is in its box.
            Document again = Jsoup.parse(known.body());
            Map<String, String> fields = new LinkedHashMap<>();
            again.select("form[action=/editor/sign-in] input[name]").forEach(input -> fields.put(input.attr("name"),
                    input.attr("value")));
            fields.put("password", PASSWORD);
            assertThat(EditorClient.location(client.post("/editor/sign-in", fields))).endsWith("/editor");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_IN_FAILED' "
                + "and actor is null and detail = 'unknown account'", Integer.class)).isEqualTo(unknownBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor is null and (target like ? "
                + "or detail like ?)", Integer.class, "%Müller%", "%Müller%")).as("the typed name is not audited")
                .isZero();
        assertThat(audited("SIGN_IN_FAILED", "acc-admin")).isPositive();
        assertThat(Jsoup.parse(new EditorClient(port, "203.0.113.188").get("/editor/sign-in").body())
                .select("input#username").attr("value")).as("shown once").isEmpty();
    }

    @Test
    void nonsenseInTheAccountFormsIsA4xxNeverA500() {
        account("acc-target", Role.AUTHOR);
        EditorClient admin = signedIn("acc-admin", 189);
        String roles = "/editor/users/" + id("acc-target") + "/roles";
        LogCapture logs = LogCapture.root();
        try (logs) {
            assertThat(admin.submit("/editor/users", roles, Map.of("roles", "KING")).statusCode()).isEqualTo(400);
            assertThat(admin.submit("/editor/users", "/editor/users/" + id("acc-target") + "/enabled",
                    Map.of("enabled", "maybe")).statusCode()).isEqualTo(400);
        }
        assertThat(logs.text()).as("no typed value is logged").doesNotContain("KING").doesNotContain("maybe");
        HttpResponse<String> none = admin.submit("/editor/users", roles, Map.of());
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("Choose at least one thing this person can do");
        assertThat(admin.submit("/editor/users", "/editor/users/" + id("acc-target") + "/enabled",
                Map.of("enabled", "maybe")).statusCode()).isEqualTo(400);
        assertThat(admin.submit("/editor/users", "/editor/users/not-a-number/enabled", Map.of("enabled", "false"))
                .statusCode()).isEqualTo(400);
        assertThat(admin.get("/editor/users/987654321/password").statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForList("select role from editor_user_role where user_id = ?", String.class,
                id("acc-target"))).containsExactly("AUTHOR");
    }

    @Test
    void theNewPagesAndTheirErrorStatesAreValidHtml() {
        account("acc-html", Role.AUTHOR);
        EditorClient admin = signedIn("acc-admin", 191);
        String reset = "/editor/users/" + id("acc-html") + "/password";
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("reset", admin.get(reset).body());
        pages.put("reset with error", admin.submit(reset, reset, Map.of("password", "aaaaaaaaaaaa")).body());
        pages.put("password", admin.get("/editor/account/password").body());
        pages.put("password with errors", admin.submit("/editor/account/password", "/editor/account/password",
                Map.of("currentPassword", "wrong wrong wrong", "newPassword", "short", "confirmPassword", "x")).body());
        pages.put("users with a refusal", admin.submit("/editor/users", "/editor/users/987654321/enabled",
                Map.of("enabled", "false")).body());
        pages.put("users with field errors", admin.submit("/editor/users", "/editor/users", Map.of("username", "X",
                "displayName", "", "password", "ab3ab3ab3ab3")).body());
        pages.forEach((name, html) -> assertThat(org.lumbarguide.quality.HtmlChecker.errors(html)).as(name).isEmpty());
    }
}
