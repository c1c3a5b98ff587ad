package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In headless Chromium: the language link keeps the reader's place. Its address names the page only (that is
 * where it goes without JavaScript); with {@code js/language-link.js} a click adds the section the reader is at,
 * whose anchor is the same in every language. Skipped, with a message, where there is no Chromium (as the
 * quality package's browser tests are).
 */
@SiteIntegrationTest
class LanguageLinkBrowserIT {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        String chromium = first(System.getenv("LUMBARGUIDE_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
        String driver = first(System.getenv("LUMBARGUIDE_CHROMEDRIVER"), "/usr/bin/chromedriver",
                "/usr/lib/chromium/chromedriver");
        Assumptions.assumeTrue(chromium != null && driver != null, "Browser test skipped: no Chromium and ChromeDriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-extensions", "--user-data-dir=" + Files.createTempDirectory("lumbarguide-chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort().build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void aClickTakesTheReaderToTheSameSectionInTheOtherLanguage() {
        String base = "http://localhost:" + port;
        browser.get(base + "/glossary#biopsy");
        WebElement link = browser.findElement(By.cssSelector("header a[data-keep-section]"));
        assertThat(link.getAttribute("href")).as("without a script: the page itself").isEqualTo(base + "/es/glosario");
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().contains("/es/glosario"));
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/es/glosario#biopsy");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");

        browser.get(base + "/es/glosario");
        browser.findElement(By.cssSelector("header a[data-keep-section]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().endsWith("/glossary"));
        assertThat(browser.getCurrentUrl()).as("no section, nothing added").isEqualTo(base + "/glossary");
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
