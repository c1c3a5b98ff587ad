package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;


import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The editor's pages, signed in, pass the same axe-core and Nu checks as the public pages. */
@SiteIntegrationTest
class EditorPagesAccessibilityIT extends BrowserTest {

    static final String USER = "a11y-admin";
    static final String PASSWORD = "an accessible password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signedInEditorPagesHaveNoAxeViolationsAndValidHtml() {
        if (jdbc.queryForObject("select count(*) from editor_user where username = ?", Integer.class, USER) == 0) {
            jdbc.update("insert into editor_user (username, display_name, password_hash, created_at) values "
                    + "(?, 'Accessibility Admin', ?, current_timestamp)", USER,
                    "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
            jdbc.update("insert into editor_user_role (user_id, role) select id, 'ADMIN' from editor_user where "
                    + "username = ?", USER);
        }
        String base = "http://localhost:" + port;
        List<String> problems = new ArrayList<>();
        browser.manage().deleteAllCookies();
        browser.get(base + "/editor/sign-in");
        check("/editor/sign-in", problems);
        browser.findElement(By.id("username")).sendKeys(USER);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.editor-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/editor"));
        long id = jdbc.queryForObject("select id from editor_user where username = ?", Long.class, USER);
        for (String path : List.of("/editor", "/editor/users", "/editor/audit", "/editor/topics/en/overview",
                "/editor/topics/en/overview/history", "/editor/account/password",
                "/editor/users/" + id + "/clinical-roles")) {
            browser.get(base + path);
            assertThat(browser.getCurrentUrl()).as(path + " signed in").endsWith(path);
            check(path, problems);
        }
        // The edit page with its preview of every section.
        browser.get(base + "/editor/topics/en/overview");
        browser.findElement(By.cssSelector("button[value=preview]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector(".preview-page")).isEmpty());
        check("/editor/topics/en/overview (preview)", problems);
        // The account form shown again with its problems.
        browser.get(base + "/editor/users");
        browser.findElement(By.id("username")).sendKeys("x");
        browser.findElement(By.cssSelector("form.editor-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
        check("/editor/users (with problems)", problems);
        assertThat(problems).isEmpty();
    }

    private static void check(String path, List<String> problems) {
        problems.addAll(Axe.violations(browser, path));
        HtmlChecker.errors("<!DOCTYPE html>\n" + browser.findElement(By.tagName("html")).getAttribute("outerHTML"))
                .forEach(error -> problems.add(path + " Nu: " + error));
    }
}
