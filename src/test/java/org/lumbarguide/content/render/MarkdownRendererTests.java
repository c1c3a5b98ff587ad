package org.lumbarguide.content.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersParagraphsListsAndEmphasis() {
        String html = renderer.toSafeHtml("Call **now**.\n\n- one\n- two");
        assertThat(html).contains("<strong>now</strong>").contains("<ul><li>one</li><li>two</li></ul>");
    }

    @Test
    void rawHtmlFromTheDatabaseIsEscapedNotRendered() {
        String html = renderer.toSafeHtml("Hello <script>alert('x')</script> <img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror=alert(1)>");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void dangerousLinksAreRemoved() {
        String html = renderer.toSafeHtml("[click](javascript:alert(1)) and [NCI](https://www.cancer.gov)");
        assertThat(html).doesNotContain("javascript:");
        assertThat(html).contains("href=\"https://www.cancer.gov\"");
    }

    /** Issue 17 item 9: only http, https and mailto are links; any other scheme is shown as plain text. */
    @Test
    void linksWithOtherSchemesArePlainText() {
        for (String url : new String[] {"javascript:alert(92)", "JAVASCRIPT:alert(92)", "data:text/html;base64,PGI+",
                "vbscript:msgbox(1)", "ftp://example.org/guide.pdf", "file:///etc/passwd", "java%0ascript:alert(1)"}) {
            String html = renderer.toSafeHtml("Read [the guide](" + url + ") now.");
            assertThat(html).as(url).doesNotContain("<a").contains("the guide");
        }
        String ok = renderer.toSafeHtml("[NCI](https://www.cancer.gov), [team](mailto:team@example.org), "
                + "[glossary](/glossary#biopsy) and <https://www.nhs.uk>");
        assertThat(ok).contains("href=\"https://www.cancer.gov\"").contains("href=\"mailto:team&#64;example.org\"")
                .contains("href=\"/glossary#biopsy\"").contains("href=\"https://www.nhs.uk\"");
    }

    @Test
    void headingsInsideASectionStartBelowTheSectionHeading() {
        assertThat(renderer.toSafeHtml("# Big\n\n## Smaller")).contains("<h3>Big</h3>").contains("<h4>Smaller</h4>");
        assertThat(renderer.toSafeHtml("### Only level three")).contains("<h3>Only level three</h3>");
    }

    @Test
    void plainTextKeepsOneLinePerListItem() {
        assertThat(renderer.toPlainText("Intro.\n\n- first item\n- second item").lines())
                .contains("- first item", "- second item");
    }

    @Test
    void inlineTextRunsAListAndItsBoldWordsOnAsOneLine() {
        assertThat(renderer.toInlineText("It is an emergency.\n\n- **Have cancer?** Call your helpline.\n"
                + "* **Never had cancer?** Call 999.\n")).isEqualTo(
                "It is an emergency. Have cancer? Call your helpline. Never had cancer? Call 999.");
    }
}
