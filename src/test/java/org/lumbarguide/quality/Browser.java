package org.lumbarguide.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the browser checks: Debian's chromium and chromium-driver, found on the usual
 * paths or named by LUMBARGUIDE_CHROMIUM / LUMBARGUIDE_CHROMEDRIVER. Without them the browser tests are
 * skipped with a message saying what to install; they never fall back to downloading a browser.
 */
final class Browser {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver",
            "/usr/local/bin/chromedriver");

    static final String MISSING = "Browser tests skipped: no Chromium and ChromeDriver found. Install them "
            + "(Debian/Ubuntu: sudo apt-get install chromium chromium-driver) or set LUMBARGUIDE_CHROMIUM and "
            + "LUMBARGUIDE_CHROMEDRIVER to their paths.";

    private Browser() {
    }

    /** Starts a fresh headless Chromium, or aborts the calling test class with {@link #MISSING}. */
    static ChromeDriver start() {
        String chromium = find("LUMBARGUIDE_CHROMIUM", CHROMIUM);
        String driver = find("LUMBARGUIDE_CHROMEDRIVER", DRIVER);
        if (chromium == null || driver == null) {
            System.out.println(MISSING);
            Assumptions.abort(MISSING);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("lumbarguide-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // As root Chromium needs --no-sandbox; the rest stop it phoning home on this offline machine.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-quic", "--disable-extensions", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** Emulates a viewport of the given CSS size (deviceScaleFactor 2 at half width = 200 % zoom). */
    static void viewport(ChromeDriver browser, int width, int height, double scale, boolean mobile) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", mobile));
    }

    static void resetViewport(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static String find(String variable, List<String> candidates) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return Files.isExecutable(Path.of(configured)) ? configured : null;
        }
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst().orElse(null);
    }
}
