package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every crawled page in real Chromium: axe-core WCAG 2.0/2.1/2.2 A and AA rules, no request to another
 * origin, no sideways scrolling at 320 px, no clipped text at 200 % zoom; and the skip link works
 * from the keyboard. One browser session and one crawl serve the whole class.
 * <p>
 * A page reached with different query values (the handout builder opened with one topic ticked, or with
 * the paper chosen) is one page in the browser: the same template with other boxes ticked. The browser
 * checks one of each path and set of parameter names; the HTTP checks ({@link PageQualityIT}) still read
 * every variant.
 */
@SiteIntegrationTest
class BrowserAccessibilityIT extends BrowserTest {

    /** The crawl's pages for the browser, once per class (the crawl is the same for every test). */
    private static List<String> crawled;
    private static final Pattern REQUEST_URL = Pattern.compile(
            "\"method\":\"Network\\.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    String base;
    List<String> pages;

    @BeforeEach
    void crawl() {
        base = "http://localhost:" + port;
        if (crawled == null) {
            Map<String, String> oneOfEach = new LinkedHashMap<>();
            SiteCrawler.crawl(new Http(port)).pages().stream()
                    .filter(p -> p.response().headers().firstValue("Content-Type").orElse("").startsWith("text/html"))
                    .map(SiteCrawler.Page::path)
                    .forEach(path -> oneOfEach.putIfAbsent(shape(path), path));
            crawled = List.copyOf(oneOfEach.values());
        }
        pages = crawled;
        assertThat(pages).contains("/", "/topics/symptoms", SiteCrawler.ERROR_SEEDS.get(0));
    }

    @AfterAll
    static void forgetTheCrawl() {
        crawled = null;
    }

    /** A path with its parameter names but not their values: "/handouts?topic=a&paper=b" → "/handouts?paper&topic". */
    static String shape(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            return path;
        }
        return path.substring(0, query) + "?" + Arrays.stream(path.substring(query + 1).split("&"))
                .map(pair -> pair.split("=", 2)[0]).sorted().distinct().collect(Collectors.joining("&"));
    }

    @Test
    void axeReportsAViolationWhenAPageHasOne() {
        browser.get(base + "/topics/symptoms");
        assertThat(Axe.violations(browser, "/topics/symptoms")).isEmpty();
        browser.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/img/none.png\">');");
        assertThat(Axe.violations(browser, "with an image without alt text"))
                .anyMatch(problem -> problem.contains("axe image-alt"));
    }

    @Test
    void variantsOfOnePageAreCheckedOnceAndDifferentPagesEachTime() {
        assertThat(shape("/handouts?topic=symptoms&paper=a4")).isEqualTo(shape("/handouts?paper=letter&topic=diagnosis"))
                .isNotEqualTo(shape("/handouts?topic=symptoms"));
        assertThat(shape("/topics/symptoms")).isNotEqualTo(shape("/topics/diagnosis"));
        assertThat(pages).contains("/handouts")
                .filteredOn(path -> path.startsWith("/handouts?topic=") && !path.contains("&")).hasSize(1);
        assertThat(pages.stream().map(BrowserAccessibilityIT::shape)).doesNotHaveDuplicates();
    }

    @Test
    void everyPageHasNoAxeViolationsAndLoadsNothingFromOtherOrigins() {
        List<String> problems = new ArrayList<>();
        for (String path : pages) {
            browser.manage().logs().get(LogType.PERFORMANCE); // drop entries from earlier pages
            browser.get(base + path);
            problems.addAll(Axe.violations(browser, path));
            List<String> requested = new ArrayList<>();
            for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
                Matcher request = REQUEST_URL.matcher(entry.getMessage());
                if (request.find()) {
                    requested.add(request.group(1));
                }
            }
            assertThat(requested).as(path + ": the network log saw the page itself").contains(base + path);
            requested.stream().filter(url -> !url.startsWith(base + "/") && !url.startsWith("data:"))
                    .forEach(url -> problems.add(path + " requested another origin: " + url));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theHandoutPrintViewIsAccessibleToo() {
        // Reached by POST, so the crawl cannot find it: submit the builder as a clinician would.
        browser.get(base + "/handouts?topic=symptoms&topic=questions&qr=true&paper=a4");
        browser.findElement(org.openqa.selenium.By.cssSelector("button[value=print]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(driver -> !driver.findElements(org.openqa.selenium.By.cssSelector(".urgent-box")).isEmpty());
        assertThat(Axe.violations(browser, "handout print view")).isEmpty();
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector(".print-button-slot button")))
                .as("the script added a Print button").hasSize(1);
    }

    @Test
    void nothingScrollsSidewaysAt320PixelsWide() {
        List<String> problems = new ArrayList<>();
        try {
            Browser.viewport(browser, 320, 640, 1, true);
            for (String path : pages) {
                browser.get(base + path);
                long overflow = (Long) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (overflow > 0) {
                    problems.add(path + " scrolls sideways by " + overflow + " px at 320 px");
                }
            }
        } finally {
            Browser.resetViewport(browser);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noTextIsCutOffAt200PercentZoom() {
        // A 1280 x 800 window at 200 % zoom lays out a 640 x 400 CSS-pixel viewport at twice the density.
        List<String> problems = new ArrayList<>();
        try {
            Browser.viewport(browser, 640, 400, 2, false);
            for (String path : pages) {
                browser.get(base + path);
                @SuppressWarnings("unchecked")
                List<String> clipped = (List<String>) browser.executeScript("""
                        const found = [];
                        if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
                          found.push('page scrolls sideways');
                        }
                        for (const el of document.querySelectorAll('body *')) {
                          const style = getComputedStyle(el);
                          const hides = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
                          if (!hides || !el.textContent.trim() || el.getClientRects().length === 0) continue;
                          if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
                            found.push(el.tagName + '.' + el.className + ': ' + el.textContent.trim().slice(0, 40));
                          }
                        }
                        return found;""");
                clipped.forEach(problem -> problems.add(path + " at 200 %: " + problem));
            }
        } finally {
            Browser.resetViewport(browser);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
        browser.get(base + "/topics/symptoms");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("skip-link");
        assertThat(focused.getAttribute("href")).endsWith("#main");
        assertThat(focused.isDisplayed()).as("skip link visible when focused").isTrue();

        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }
}
