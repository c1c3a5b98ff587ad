package org.lumbarguide.quality;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lumbarguide.handout.HandoutClient;

/** Reads the emergency wording off pages, print views and PDFs, so tests can compare it everywhere. */
final class EmergencyWording {

    private EmergencyWording() {
    }

    static List<SiteCrawler.Page> htmlPages(SiteCrawler.Site site) {
        return site.pages().stream()
                .filter(p -> p.response().headers().firstValue("Content-Type").orElse("").startsWith("text/html"))
                .toList();
    }

    /** Every emergency box on a page (not the builder's one-line note): its heading and its text. */
    static List<String> boxes(Document page) {
        List<String> boxes = new ArrayList<>();
        for (Element box : page.select("section.callout-urgent, div.callout-urgent")) {
            boxes.add(box.select("h2").first().text() + " | " + box.select("> .prose").text());
        }
        return boxes;
    }

    /** Letters and digits only: PDF text extraction changes spacing, bullets and line breaks, never words. */
    static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^a-z0-9&']+", "");
    }

    /** The visible text of a page: what a reader sees, not markup or asset addresses. */
    static String visibleText(SiteCrawler.Page page) {
        return page.document().text();
    }

    static byte[] handoutPdf(HandoutClient client, String... pairs) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        fields.add(Map.entry("output", "pdf"));
        HttpResponse<byte[]> response = client.post(fields);
        if (response.statusCode() != 200) {
            throw new AssertionError("the handout PDF answered " + response.statusCode());
        }
        return response.body();
    }

    /** A PDF's text without its running headers and footers, which cut into text that runs onto the next page. */
    static String pdfText(byte[] pdf) {
        return String.join("\n", pdfPageTexts(pdf));
    }

    /** Each page's text on its own, running headers and footers left out. */
    static List<String> pdfPageTexts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).lines().filter(line -> !RUNNING.matcher(line.strip()).matches())
                        .collect(java.util.stream.Collectors.joining("\n")));
            }
            return pages;
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }

    private static final java.util.regex.Pattern RUNNING = java.util.regex.Pattern.compile(
            ".* – (written|reviewed) \\d{1,2} \\w+ \\d{4}|.*Printed \\d{1,2} \\w+ \\d{4}.*|Page \\d+ of \\d+");
}
