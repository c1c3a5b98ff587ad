package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.SectionPreview;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.quality.HtmlChecker;

/**
 * The preview's in-place marks on sentences over 25 words (EditPage.longSentencesMarked): a sentence is marked where
 * it stands even when a glossary link, emphasis or an escaped character splits it, each piece in a mark of its own,
 * and the section's HTML stays valid.
 */
class LongSentenceMarksTests {

    /** 31 words, with a glossary link in the middle, as the renderer writes it. */
    static final String LINKED = "When the cancer presses on the <a href=\"/glossary#spinal-cord\" class=\"term\" "
            + "aria-describedby=\"def-pain-spinal-cord\">spinal cord</a> you may feel weak in your legs, and you "
            + "should call your helpline at once, day or night, even at the weekend.";
    static final String LINKED_TEXT = "When the cancer presses on the spinal cord you may feel weak in your legs, and "
            + "you should call your helpline at once, day or night, even at the weekend.";

    @Test
    void aSentenceThatAGlossaryLinkSplitsIsMarkedWhereItStandsPieceByPiece() {
        String html = "<p>Short first.</p>\n<p>" + LINKED + " Then a short one.</p>";
        String marked = marked(html, List.of(LINKED_TEXT));
        Document page = Jsoup.parseBodyFragment(marked);
        List<Element> marks = page.select("mark.long-sentence");
        assertThat(marks).as("one mark before the link, one in it, one after").hasSize(3);
        assertThat(String.join("", marks.stream().map(Element::wholeText).toList()).replaceAll("\\s+", " "))
                .as("the marks hold the whole sentence").isEqualTo(LINKED_TEXT);
        assertThat(page.select("a.term > mark.long-sentence").text()).isEqualTo("spinal cord");
        assertThat(page.select("a.term").attr("href")).as("the link is kept").isEqualTo("/glossary#spinal-cord");
        for (Element mark : marks) {
            assertThat(mark.childNodes()).as("a mark holds text only, so it never crosses a tag")
                    .allMatch(child -> child instanceof TextNode);
        }
        assertThat(page.text()).as("nothing added or lost").isEqualTo(Jsoup.parseBodyFragment(html).text());
        assertThat(page.select("p").get(0).select("mark")).as("the short sentences are not marked").isEmpty();
        assertThat(marked).contains("Then a short one.</p>");
        assertThat(HtmlChecker.errors(document(marked))).isEmpty();
    }

    /** Emphasis and an escaped character split a sentence too; a list item's sentence is marked inside its item. */
    @Test
    void emphasisAndEscapedCharactersAndListItems() {
        String sentence = "Tell your team about any new pain & weakness in your legs, or any change in how you pass "
                + "urine or poo, because these can be signs that the cancer is pressing on nerves.";
        String html = "<ul><li>Tell your team about any <strong>new pain &amp; weakness</strong> in your legs, or any "
                + "change in how you pass urine or poo, because these can be signs that the cancer is pressing on "
                + "nerves.</li><li>Keep moving.</li></ul>";
        String marked = marked(html, List.of(sentence));
        Document page = Jsoup.parseBodyFragment(marked);
        assertThat(page.select("li").get(0).select("mark")).hasSize(3);
        assertThat(page.select("strong > mark").text()).isEqualTo("new pain & weakness");
        assertThat(page.select("li").get(1).select("mark")).isEmpty();
        assertThat(page.select("ul > mark")).as("no mark between list items").isEmpty();
        assertThat(HtmlChecker.errors(document(marked))).isEmpty();
    }

    @Test
    void aSentenceInOneRunIsOneMarkAndOneNotFoundLeavesTheHtmlAsItWas() {
        String html = "<p>" + LINKED_TEXT + "</p>";
        assertThat(marked(html, List.of(LINKED_TEXT))).isEqualTo("<p><mark class=\"long-sentence\">" + LINKED_TEXT
                + "</mark></p>");
        assertThat(marked(html, List.of("A sentence this section does not have, however long it may be."))).isEqualTo(html);
        assertThat(marked(html, List.of())).isEqualTo(html);
    }

    private static String marked(String html, List<String> sentences) {
        SectionView section = new SectionView("pain", "Pain", html, "", html, SectionKind.NORMAL, null);
        SectionPreview.Preview preview = new SectionPreview.Preview("Pain", "About pain.",
                List.of(new SectionPreview.PreviewSection(section, 6.0, sentences, "en")), 6.0, "en");
        return EditPage.longSentencesMarked(preview).get("pain");
    }

    private static String document(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Preview</title></head><body>"
                + "<div id=\"def-pain-spinal-cord\">The nerves in your back.</div>" + body + "</body></html>";
    }
}
