package org.lumbarguide.content.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns section Markdown from the database into safe HTML. Raw HTML in the Markdown is escaped by
 * commonmark, and the output is then passed through an allow-list sanitiser, so nothing an editor
 * types can inject markup or script into a page.
 */
@Component
public class MarkdownRenderer {


    /** Section bodies sit under an h2, so their own headings start at h3. */
    private static final int FIRST_BODY_HEADING = 3;

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "ul", "ol", "li", "code", "pre", "hr", "dfn", "abbr", "div", "dl", "dt", "dd")
                    .allowAttributes("href").onElements("a")
                    // Only our own glossary markup carries these: commonmark escapes any HTML typed in content.
                    .allowAttributes("class").onElements("a", "div", "dl")
                    .allowAttributes("aria-describedby").onElements("a")
                    .allowAttributes("id").matching(Pattern.compile("[a-z0-9-]+")).onElements("dd")
                    .allowAttributes("title").onElements("abbr", "dfn")
                    // The same three as SafeLinks, should anything reach the sanitiser unchecked.
                    .allowUrlProtocols("http", "https", "mailto")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer htmlRenderer = htmlRenderer().build();
    private final TextContentRenderer textRenderer = TextContentRenderer.builder()
            .extensions(EXTENSIONS)
            .build();

    public String toSafeHtml(String markdown) {
        return sanitize(htmlRenderer.render(parse(markdown)));
    }

    /**
     * Renders a section and links the page's first use of each glossary term to the glossary. The
     * definitions come back as a short list to show after the section, so they are there without
     * JavaScript, in print, and for screen readers (each link is described by its definition).
     */
    public LinkedHtml toSafeHtml(String markdown, GlossaryLinker glossary, String sectionAnchor, String termsHeading) {
        Node document = parse(markdown);
        List<GlossaryEntry> linked = glossary.link(document);
        if (linked.isEmpty()) {
            return new LinkedHtml(sanitize(htmlRenderer.render(document)), "");
        }
        String glossaryLink = glossary.hrefPrefix();
        HtmlRenderer renderer = htmlRenderer()
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Link link && link.getDestination().startsWith(glossaryLink)) {
                        attributes.put("class", "term");
                        attributes.put("aria-describedby",
                                definitionId(sectionAnchor, link.getDestination().substring(glossaryLink.length())));
                    }
                })
                .build();
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"section-terms\"><p><strong>").append(escape(termsHeading)).append("</strong></p><dl>");
        for (GlossaryEntry entry : linked) {
            html.append("<dt><a href=\"").append(escape(glossary.href(entry.anchor()))).append("\">")
                    .append(escape(entry.term())).append("</a></dt><dd id=\"")
                    .append(definitionId(sectionAnchor, entry.anchor())).append("\">")
                    .append(escape(entry.definition())).append("</dd>");
        }
        html.append("</dl></div>");
        return new LinkedHtml(sanitize(renderer.render(document)), sanitize(html.toString()));
    }

    /** A section's body, and the definitions of the glossary terms it links (empty when none). */
    public record LinkedHtml(String body, String terms) {
    }

    /** Raw HTML typed in the Markdown is escaped, and unsafe link protocols are dropped. */
    private static HtmlRenderer.Builder htmlRenderer() {
        return HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true);
    }

    /** Parses Markdown; its headings are shifted so the shallowest one becomes an h3 under the section's h2. */
    private Node parse(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
                visitChildren(heading);
            }
        });
        int shallowest = headings.stream().mapToInt(Heading::getLevel).min().orElse(FIRST_BODY_HEADING);
        for (Heading heading : headings) {
            heading.setLevel(Math.min(6, heading.getLevel() - shallowest + FIRST_BODY_HEADING));
        }
        unlinkUnsafe(document);
        return document;
    }

    /**
     * A link whose URL is not http, https, mailto or within the site becomes its text: commonmark alone
     * would keep it as a link to "" and the sanitiser would keep that.
     */
    private static void unlinkUnsafe(Node document) {
        List<Link> unsafe = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!SafeLinks.isLink(link.getDestination())) {
                    unsafe.add(link);
                }
                visitChildren(link);
            }
        });
        for (Link link : unsafe) {
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }
    }

    private static String definitionId(String sectionAnchor, String termAnchor) {
        return "def-" + sectionAnchor + "-" + termAnchor;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    /** The words a reader sees, one paragraph or list item per line (for readability scoring). */
    public String toPlainText(String markdown) {
        return textRenderer.render(parser.parse(markdown == null ? "" : markdown));
    }

    /**
     * The words a reader sees, run on as one line of text (for a glossary definition, which may include a
     * shared block): no list marks, every line break and run of spaces one space.
     */
    public String toInlineText(String markdown) {
        return toPlainText(markdown).replaceAll("(?m)^\\s*[-*]\\s+", "").replaceAll("\\s+", " ").strip();
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
