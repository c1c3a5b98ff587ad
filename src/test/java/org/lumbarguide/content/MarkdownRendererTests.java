package org.lumbarguide.content;

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
}
