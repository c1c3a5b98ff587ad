package org.lumbarguide.quality;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nu.validator.client.EmbeddedValidator;

/** The W3C Nu HTML Checker, run in-process (no network). */
public final class HtmlChecker {

    private HtmlChecker() {
    }

    /** The checker's error messages for a document (warnings and info are not errors). */
    public static List<String> errors(String html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        try {
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            return report.lines().filter(line -> line.contains(": error:") || line.contains(": fatal")).toList();
        } catch (Exception e) {
            throw new IllegalStateException("The Nu HTML Checker failed to run", e);
        }
    }
}
