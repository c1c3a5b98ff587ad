package org.lumbarguide.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds text in a Thymeleaf template that a reader would see as written in the file, in English, instead of
 * from messages.properties. A simple rule, on the template parsed as HTML (jsoup):
 * <ul>
 * <li>A text node counts when it holds a letter ({@link Character#isLetter}) once inline expressions
 * ({@code [[...]]}, {@code [(...)]}) are taken out. Punctuation, spaces and symbols ({@code .}, {@code (},
 * {@code &#9888;}) are not words to translate.</li>
 * <li>Text that Thymeleaf replaces is not seen: inside an element with {@code th:text} or {@code th:utext}
 * (the file's text is only a prototype), with {@code th:replace}, {@code th:insert} or {@code th:include}
 * (except the root {@code <html>}, whose {@code th:replace} is the layout call that renders this page's own
 * {@code <title>} and {@code <main>}), or with {@code th:remove="all"} or {@code "body"}; and inside
 * {@code <script>} and {@code <style>}. Comments are never text.</li>
 * <li>Attributes a reader meets ({@code alt}, {@code title}, {@code aria-label}, {@code placeholder},
 * {@code content} of the description {@code <meta>}, {@code value} of a button-like {@code <input>}) count when written
 * with a letter and not also set by their {@code th:} form.</li>
 * </ul>
 * Only literal text is found: a message key that is missing is caught by {@link #messageKeys(String)}.
 */
final class TemplateText {

    private static final Set<String> REPLACES_CONTENT = Set.of("th:text", "th:utext", "data-th-text", "data-th-utext");
    private static final Set<String> REPLACES_ELEMENT = Set.of("th:replace", "th:insert", "th:include",
            "data-th-replace", "data-th-insert");
    private static final Set<String> READER_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder");
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");
    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    /** A message key written out in an expression: {@code #{topic.toc}}, {@code #{review.reviewed(...)}}. */
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)");

    private TemplateText() {
    }

    /** Each piece of hard-coded text in the template, as {@code <element> text} or {@code <element attr="text">}. */
    static List<String> hardCoded(String template) {
        Document document = Jsoup.parse(template);
        List<String> found = new ArrayList<>();
        Element root = document.selectFirst("html");
        visit(root, found);
        return found;
    }

    /** Every message key the template names literally (keys built from expressions are not listed). */
    static Set<String> messageKeys(String template) {
        Set<String> keys = new java.util.TreeSet<>();
        Matcher matcher = MESSAGE_KEY.matcher(template);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static void visit(Element element, List<String> found) {
        String tag = element.normalName();
        checkAttributes(element, found);
        if (tag.equals("script") || tag.equals("style") || replacesContent(element)
                || (!tag.equals("html") && has(element, REPLACES_ELEMENT))) {
            return;
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                String words = INLINE_EXPRESSION.matcher(text.getWholeText()).replaceAll("");
                if (words.codePoints().anyMatch(Character::isLetter)) {
                    found.add("<" + tag + "> " + words.strip());
                }
            } else if (child instanceof Element inner) {
                visit(inner, found);
            }
        }
    }

    private static boolean replacesContent(Element element) {
        String remove = element.attr("th:remove").toLowerCase(Locale.ROOT);
        return has(element, REPLACES_CONTENT) || remove.equals("all") || remove.equals("body");
    }

    private static void checkAttributes(Element element, List<String> found) {
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            boolean shown = READER_ATTRIBUTES.contains(name)
                    || (name.equals("content") && element.normalName().equals("meta")
                        && element.attr("name").equalsIgnoreCase("description"))
                    || (name.equals("value") && element.normalName().equals("input")
                        && BUTTON_INPUTS.contains(element.attr("type").toLowerCase(Locale.ROOT)));
            if (shown && !element.hasAttr("th:" + name) && !element.hasAttr("th:attr")
                    && attribute.getValue().codePoints().anyMatch(Character::isLetter)) {
                found.add("<" + element.normalName() + " " + name + "=\"" + attribute.getValue() + "\">");
            }
        }
    }

    private static boolean has(Element element, Set<String> attributes) {
        return attributes.stream().anyMatch(element::hasAttr);
    }
}
