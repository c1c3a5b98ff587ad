package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.editor.EditorClient;
import org.lumbarguide.editor.EditorFixture;
import org.lumbarguide.editor.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review screen in a real browser, as the author and as the reviewer who approves on it, and the history's
 * word-level comparison afterwards: each passes axe-core (WCAG 2.2 AA) and the Nu checker, and approving works
 * with the page's own button.
 */
@SiteIntegrationTest
class ReviewScreenBrowserIT extends BrowserTest {

    static final String TOPIC = "/editor/topics/en/living-with";

    @RegisterExtension
    final EditorFixture editors = EditorFixture.forTopic("en", "living-with")
            .account("rsb-author", Role.AUTHOR).account("rsb-reviewer", Role.REVIEWER);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentWrites rows;

    /** A submitted draft by the author: a sentence added to the first section, its second section moved last. */
    private void submittedDraft(String author) {
        TopicItem original = editors.original();
        List<SectionItem> sections = new ArrayList<>(original.sections());
        SectionItem first = sections.get(0);
        sections.set(0, new SectionItem(first.anchor(), first.heading(), first.kind(),
                first.body() + "\n\nAsk your care team early.", first.origin(), first.bodyLine()));
        if (sections.size() > 2) {
            sections.add(sections.remove(1));
        }
        String text = ContentFiles.write(new TopicItem(original.language(), original.key(), original.slug(),
                original.title(), original.summary(), original.position(), original.sourceKeys(), original.written(),
                original.reviewed(), original.reviewerRole(), sections, original.origin()));
        // As the first save would have kept it: the released text as revision 1, so the history can compare.
        jdbc.update("insert into topic_revision (topic_key, language, revision_no, topic_text, kind, published_at) "
                + "values ('living-with', 'en', 1, ?, 'RELEASE', ?)", ContentFiles.write(original),
                Timestamp.from(Instant.now()));
        jdbc.update("insert into topic_draft (topic_key, language, topic_text, status, contributors, updated_by, "
                + "updated_at, submitted_by, version) values ('living-with', 'en', ?, 'SUBMITTED', ?, ?, ?, ?, 0)",
                text, author, author, Timestamp.from(Instant.now()), author);
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/editor/sign-in");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(EditorClient.PASSWORD);
        browser.findElement(By.cssSelector("form.editor-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/editor"));
    }

    private void open(String path, List<String> problems) {
        browser.get("http://localhost:" + port + path);
        assertThat(browser.getCurrentUrl()).endsWith(path);
        problems.addAll(Axe.violations(browser, path));
        HtmlChecker.errors("<!DOCTYPE html>\n" + browser.findElement(By.tagName("html")).getAttribute("outerHTML"))
                .forEach(error -> problems.add(path + " Nu: " + error));
    }

    @Test
    void theAuthorReadsTheChangesAndTheReviewerApprovesOnTheReviewPage() {
        submittedDraft("rsb-author");
        List<String> problems = new ArrayList<>();

        signIn("rsb-author");
        open(TOPIC + "/review", problems);
        assertThat(browser.findElements(By.cssSelector("button[name=decision]"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".section-text ins")).getText())
                .contains("Ask your care team early.");

        signIn("rsb-reviewer");
        open(TOPIC + "/review", problems);
        assertThat(browser.findElements(By.cssSelector(".change-tags .tag")).stream().map(e -> e.getText()).toList())
                .contains("Text changed").anyMatch(tag -> tag.startsWith("Moved:"));
        // A screen reader is told where the change starts and ends; on screen, those words are hidden.
        org.openqa.selenium.WebElement ins = browser.findElement(By.cssSelector(".section-text ins"));
        assertThat(browser.executeScript("return getComputedStyle(arguments[0], '::before').content", ins))
                .asString().containsAnyOf("[added:", "attr(data-start)");
        assertThat(browser.executeScript("return getComputedStyle(arguments[0], '::after').clipPath", ins))
                .isEqualTo("inset(100%)");
        assertThat(ins.getText()).isEqualTo("Ask your care team early.");
        assertThat(browser.findElement(By.cssSelector(".section-text ins")).getCssValue("text-decoration-line"))
                .isEqualTo("underline");
        assertThat(browser.findElement(By.cssSelector(".section-text ins")).getCssValue("font-weight"))
                .isEqualTo("700");

        browser.findElement(By.id("approve-comment")).sendKeys("Checked.");
        browser.findElement(By.cssSelector("button[value=approve]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("?published"));
        assertThat(rows.published("en", "living-with").orElseThrow().sections().get(0).body())
                .contains("Ask your care team early.");

        open(TOPIC + "/diff?from=1&to=2", problems);
        assertThat(browser.findElements(By.cssSelector(".diff-add ins")).stream().map(e -> e.getText()).toList())
                .anyMatch(added -> added.contains("Ask your care team early."));
        assertThat(problems).isEmpty();
    }
}
