package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.editor.EditorClient;
import org.lumbarguide.editor.EditorFixture;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The editor's layout in Chromium: no editor table is wider than its container, and no page wider than the window,
 * at 1280 and 1024 px (the widths a clinician's desktop has); the signed-out sign-in page has the editor's footer.
 * With {@code -Dedlayout.shots=/some/folder} it also saves full-page screenshots of the dashboard, edit, review
 * and history pages at 1280 and 375 px there, for a person to look at (not a check).
 */
@SiteIntegrationTest
class EditorLayoutBrowserIT extends BrowserTest {

    /** Each editor page with a table, as an account holding every role sees it. */
    static final List<String> TABLE_PAGES = List.of("/editor", EditorPages.TOPIC + "/history", "/editor/users",
            "/editor/audit", "/editor/feedback", "/editor/proposals");
    /** Every table's width against its container's, and the page's against the window's (CSS px). */
    static final String OVERFLOW = """
            const problems = [];
            for (const table of document.querySelectorAll('table')) {
              const box = table.parentElement;
              if (table.scrollWidth > box.clientWidth + 1) {
                problems.push('table "' + (table.caption ? table.caption.textContent.trim() : '?') + '" is '
                  + table.scrollWidth + ' px wide in a container of ' + box.clientWidth + ' px');
              }
            }
            const page = document.documentElement;
            if (page.scrollWidth > page.clientWidth + 1) {
              problems.push('the page is ' + page.scrollWidth + ' px wide in a window of ' + page.clientWidth + ' px');
            }
            return problems;
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final EditorFixture editors = EditorPages.fixture();

    @BeforeEach
    void aTopicWithHistoryAndADraftAwaitingReview() {
        EditorPages.withHistoryAndADraftAwaitingReview(editors);
        // A reader's comment with a long word, so the feedback table has a row that could push it wide.
        jdbc.update("insert into reader_feedback (topic_key, language, helpful, comment, created_on) values "
                + "(?, 'en', false, ?, current_date)", EditorPages.KEY, "The part about the brace was hard to follow "
                + "(https://example.org/a-very-long-address-without-any-breaks-in-it-at-all-whatsoever).");
    }

    /** The fixture puts the topic back afterwards. */
    @AfterEach
    void putBack() {
        jdbc.update("delete from reader_feedback where topic_key = ? and comment like 'The part about the brace%'",
                EditorPages.KEY);
        Browser.resetViewport(browser);
    }

    /**
     * The structured form's live preview (static/js/editor-form.js): what is typed in a section appears in the page
     * beside the form without pressing a button; the preview sits beside the form at 1280 px and below it at 375 px.
     */
    @Test
    void theLivePreviewShowsWhatIsTypedBesideTheFormOnAWideScreenAndBelowItOnANarrowOne() {
        String base = signIn();
        Browser.viewport(browser, 1280, 900, 1, false);
        browser.get(base + "/editor/topics/en/overview");
        WebElement text = browser.findElement(By.id("sections[0].body"));
        WebElement preview = browser.findElement(By.id("preview-column"));
        assertThat(preview.getRect().getX()).as("beside the form").isGreaterThan(text.getRect().getX() + 200);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("preview-column")).getText()
                .contains("Your lumbar spine is your lower back."));
        text.sendKeys(" Zanzibar marmalade helps nobody.");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("preview-column")).getText()
                .contains("Zanzibar marmalade helps nobody."));

        Browser.viewport(browser, 375, 800, 1, true);
        browser.get(base + "/editor/topics/en/overview");
        WebElement narrowText = browser.findElement(By.id("sections[0].body"));
        WebElement narrowPreview = browser.findElement(By.id("preview-column"));
        assertThat(narrowPreview.getRect().getY()).as("below the form").isGreaterThan(narrowText.getRect().getY());
    }

    /** Signs in as the account with every role; returns the site's address. */
    private String signIn() {
        String base = "http://localhost:" + port;
        browser.manage().deleteAllCookies();
        browser.get(base + "/editor/sign-in");
        browser.findElement(By.id("username")).sendKeys(EditorPages.CHIEF);
        browser.findElement(By.id("password")).sendKeys(EditorClient.PASSWORD);
        browser.findElement(By.cssSelector("form.editor-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/editor"));
        return base;
    }

    @Test
    void noEditorTableIsWiderThanItsContainerAt1280And1024Px() throws IOException {
        String base = "http://localhost:" + port;
        browser.manage().deleteAllCookies();
        browser.get(base + "/editor/sign-in");
        assertThat(browser.findElement(By.tagName("footer")).getText()).contains("Not signed in");
        assertThat(browser.findElements(By.cssSelector("footer form"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".footer-emergency"))).isEmpty();
        browser.findElement(By.id("username")).sendKeys(EditorPages.CHIEF);
        browser.findElement(By.id("password")).sendKeys(EditorClient.PASSWORD);
        browser.findElement(By.cssSelector("form.editor-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/editor"));

        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 1024}) {
            Browser.viewport(browser, width, 900, 1, false);
            for (String path : TABLE_PAGES) {
                browser.get(base + path);
                assertThat(browser.getCurrentUrl()).as(path + " signed in").endsWith(path);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.executeScript(OVERFLOW);
                found.forEach(problem -> problems.add(path + " at " + width + " px: " + problem));
            }
        }
        assertThat(problems).isEmpty();

        String shots = System.getProperty("edlayout.shots");
        if (shots != null && !shots.isBlank()) {
            screenshots(base, Path.of(shots));
        }
    }

    /** Screenshots of the pages a clinician uses most: the window made as tall as the page (at most 2400 px). */
    private static void screenshots(String base, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String[]> pages = List.of(new String[] {"dashboard", "/editor"},
                new String[] {"edit", "/editor/topics/en/overview"},
                new String[] {"review", EditorPages.TOPIC + "/review"},
                new String[] {"history", EditorPages.TOPIC + "/history"});
        for (int width : new int[] {1280, 375}) {
            for (String[] page : pages) {
                Browser.viewport(browser, width, 900, 1, width < 600);
                browser.get(base + page[1]);
                long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
                Browser.viewport(browser, width, (int) Math.min(height, 2400), 1, width < 600);
                byte[] png = browser.getScreenshotAs(OutputType.BYTES);
                Files.write(folder.resolve(page[0] + "-" + width + ".png"), png);
            }
        }
    }
}
