package org.lumbarguide.content;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns section Markdown from the database into safe HTML. Raw HTML in the Markdown is escaped by
 * commonmark, and the output is then passed through an allow-list sanitiser, so nothing an editor
 * types can inject markup or script into a page.
 */
@Component
public class MarkdownRenderer {

    /** Section bodies sit under an h2, so their own headings start at h3. */
    private static final int HEADING_OFFSET = 2;

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "ul", "ol", "li", "code", "pre", "hr", "dfn", "abbr")
                    .allowAttributes("href").onElements("a")
                    .allowAttributes("title").onElements("abbr", "dfn")
                    .allowStandardUrlProtocols()
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer htmlRenderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private final TextContentRenderer textRenderer = TextContentRenderer.builder()
            .extensions(EXTENSIONS)
            .build();

    public String toSafeHtml(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + HEADING_OFFSET));
                visitChildren(heading);
            }
        });
        return sanitize(htmlRenderer.render(document));
    }

    /** The words a reader sees, one paragraph or list item per line (for readability scoring). */
    public String toPlainText(String markdown) {
        return textRenderer.render(parser.parse(markdown == null ? "" : markdown));
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
