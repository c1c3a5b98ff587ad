package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.lumbarguide.handout.HandoutClient.fields;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.LogCapture;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.handout.HandoutClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Editor sessions are rows in the database (Spring Session JDBC), so any instance that shares it can carry on a
 * sign-in. The rows are read here through a JdbcClient of the test's own, on its own connection, as another
 * instance would; Spring Session JDBC keeps no copy in the JVM (each request reads its session by the cookie),
 * which the test proves by taking the row away and putting it back. Public pages never make a row or a cookie.
 */
@SiteIntegrationTest
class SessionStoreIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    SessionStore sessionStore;

    @Autowired
    @Qualifier("sessionStoreOutageFilter")
    FilterRegistrationBean<?> outageFilter;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password}")
    String password;

    /** Not the application's pool or template: a connection of its own, as a second instance has. */
    JdbcClient database;

    @BeforeEach
    void setUp() {
        database = JdbcClient.create(new DriverManagerDataSource(url, user, password));
        EditorClient.account(accounts, "it-admin", Role.ADMIN);
    }

    @Test
    void aSignInIsARowThatTheCookieAloneBringsBack() throws Exception {
        EditorClient.account(accounts, "it-session-row", Role.AUTHOR);
        EditorClient client = new EditorClient(port);
        client.get("/editor/sign-in");
        assertThat(client.session()).as("the sign-in form needs no session (its CSRF token is a cookie)").isEmpty();

        assertThat(client.signIn("it-session-row", EditorClient.PASSWORD).statusCode()).isEqualTo(302);
        String after = sessionId(client);
        assertThat(rows(after)).as("signing in made one row").isOne();

        Map<String, Object> row = database.sql("select * from spring_session where session_id = ?").param(after)
                .query().singleRow();
        assertThat(row).containsEntry("PRINCIPAL_NAME", "it-session-row")
                .containsEntry("MAX_INACTIVE_INTERVAL", 60 * 60);
        byte[] stored = database.sql("select attribute_bytes from spring_session_attributes a join spring_session s "
                        + "on a.session_primary_id = s.primary_id where s.session_id = ? and a.attribute_name = ?")
                .params(after, "SPRING_SECURITY_CONTEXT").query(byte[].class).single();
        Accounts.EditorPrincipal principal = (Accounts.EditorPrincipal) ((SecurityContext) deserialize(stored))
                .getAuthentication().getPrincipal();
        assertThat(principal.getUsername()).isEqualTo("it-session-row");
        assertThat(principal.sessionStamp()).isEqualTo(accounts.sessionState(principal.id()).orElseThrow().getSessionStamp());
        assertThat(principal.getPassword()).as("the password hash is not kept in the session").isNull();

        // Nothing but the cookie: a client that never signed in, as a request arriving at another instance.
        String cookie = client.session().orElseThrow();
        assertThat(dashboard(cookie).statusCode()).isEqualTo(200);

        // Take the row away: the session is gone at once (no copy in memory); put it back: it is whole again.
        Map<String, Object> whole = database.sql("select * from spring_session where session_id = ?").param(after)
                .query().singleRow();
        List<Map<String, Object>> attributes = database.sql("select * from spring_session_attributes "
                + "where session_primary_id = ?").param(whole.get("PRIMARY_ID")).query().listOfRows();
        database.sql("delete from spring_session where session_id = ?").param(after).update();
        assertThat(dashboard(cookie).statusCode()).as("signed out without its row").isEqualTo(302);
        insert("spring_session", whole);
        attributes.forEach(attribute -> insert("spring_session_attributes", attribute));
        HttpResponse<String> restored = dashboard(cookie);
        assertThat(restored.statusCode()).as("the row alone restores the session").isEqualTo(200);
        assertThat(restored.body()).contains("action=\"/editor/sign-out\"");
    }

    /** As after an upgrade that changed a class the session holds: the editor signs in again, with no error page. */
    @Test
    void aSessionThisVersionCannotReadCountsAsSignedOut() {
        EditorClient.account(accounts, "it-session-unreadable", Role.AUTHOR);
        EditorClient client = EditorClient.signedIn(port, "it-session-unreadable");
        String id = sessionId(client);
        assertThat(database.sql("update spring_session_attributes set attribute_bytes = ? where attribute_name = ? "
                        + "and session_primary_id = (select primary_id from spring_session where session_id = ?)")
                .params(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 's', 'r', 0, 1, 'X'}, "SPRING_SECURITY_CONTEXT", id)
                .update()).isOne();
        HttpResponse<String> next = client.get("/editor");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/editor/sign-in");
        assertThat(client.signIn("it-session-unreadable", EditorClient.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(client.get("/editor").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutRemovesTheRow() {
        EditorClient.account(accounts, "it-session-out", Role.AUTHOR);
        EditorClient client = EditorClient.signedIn(port, "it-session-out");
        String id = sessionId(client);
        assertThat(rows(id)).isOne();
        HttpResponse<String> signOut = client.submit("/editor", "/editor/sign-out", Map.of());
        assertThat(signOut.headers().firstValue("Location").orElseThrow()).endsWith("/editor/sign-in?signedOut");
        assertThat(rows(id)).isZero();
        assertThat(database.sql("select count(*) from spring_session where principal_name = 'it-session-out'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void stoppingAnAccountEndsItsStoredSessionAndRemovesTheRow() {
        EditorClient.account(accounts, "it-session-stopped", Role.AUTHOR);
        EditorClient client = EditorClient.signedIn(port, "it-session-stopped");
        String id = sessionId(client);
        long account = accounts.byUsername("it-session-stopped").orElseThrow().getId();
        accounts.setEnabled("it-admin", account, false);
        try {
            HttpResponse<String> next = client.get("/editor");
            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith(AccountSessionFilter.ENDED);
            assertThat(rows(id)).isZero();
        } finally {
            accounts.setEnabled("it-admin", account, true);
        }
    }

    @Test
    void changingThePasswordEndsTheAccountsOtherStoredSessionsAndKeepsThisOne() {
        EditorClient.account(accounts, "it-session-password", Role.AUTHOR);
        EditorClient here = EditorClient.signedIn(port, "it-session-password");
        EditorClient elsewhere = EditorClient.signedIn(port, "it-session-password");
        String elsewhereId = sessionId(elsewhere);
        HttpResponse<String> changed = here.submit(AccountSessionFilter.CHANGE_PASSWORD,
                AccountSessionFilter.CHANGE_PASSWORD, Map.of("currentPassword", EditorClient.PASSWORD,
                        "newPassword", "plum kettle orbit saddle", "confirmPassword", "plum kettle orbit saddle"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(here.get("/editor").statusCode()).isEqualTo(200);
        assertThat(rows(sessionId(here))).isOne();

        HttpResponse<String> other = elsewhere.get("/editor");
        assertThat(other.headers().firstValue("Location").orElseThrow()).endsWith(AccountSessionFilter.ENDED);
        assertThat(rows(elsewhereId)).isZero();
    }

    @Test
    void publicPagesAndTheHandoutBuilderWriteNoSessionAndSetNoSessionCookie() {
        int before = database.sql("select count(*) from spring_session").query(Integer.class).single();
        Http http = new Http(port);
        for (String path : List.of("/", "/topics", "/topics/symptoms", "/glossary", "/handouts")) {
            HttpResponse<String> page = http.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID="));
        }
        String patient = "José Müller – ñ ü ¿";
        HandoutClient handouts = HandoutClient.newClinic(port);
        assertThat(handouts.get("/handouts").headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("JSESSIONID="));
        HttpResponse<byte[]> print = handouts.post(fields("topic", "symptoms", "patientName", patient,
                "note", "Call " + patient, "qr", "false", "output", "print"));
        assertThat(print.statusCode()).isEqualTo(200);
        assertThat(new String(print.body(), StandardCharsets.UTF_8)).contains(patient);
        assertThat(print.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));

        assertThat(database.sql("select count(*) from spring_session").query(Integer.class).single())
                .as("no session row").isEqualTo(before);
        byte[] name = patient.getBytes(StandardCharsets.UTF_8);
        assertThat(database.sql("select attribute_bytes from spring_session_attributes").query(byte[].class).list())
                .as("no stored session holds what was typed for a patient")
                .noneMatch(bytes -> indexOf(bytes, name) >= 0);
    }

    /**
     * Someone who is not signed in (a crawler, an attacker in a loop, an editor who has not signed in yet) writes
     * nothing to the database: the sign-in form's CSRF token and the page to return to after signing in travel
     * in cookies, and a failed sign-in shows the typed name again in the page it answers with, not through the
     * session. Only a successful sign-in creates a session row.
     */
    @Test
    void visitorsWhoAreNotSignedInWriteNoSessionRow() {
        int before = database.sql("select count(*) from spring_session").query(Integer.class).single();
        EditorClient visitor = new EditorClient(port);
        for (String path : List.of("/editor", "/editor/sign-in", "/editor/topics/en/symptoms", "/editor/sign-in?error")) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isIn(200, 302);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID="));
        }
        HttpResponse<String> form = visitor.get("/editor/sign-in");
        assertThat(form.body()).as("the form still carries a CSRF token").contains("name=\"_csrf\"");

        // A failed sign-in, from an address of its own (the throttle's counts are shared by every IT).
        String typed = "José Müller – ñ ü ¿";
        EditorClient stranger = new EditorClient(port, "198.51.100.61");
        HttpResponse<String> failed = stranger.signIn(typed, "not the password");
        assertThat(failed.statusCode()).as("the form again, no redirect").isEqualTo(401);
        assertThat(Jsoup.parse(failed.body()).select("input#username").attr("value")).isEqualTo(typed);
        assertThat(failed.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
        assertThat(stranger.session()).isEmpty();

        assertThat(database.sql("select count(*) from spring_session").query(Integer.class).single())
                .as("no session row for visitors").isEqualTo(before);
        byte[] name = typed.getBytes(StandardCharsets.UTF_8);
        assertThat(database.sql("select attribute_bytes from spring_session_attributes").query(byte[].class).list())
                .as("no stored session holds the typed name").noneMatch(bytes -> indexOf(bytes, name) >= 0);
    }

    /**
     * When the database does not answer, Spring Session's filter fails to read (or save) the session before any
     * controller runs; the filter in front of it gives the editor the 503 page with their text, as a controller's
     * own failure does. (Here the chain fails as a real outage makes it fail: no connection for the transaction.)
     */
    @Test
    void whenTheSessionStoreIsAwayTheEditorGetsTheirTextBackWithA503() throws Exception {
        jakarta.servlet.Filter filter = outageFilter.getFilter();
        MockHttpServletRequest save = new MockHttpServletRequest("POST", "/editor/topics/en/symptoms");
        save.addParameter("text", "José Müller – ñ ü ¿ wrote this.");
        save.addParameter("action", "save");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(save, response, (request, ignored) -> {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo("The database is not available just now");
        assertThat(page.selectFirst("textarea#typed").wholeText()).isEqualTo("José Müller – ñ ü ¿ wrote this.");

        MockHttpServletResponse other = new MockHttpServletResponse();
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/editor"), other,
                (request, ignored) -> {
                    throw new IllegalStateException("not the database");
                })).as("any other failure goes on as before").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void expiredSessionsAreDeletedAndLiveOnesKept() {
        long now = System.currentTimeMillis();
        String expired = UUID.randomUUID().toString();
        String live = UUID.randomUUID().toString();
        for (String id : List.of(expired, live)) {
            database.sql("insert into spring_session (primary_id, session_id, creation_time, last_access_time, "
                            + "max_inactive_interval, expiry_time) values (?, ?, ?, ?, 3600, ?)")
                    .params(id, id, now, now, id.equals(live) ? now + 3_600_000 : now - 1).update();
        }
        sessionStore.deleteExpired();
        assertThat(rows(expired)).isZero();
        assertThat(rows(live)).isOne();
        database.sql("delete from spring_session where session_id = ?").param(live).update();
    }

    @Test
    void whileTheDatabaseIsAwayTheCleanUpLogsOneLineNotAStackTraceAMinute() {
        JdbcIndexedSessionRepository away = mock(JdbcIndexedSessionRepository.class);
        doThrow(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"))
                .doThrow(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"))
                .doNothing().when(away).cleanUpExpiredSessions();
        SessionStore store = new SessionStore(away);
        try (LogCapture log = LogCapture.root()) {
            store.deleteExpired();
            store.deleteExpired();
            store.deleteExpired();
            assertThat(log.text().lines().filter(line -> line.contains("SessionStore")))
                    .containsExactly("WARN org.lumbarguide.editor.SessionStore - Cannot delete expired editor sessions: "
                                    + "the database does not answer (CannotCreateTransactionException). Trying again every minute.",
                            "INFO org.lumbarguide.editor.SessionStore - The database answers again; expired editor "
                                    + "sessions are deleted again.");
            assertThat(log.text()).doesNotContain("\tat ");
        }
    }

    /** The session id the cookie names (Spring Session writes it Base64-encoded). */
    private static String sessionId(EditorClient client) {
        return new String(Base64.getDecoder().decode(client.session().orElseThrow()), StandardCharsets.US_ASCII);
    }

    private int rows(String sessionId) {
        return database.sql("select count(*) from spring_session where session_id = ?").param(sessionId)
                .query(Integer.class).single();
    }

    private HttpResponse<String> dashboard(String cookie) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/editor"))
                .header("Cookie", "JSESSIONID=" + cookie).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void insert(String table, Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
        database.sql("insert into " + table + " (" + columns + ") values (" + marks + ")")
                .params(List.copyOf(row.values())).update();
    }

    private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
