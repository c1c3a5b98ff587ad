package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.handout.PdfPages.Line;
import org.lumbarguide.handout.PdfPages.Page;
import org.lumbarguide.quality.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The handout document's layout, read back from the PDF with PDFBox, in every kind of handout a clinic
 * can make: Letter and A4, regular and large print, with and without the optional details and QR codes,
 * one short topic to all of them, the whole text and the key points.
 */
@SiteIntegrationTest
class HandoutLayoutIT {

    static final List<String> ALL = List.of("overview", "types", "symptoms", "diagnosis", "treatment", "prognosis",
            "living-with", "questions");
    static final String PHONE = "0161 555 0100";
    static final String HELPLINE = "0800 123 4567";
    /** Who to call's last line: on page 1 of every handout (the test region is "international": 999 is an example). */
    static final String NEVER_HAD_CANCER = "Never had cancer";

    /** One handout to make: its choices and what they mean for the checks. */
    record Variant(String paper, String size, boolean details, boolean qr, String format, List<String> topics) {

        boolean large() {
            return size.equals("large");
        }

        boolean keyPoints() {
            return format.equals("keypoints");
        }

        List<Map.Entry<String, String>> fields() {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            topics.forEach(topic -> fields.add(Map.entry("topic", topic)));
            fields.addAll(List.of(Map.entry("paper", paper), Map.entry("size", size), Map.entry("qr", Boolean.toString(qr)),
                    Map.entry("format", format), Map.entry("questions", "false")));
            if (details) {
                fields.addAll(List.of(Map.entry("clinicName", "Riverside Spine Clinic"), Map.entry("clinicPhone", PHONE),
                        Map.entry("patientName", "Alex Example"), Map.entry("helplineNumber", HELPLINE),
                        Map.entry("note", "Please bring your scan letters and a list of your medicines.")));
            }
            return fields;
        }

        @Override
        public String toString() {
            return String.join(" ", paper, size, format, details ? "clinic+phone+note+name" : "bare",
                    qr ? "QR" : "no QR", topics.size() == ALL.size() ? "all topics" : String.join("+", topics));
        }
    }

    static Stream<Variant> variants() {
        return Stream.of(
                new Variant("letter", "regular", false, false, "full", List.of("symptoms")),
                new Variant("letter", "regular", true, true, "full", List.of("symptoms", "treatment")),
                new Variant("letter", "large", false, false, "full", List.of("symptoms", "treatment")),
                new Variant("letter", "large", true, true, "full", List.of("overview")),
                new Variant("letter", "large", true, true, "full", ALL),
                new Variant("a4", "regular", false, true, "full", ALL),
                new Variant("a4", "regular", true, false, "full", List.of("prognosis")),
                new Variant("a4", "regular", true, true, "full", List.of("overview")),
                new Variant("a4", "large", true, false, "full", List.of("symptoms", "treatment")),
                new Variant("a4", "large", false, true, "full", List.of("prognosis")),
                new Variant("a4", "large", true, true, "full", ALL),
                new Variant("letter", "regular", true, true, "keypoints", ALL),
                new Variant("a4", "regular", false, false, "keypoints", List.of("diagnosis", "questions")),
                new Variant("a4", "large", true, true, "keypoints", List.of("symptoms", "diagnosis", "questions")),
                new Variant("letter", "large", false, false, "keypoints", List.of("questions")));
    }

    @LocalServerPort
    int port;

    @Autowired
    TopicCatalog topicCatalog;

    @Autowired
    MessageSource messages;

    @Autowired
    HandoutService handouts;

    @Autowired
    HandoutPdf handoutPdf;

    @Autowired
    GuideProperties settings;

    HandoutClient client;
    Catalog catalog;
    SoftAssertions softly = new SoftAssertions();

    @BeforeEach
    void setUp() {
        // Each test is a client of its own, so the many PDFs here stay within the per-client allowance.
        client = HandoutClient.newClinic(port);
        catalog = topicCatalog.catalog("en");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyPageIsLaidOutWell(Variant variant) {
        byte[] pdf = pdf(variant);
        List<Page> pages = PdfPages.read(pdf);

        emergencyBoxStartsOnPageOne(variant, pages.get(0));
        for (Page page : pages) {
            softly.assertThat(page.footer()).as("footer of page %d", page.number())
                    .contains(message("handout.pageOf", page.number(), pages.size()));
            softly.assertThat(page.outside()).as("glyphs off the paper on page %d", page.number()).isEmpty();
        }
        runningHeaderNamesATopicOnItsPage(variant, pages);
        if (variant.details()) {
            labelsStayWithTheirValues(pages);
        }
        if (variant.qr()) {
            addressesBreakOnlyAtSensiblePoints(variant, pages);
        }
        if (variant.large()) {
            softly.assertThat(pages.stream().flatMap(page -> page.glyphs().stream()).filter(g -> !g.text().isBlank())
                    .map(PdfPages.Glyph::size)).as("large print").allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(18f));
        }
        String all = PdfPages.squash(pages.stream().map(Page::bodyText).collect(Collectors.joining("\n")));
        if (variant.topics().contains("symptoms") && !variant.keyPoints()) {
            for (String tier : List.of("helpline", "care-team", "next-appointment")) {
                softly.assertThat(all).as("tier " + tier).containsIgnoringCase(message("tier.icon." + tier) + " "
                        + message("tier.label." + tier));
            }
        }
        if (variant.topics().contains("overview") && !variant.keyPoints()) {
            spineDiagramIsBesideItsSection(pdf, pages);
        }
        if (variant.keyPoints()) {
            onePagePerTopic(variant, pages);
        }
        softly.assertAll();
    }

    private void emergencyBoxStartsOnPageOne(Variant variant, Page first) {
        String body = PdfPages.squash(first.bodyText());
        SectionView urgent = catalog.urgentSigns();
        String firstSign = Jsoup.parse(urgent.plainHtml()).select("li").first().text();
        softly.assertThat(first.body()).as("the emergency box's label on page 1")
                .anyMatch(line -> line.text().equalsIgnoreCase(urgentLabel()));
        softly.assertThat(body).as("page 1").contains(PdfPages.squash(urgent.heading())).contains(helplineLine(variant))
                .contains(PdfPages.squash(firstSign)).contains("999").contains(NEVER_HAD_CANCER);
    }

    private String urgentLabel() {
        return message("handout.icon.urgent") + " " + message("callout.urgent");
    }

    private String helplineLine(Variant variant) {
        return variant.details() ? message("emergency.helpline", HELPLINE) : message("handout.helplineBlank");
    }

    /**
     * The header names a topic that is on the page: one whose title is printed on it, or the topic that runs on
     * from the page before (its text comes before any new title on the page). Before the first topic there is
     * no topic to name.
     */
    private void runningHeaderNamesATopicOnItsPage(Variant variant, List<Page> pages) {
        List<String> titles = variant.topics().stream().map(this::page).map(TopicPage::title).toList();
        float headingSize = headingSize(pages);
        String current = null;
        for (Page page : pages) {
            List<Line> body = page.body();
            List<String> here = new ArrayList<>();
            boolean runsOn = current != null && !body.isEmpty() && !isTitle(body.get(0), titles, headingSize);
            if (runsOn) {
                here.add(current);
            }
            for (Line line : body) {
                if (isTitle(line, titles, headingSize)) {
                    here.add(line.text());
                    current = line.text();
                }
            }
            String header = PdfPages.squash(page.header());
            if (current == null) {
                softly.assertThat(titles).as("page %d comes before any topic, so its header names none", page.number())
                        .noneMatch(header::startsWith);
                continue;
            }
            softly.assertThat(here).as("page %d's header '%s'", page.number(), header)
                    .anyMatch(title -> header.equals(title) || header.startsWith(title + " – "));
        }
        softly.assertThat(current).as("the topics' titles were found").isNotNull();
    }

    /** Topic titles are printed larger than anything in the body but the handout's own heading. */
    private static float headingSize(List<Page> pages) {
        Map<Float, Long> sizes = pages.stream().flatMap(p -> p.body().stream())
                .collect(Collectors.groupingBy(Line::size, Collectors.counting()));
        float text = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return text * 1.15f;
    }

    private static boolean isTitle(Line line, List<String> titles, float headingSize) {
        return line.size() >= headingSize && titles.contains(line.text());
    }

    private void labelsStayWithTheirValues(List<Page> pages) {
        List<String> lines = pages.stream().flatMap(p -> p.body().stream()).map(Line::text).toList();
        softly.assertThat(lines).as("the clinic's phone label and number on one line")
                .anyMatch(line -> line.contains(message("handout.phone", PHONE)))
                .noneMatch(line -> line.endsWith(message("handout.phone", "").strip()));
        softly.assertThat(lines).as("the helpline number is never split").anyMatch(line -> line.contains(HELPLINE));
    }

    /** Each topic's printed address may break only after a slash or before a dot, never inside a word. */
    private void addressesBreakOnlyAtSensiblePoints(Variant variant, List<Page> pages) {
        int wrapped = 0;
        for (String key : variant.topics()) {
            String url = "/topics/" + page(key).slug();
            String base = topicAddress(url);
            Pattern pattern = Pattern.compile(base.chars().mapToObj(c -> Pattern.quote(Character.toString(c)))
                    .collect(Collectors.joining("\n?")));
            List<String> found = new ArrayList<>();
            for (Page page : pages) {
                Matcher matcher = pattern.matcher(page.body().stream().map(Line::text).collect(Collectors.joining("\n")));
                while (matcher.find()) {
                    found.add(matcher.group());
                }
            }
            softly.assertThat(found).as("the address of " + key).isNotEmpty();
            for (String printed : found) {
                for (int i = printed.indexOf('\n'); i >= 0; i = printed.indexOf('\n', i + 1)) {
                    char before = printed.charAt(i - 1);
                    char after = printed.charAt(i + 1);
                    softly.assertThat(before == '/' && after != '/' || after == '.')
                            .as("'%s' breaks between '%s' and '%s'", printed.replace("\n", "⏎"), before, after).isTrue();
                    wrapped++;
                }
            }
        }
        if (variant.large() && variant.topics().size() == ALL.size()) {
            softly.assertThat(wrapped).as("in large print some addresses are too long for one line, so breaks are tested")
                    .isPositive();
        }
    }

    private String topicAddress(String path) {
        return settings.publicBaseUrl().replaceAll("/+$", "") + path;
    }

    /**
     * The drawing is a figure with its description for screen readers, on the page where its section ends or the
     * next (in large print the section itself may take two pages).
     */
    private void spineDiagramIsBesideItsSection(byte[] pdf, List<Page> pages) {
        SectionView lumbar = page("overview").sections().stream().filter(s -> s.anchor().equals("lumbar-spine"))
                .findFirst().orElseThrow();
        String lastWords = words(Jsoup.parse(lumbar.plainHtml()).text(), -4, 0);
        int sectionPage = pages.stream().filter(p -> PdfPages.squash(p.bodyText()).contains(lastWords))
                .findFirst().orElseThrow(() -> new AssertionError("the section's end: " + lastWords)).number();
        softly.assertThat(PdfPages.figures(pdf)).as("the drawing of the spine")
                .anyMatch(figure -> figure.alt() != null && figure.alt().startsWith(message("diagram.title"))
                        && (figure.page() == sectionPage || figure.page() == sectionPage + 1));
        String near = pages.subList(sectionPage - 1, Math.min(pages.size(), sectionPage + 1)).stream()
                .map(Page::bodyText).collect(Collectors.joining("\n"));
        softly.assertThat(PdfPages.squash(near)).as("the drawing's caption").contains(PdfPages.squash(message("diagram.caption")));
    }

    /**
     * Key points: page 1 holds the header, the whole emergency box and the note, then the first topic's key points
     * (its title, summary and questions, with no box of its own), unless the first is the checklist, which starts a
     * page of its own. Each later topic starts a page with its title, summary, a short emergency box with every
     * sign and who to call, and its questions. In regular print each topic fits on its one page.
     */
    private void onePagePerTopic(Variant variant, List<Page> pages) {
        List<TopicPage> topics = variant.topics().stream().map(this::page).toList();
        boolean opening = !topics.get(0).key().equals("questions");
        List<Integer> starts = new ArrayList<>();
        for (TopicPage topic : topics) {
            boolean first = starts.isEmpty() && opening;
            Page start = pages.stream().filter(p -> first ? p.body().stream().anyMatch(l -> l.text().equals(topic.title()))
                            : !p.body().isEmpty() && p.body().get(0).text().equals(topic.title()))
                    .findFirst().orElseThrow(() -> new AssertionError(topic.title() + " starts no page"));
            starts.add(start.number());
        }
        softly.assertThat(starts).as("topics in order, each on new pages").isSorted().doesNotHaveDuplicates();
        int intro = opening ? 0 : starts.get(0) - 1;
        if (!variant.large()) {
            softly.assertThat(starts.get(0)).as("the first topic's page").isEqualTo(opening ? 1 : 2);
            softly.assertThat(pages).as("one page per topic in regular print").hasSize(intro + topics.size());
        }
        for (int i = 0; i < topics.size(); i++) {
            TopicPage topic = topics.get(i);
            int end = i + 1 < topics.size() ? starts.get(i + 1) - 1 : pages.size();
            // The first topic's page is page 1 on: its box is the opening's (in large print pages before it).
            int from = i == 0 && opening ? 1 : starts.get(i);
            String text = PdfPages.squash(pages.subList(from - 1, end).stream().map(Page::bodyText)
                    .collect(Collectors.joining("\n")));
            softly.assertThat(text).as(topic.title()).contains(words(topic.summary(), 0, 6))
                    .contains(words(topic.summary(), -6, 0)).containsIgnoringCase(urgentLabel())
                    .contains(helplineLine(variant));
            if (topic.key().equals("questions")) {
                softly.assertThat(text).as("the checklist points to the emergency box")
                        .contains(message("handout.urgentPointer"));
            } else if (i > 0 || !opening) {
                String firstSign = Jsoup.parse(catalog.urgentSigns().plainHtml()).select("li").first().text();
                softly.assertThat(text).as(topic.title() + ": the short emergency box")
                        .contains(PdfPages.squash(catalog.urgentSigns().heading())).contains(PdfPages.squash(firstSign))
                        .contains("toilet paper").contains("pain in both legs").contains(NEVER_HAD_CANCER);
            }
            for (SectionView questions : expectedQuestions(topic)) {
                String firstQuestion = Jsoup.parse(questions.plainHtml()).select("li").first().text();
                softly.assertThat(text).as(topic.title() + ": questions to ask").contains(PdfPages.squash(questions.heading()))
                        .contains(words(firstQuestion, 0, 3));
            }
            if (variant.qr()) {
                softly.assertThat(text.replace(" ", "")).as(topic.title() + ": its address").contains("/topics/" + topic.slug());
            }
        }
    }

    /** The questions a topic's key points show: its own section of them, or (for the checklist) all its lists of questions. */
    private List<SectionView> expectedQuestions(TopicPage topic) {
        return topic.sections().stream()
                .filter(s -> s.anchor().equals("questions-to-ask") || topic.key().equals("questions")
                        && !Jsoup.parse(s.plainHtml()).select("li").isEmpty()
                        && Jsoup.parse(s.plainHtml()).select("li").stream().allMatch(li -> li.text().endsWith("?")))
                .toList();
    }

    /** Paper, print size, format and the optional details: every combination, each a handout of two topics. */
    static Stream<Arguments> everyKindOfHandout() {
        List<Arguments> kinds = new ArrayList<>();
        for (String paper : List.of("a4", "letter")) {
            for (String size : List.of("regular", "large")) {
                for (String format : List.of(HandoutForm.Format.FULL.code(), HandoutForm.Format.KEY_POINTS.code())) {
                    for (boolean details : List.of(true, false)) {
                        kinds.add(Arguments.of(paper, size, format, details));
                    }
                }
            }
        }
        return kinds.stream();
    }

    /**
     * Who to call is on page 1 of every handout: the 24-hour helpline (or the space to write it in), the emergency
     * number and who to call's words, even in large print where the emergency box runs on to page 2.
     */
    @ParameterizedTest(name = "{0} {1} {2} details {3}")
    @MethodSource("everyKindOfHandout")
    void whoToCallIsOnPageOne(String paper, String size, String format, boolean details) {
        HandoutForm request = request(List.of("symptoms", "treatment"), paper, size, format, details, false);
        String pageOne = letters(pageText(handoutPdf.render(handouts.build(request, "http://localhost")), 1, 1));
        softly.assertThat(pageOne).as("the helpline line")
                .contains(letters(details ? message("emergency.helpline", HELPLINE) : message("handout.helplineBlank")));
        softly.assertThat(pageOne).as("the emergency number").contains("999");
        // Each line's words in bold: text extraction may put a bold run before the plain words around it.
        for (Element bold : Jsoup.parseBodyFragment(catalog.emergencyRouting()).select("li strong")) {
            softly.assertThat(pageOne).as("who to call: " + bold.text()).contains(letters(bold.text()));
        }
        softly.assertThat(pageOne).contains(letters(NEVER_HAD_CANCER));
        softly.assertAll();
    }

    /**
     * The key points of one topic, in regular print, are one sheet of A4 or Letter even with every optional
     * detail and a QR code: the header, the whole emergency box (every lead-in, every sign and who to call), the
     * note and the topic's key points, with no short box of their own. Living with has the longest questions.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"a4, symptoms", "letter, symptoms", "a4, treatment", "letter, treatment", "a4, living-with",
            "letter, living-with"})
    void oneTopicOfKeyPointsIsOneSheet(String paper, String topic) {
        HandoutForm request = request(List.of(topic), paper, "regular", HandoutForm.Format.KEY_POINTS.code(), true, true);
        byte[] pdf = handoutPdf.render(handouts.build(request, "http://localhost"));
        List<Page> pages = PdfPages.read(pdf);
        assertThat(pages).as("pages").hasSize(1);
        String sheet = letters(pageText(pdf, 1, 1));
        Document box = Jsoup.parseBodyFragment(catalog.urgentSigns().plainHtml());
        softly.assertThat(sheet.split(letters(catalog.urgentSigns().heading()), -1)).as("one emergency box, the whole one")
                .hasSize(2);
        // Every lead-in and sign whole; who to call's lines by their words in bold (see whoToCallIsOnPageOne).
        // (The box's own "Who to call:" lead-in gives way to who to call's two columns, which stand apart.)
        for (Element line : box.select("body > p:not(:matches(^Who to call:$)), li:not(:has(strong)), li strong")) {
            softly.assertThat(sheet).as("the box: " + line.text()).contains(letters(line.text()));
        }
        softly.assertThat(sheet).as("the topic").contains(letters(page(topic).title()))
                .contains(letters(page(topic).summary()))
                .contains(letters("Please bring your scan letters"));
        softly.assertAll();
    }

    private static HandoutForm request(List<String> topics, String paper, String size, String format,
                                       boolean details, boolean qr) {
        HandoutForm form = Forms.form(topics, List.of(), paper, size, format, qr);
        return details ? Forms.typed(form, "Riverside Spine Clinic", PHONE,
                "Please bring your scan letters and a list of your medicines.", "Alex Example", HELPLINE) : form;
    }

    /** The text of some pages, in the PDF's reading order. */
    private static String pageText(byte[] pdf, int from, int to) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Letters and digits only: text extraction changes spacing, bullets, hyphens and line breaks, never words. */
    private static String letters(String text) {
        return PdfPages.squash(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9&']+", "");
    }

    @Test
    void thePrintViewShowsTheSameDocument() {
        Document full = printView(List.of(Map.entry("topic", "symptoms"), Map.entry("section", "overview:lumbar-spine"),
                Map.entry("qr", "true"), Map.entry("clinicPhone", PHONE)));
        assertThat(full.select(".tier-helpline .callout-label").text()).contains(message("tier.label.helpline"));
        assertThat(full.select(".tier-care-team .callout-label").text()).contains(message("tier.label.care-team"));
        assertThat(full.select(".tier-next-appointment .callout-label").text()).contains(message("tier.label.next-appointment"));
        assertThat(full.select(".urgent-box .callout-label").text()).contains(message("callout.urgent"));
        assertThat(full.select("figure svg title").text()).isEqualTo(message("diagram.title"));
        assertThat(full.select(".qr-address wbr")).as("break opportunities in printed addresses").isNotEmpty();
        assertThat(full.select(".qr-address").text()).endsWith("/topics/symptoms");
        assertThat(full.select(".clinic .nowrap").text()).isEqualTo(message("handout.phone", PHONE));
        assertThat(HtmlChecker.errors(full.outerHtml())).isEmpty();

        Document keyPoints = printView(List.of(Map.entry("topic", "diagnosis"), Map.entry("topic", "overview"),
                Map.entry("format", "keypoints"), Map.entry("qr", "true")));
        assertThat(keyPoints.select(".key-points h2").eachText())
                .containsExactly(page("overview").title(), page("diagnosis").title());
        assertThat(keyPoints.select(".key-points .summary").eachText())
                .containsExactly(page("overview").summary(), page("diagnosis").summary());
        assertThat(keyPoints.select(".key-points.with-opening h2").eachText()).as("the first topic shares page 1")
                .containsExactly(page("overview").title());
        assertThat(keyPoints.select(".key-points .urgent-compact")).as("a short box on the later topic's page").hasSize(1);
        assertThat(keyPoints.select(".key-points .urgent-compact").text()).contains("toilet paper")
                .contains("pain in both legs").contains(NEVER_HAD_CANCER);
        assertThat(keyPoints.select("figure svg")).as("no drawing in key points").isEmpty();
        assertThat(HtmlChecker.errors(keyPoints.outerHtml())).isEmpty();
    }

    @Test
    void theKeyPointsAndTheDrawingAreValidPdfUa() {
        assertThat(PdfPages.pdfUaFailures(pdf(new Variant("a4", "large", true, true, "full", List.of("overview")))))
                .as("with the drawing").isEmpty();
        assertThat(PdfPages.pdfUaFailures(pdf(new Variant("letter", "regular", true, true, "keypoints",
                List.of("symptoms", "diagnosis", "questions"))))).as("key points").isEmpty();
    }

    /** Every icon of the four levels is drawn from the embedded font (regular and bold), never as an empty box. */
    @Test
    void everyIconTheHandoutPrintsHasAGlyphInTheEmbeddedFonts() throws Exception {
        for (String file : List.of("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf")) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(
                    new ClassPathResource(file).getInputStream()))) {
                for (String key : List.of("handout.icon.urgent", "tier.icon.helpline", "tier.icon.care-team",
                        "tier.icon.next-appointment")) {
                    assertThat(font.getUnicodeCmapLookup().getGlyphId(message(key).codePointAt(0))).as(file + " " + key)
                            .isPositive();
                }
            }
        }
    }

    private Document printView(List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("output", "print"));
        HttpResponse<byte[]> response = client.post(all);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private byte[] pdf(Variant variant) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(variant.fields());
        fields.add(Map.entry("output", "pdf"));
        HttpResponse<byte[]> response = client.post(fields);
        assertThat(response.statusCode()).as(variant.toString()).isEqualTo(200);
        return response.body();
    }

    private TopicPage page(String key) {
        return catalog.topics().stream().filter(link -> link.key().equals(key)).findFirst()
                .flatMap(link -> catalog.page(link.slug())).orElseThrow();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    /** Some words of a text: from {@code from} to {@code to}, counted from the end when negative (0 as the end). */
    private static String words(String text, int from, int to) {
        List<String> words = List.of(PdfPages.squash(text).split(" "));
        int start = from < 0 ? Math.max(0, words.size() + from) : from;
        int end = to <= 0 ? words.size() + to : Math.min(words.size(), to);
        return String.join(" ", words.subList(start, end));
    }
}
