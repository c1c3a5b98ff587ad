package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on the page the browser shows, as problem lines. Every
 * browser test asks here, so they all run the same rules the same way.
 * <p>
 * Run as fast as the page allows: our pages have no frames (asserted, so the shortcut stays honest), so axe
 * runs in one pass in the page ({@code setLegacyMode}: no per-frame partial runs) and reports only violations
 * in detail. On this 2-core machine that halves the time of a check, which matters when every page in both
 * languages is checked.
 */
final class Axe {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private Axe() {
    }

    /** Every WCAG A/AA violation on the current page, each as "label axe rule: help [targets]". */
    static List<String> violations(ChromeDriver browser, String label) {
        assertThat(browser.findElements(By.cssSelector("iframe, frame")))
                .as(label + ": no frames (axe runs in one pass, without looking into frames)").isEmpty();
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).disableIframeTesting().setLegacyMode(true)
                .analyze(browser);
        assertThat(results.isErrored()).as(label + ": axe ran without an error").isFalse();
        assertThat(results.getPasses()).as(label + ": axe ran its rules").isNotEmpty();
        return results.getViolations().stream()
                .map(violation -> label + " axe " + violation.getId() + ": " + violation.getHelp() + " "
                        + violation.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                .toList();
    }
}
