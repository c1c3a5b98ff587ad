package org.lumbarguide.handout;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.lumbarguide.content.catalog.TopicViews.SectionView;

/**
 * About how many pages a handout will take, before it is made. Text is counted in words, and each
 * paragraph, list item or heading adds {@link #BLOCK_WORDS} for the space around it; a paper and print
 * size fit so many words on a page after the fixed start of page 1. The builder's script does the same
 * sum in the browser with these same numbers, which the page carries as data attributes.
 * <p>
 * Calibration: the numbers in {@link #FITS} and the three constants below were fitted to real PDFs. After
 * a change to the handout's layout, run {@code PageEstimateIT}: when the estimate is off it fails and prints
 * the new {@code FITS} lines to paste here.
 */
final class PageEstimate {

    /**
     * One paper and print size. {@code fixedPages}: the handout's heading and page furniture, in pages.
     * {@code wordsPerPage}: words (with {@link #BLOCK_WORDS} per block) that fill one page.
     * {@code keyPointsOpening}: the key-points format's opening pages (header, emergency box, note) beyond the
     * first topic's, which they share (0 in regular print: one topic is one sheet); {@code keyPointsPerTopic}: its
     * pages per topic.
     */
    record Fit(double fixedPages, double wordsPerPage, double keyPointsOpening, double keyPointsPerTopic) {

    }

    // ---- Calibration: the only numbers to change when the layout changes (PageEstimateIT prints them). ----
    static final Map<String, Fit> FITS = Map.of(
            "a4 large", new Fit(0.16, 359, 0.5, 3.5),
            "a4 regular", new Fit(0.68, 770, 0, 1),
            "letter large", new Fit(0.44, 346, 0.5, 3.5),
            "letter regular", new Fit(0.43, 686, 0, 1));
    /** Space around one paragraph, list item or heading, in words. */
    static final int BLOCK_WORDS = 12;
    /** A topic's own heading and review line, in words. */
    static final int TOPIC_WORDS = 40;
    /** One QR code with its caption, in pages. */
    static final double QR_PAGES = 0.2;
    /** Characters of the clinician's note that make one word. */
    static final int NOTE_CHARS_PER_WORD = 6;
    // ---------------------------------------------------------------------------------------------------

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLOCK = Pattern.compile("<(p|li|h[1-6]|tr)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final List<HandoutService.TopicChoice> topics;
    private final Map<String, Integer> words = new HashMap<>();
    private final int urgentWords;
    /** How many times each part is printed: 2 for a bilingual handout. */
    private final int languages;

    PageEstimate(HandoutService.Choices choices) {
        this(List.of(choices));
    }

    /**
     * The estimate for a handout in these languages, the first the one whose topics the builder lists: a
     * bilingual handout prints each part in both, so each part's words, the emergency box's, the key points' pages
     * and the QR codes are counted once per language (parts share their anchors across languages).
     */
    PageEstimate(List<HandoutService.Choices> versions) {
        this.topics = versions.get(0).topics();
        this.languages = versions.size();
        int urgent = 0;
        for (HandoutService.Choices version : versions) {
            for (HandoutService.TopicChoice topic : version.topics()) {
                for (SectionView section : topic.sections()) {
                    words.merge(topic.key() + ":" + section.anchor(), words(section), Integer::sum);
                }
            }
            urgent += version.urgent() == null ? 0 : words(version.urgent());
        }
        this.urgentWords = urgent;
    }

    /** A section's words, with the space its blocks and its heading take. */
    static int words(SectionView section) {
        String html = section.plainHtml();
        int blocks = (int) BLOCK.matcher(html).results().count() + 1;
        return count(TAG.matcher(html).replaceAll(" ")) + count(section.heading()) + BLOCK_WORDS * blocks;
    }

    private static int count(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : SPACE.split(stripped).length;
    }

    static Fit fit(Paper paper, HandoutForm.PrintSize size) {
        return paper == null || size == null ? null : FITS.get(paper.code() + " " + size.code());
    }

    /** For the page's script: section id ("topic:anchor") to its words. */
    public int words(String sectionId) {
        return words.getOrDefault(sectionId, 0);
    }

    /** Everything the page's script needs besides each part's words, as JSON: the same numbers as here. */
    public String data() {
        StringBuilder fits = new StringBuilder();
        FITS.forEach((key, fit) -> fits.append(fits.isEmpty() ? "" : ",").append(String.format(Locale.ROOT,
                "\"%s\":[%s,%s,%s,%s]", key, fit.fixedPages(), fit.wordsPerPage(), fit.keyPointsOpening(),
                fit.keyPointsPerTopic())));
        return String.format(Locale.ROOT, "{\"fits\":{%s},\"topicWords\":%d,\"qrPages\":%s,\"noteCharsPerWord\":%d,"
                + "\"urgentWords\":%d,\"languages\":%d}", fits, TOPIC_WORDS, QR_PAGES, NOTE_CHARS_PER_WORD, urgentWords,
                languages);
    }

    /** Pages, or 0 when nothing is chosen or the paper or size is not one the guide has. */
    public int pages(HandoutForm form) {
        Fit fit = fit(form.getPaper(), form.getSize());
        Sum sum = sum(form);
        if (fit == null || sum.topics() == 0) {
            return 0;
        }
        double pages = form.keyPoints()
                ? languages * (fit.keyPointsOpening() + sum.topics() * fit.keyPointsPerTopic())
                : fit.fixedPages() + sum.words() / fit.wordsPerPage()
                        + (Boolean.TRUE.equals(form.getQr()) ? languages * sum.topics() * QR_PAGES : 0);
        return Math.max(1, (int) Math.ceil(pages));
    }

    /** The topics a handout has, and its words: the emergency box, the note, and each topic's chosen parts. */
    record Sum(int topics, int words) {
    }

    /** The same rule as the handout's: a topic with no parts chosen is all of it. */
    Sum sum(HandoutForm form) {
        int topicCount = 0;
        int total = urgentWords + form.getNote().length() / NOTE_CHARS_PER_WORD;
        for (HandoutService.TopicChoice topic : topics) {
            List<String> parts = topic.sections().stream().map(s -> topic.key() + ":" + s.anchor()).toList();
            List<String> chosen = parts.stream().filter(form.getSection()::contains).toList();
            if (form.getTopic().contains(topic.key()) || !chosen.isEmpty()) {
                topicCount++;
                total += languages * TOPIC_WORDS + (chosen.isEmpty() ? parts : chosen).stream().mapToInt(this::words).sum();
            }
        }
        return new Sum(topicCount, total);
    }
}
