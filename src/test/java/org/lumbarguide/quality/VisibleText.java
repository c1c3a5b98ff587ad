package org.lumbarguide.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader sees on a page (its title, its text, and the words a screen reader or a tooltip gives: alt,
 * aria-label, title, placeholder), checked for things that are never meant to be read: template source, message
 * keys Thymeleaf could not find, raw expressions and machine timestamps. Axe and the Nu checker look at markup, so
 * a heading that reads "Edit: &lt;title th:text=…" passes both; this looks at the words.
 */
final class VisibleText {

    /** Each kind of leak, by the pattern that finds it in visible text. */
    static final Map<String, Pattern> LEAKS = leaks();

    /** Not read as page text: code, styles, and what a reader typed or will type (a textarea holds the topic file). */
    private static final String NOT_TEXT = "script, style, template, textarea, noscript, [hidden]";
    private static final String LABELS = "[alt], [aria-label], [title], [placeholder]";

    private VisibleText() {
    }

    private static Map<String, Pattern> leaks() {
        Map<String, Pattern> leaks = new LinkedHashMap<>();
        leaks.put("template attribute", Pattern.compile("\\bth:[a-z]"));
        leaks.put("markup tag", Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s|>|/>)"));
        leaks.put("missing message", Pattern.compile("\\?\\?[^?\\s]+\\?\\?"));
        leaks.put("raw expression", Pattern.compile("[$#*@~]\\{"));
        leaks.put("ISO timestamp", Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
        return Collections.unmodifiableMap(leaks);
    }

    /** Every leak on the page, each as "page – where: kind in «text around it»". */
    static List<String> problems(String page, String html) {
        Document document = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        check(page, "<title>", document.title(), problems);
        Element body = document.body().clone();
        body.select(NOT_TEXT).remove();
        for (Element heading : body.select("h1")) {
            check(page, "<h1>", heading.text(), problems);
        }
        body.select("h1").remove();
        check(page, "text", body.text(), problems);
        for (Element labelled : document.body().select(LABELS)) {
            for (String attribute : List.of("alt", "aria-label", "title", "placeholder")) {
                if (labelled.hasAttr(attribute)) {
                    check(page, labelled.tagName() + " @" + attribute, labelled.attr(attribute), problems);
                }
            }
        }
        return problems;
    }

    private static void check(String page, String where, String text, List<String> problems) {
        LEAKS.forEach((kind, pattern) -> {
            // The first of each kind in each place is enough to name the fault, and keeps the report readable.
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                int from = Math.max(0, matcher.start() - 40);
                int to = Math.min(text.length(), matcher.end() + 40);
                problems.add(page + " – " + where + ": " + kind + " in «" + text.substring(from, to) + "»");
            }
        });
    }
}
