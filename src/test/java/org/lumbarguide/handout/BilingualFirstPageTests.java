package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.catalog.ReleaseCatalogs;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.RegionWords;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Page 1 of a bilingual handout (Español + English), read back from the PDF with PDFBox: both emergency boxes, the
 * patient's (Spanish) and the carer's (English), on every paper, in the whole text and the key points. The real
 * content files in the international region (its emergency number is the longest to print), the real template,
 * stylesheet and renderer; no Spring context and no server (the rest of the bilingual handout is
 * BilingualHandoutIT's).
 *
 * <p>Large print cannot hold both boxes on page 1 (one alone runs on to a second page): the patient's (Spanish) box
 * opens page 1 with who to call at its top and a line in English saying the English box follows on a new page; the
 * carer's (English) box starts at the top of a later page, its heading, helpline and who to call together there
 * (docs/architecture.md, "Bilingual handouts").
 */
class BilingualFirstPageTests {

    static final Release RELEASE = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
    static final String HELPLINE = "0800 123 4567";

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static Catalog spanish;
    static Catalog english;
    static HandoutService handouts;
    static HandoutPdf pdfs;

    @BeforeAll
    static void setUp() {
        Region region = Region.INTERNATIONAL;
        RegionWords words = new RegionWords(region,
                Map.of("en", RELEASE.regionWords("en", region), "es", RELEASE.regionWords("es", region)),
                Map.of("en", RELEASE.spellings("en", region), "es", RELEASE.spellings("es", region)));
        ResourceBundleMessageSource messages = MESSAGES;
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        spanish = ReleaseCatalogs.of(RELEASE, "es", words, messages, new MarkdownRenderer()).catalog("es");
        english = ReleaseCatalogs.of(RELEASE, "en", words, messages, new MarkdownRenderer()).catalog("en");
        TopicCatalog catalog = mock(TopicCatalog.class);
        when(catalog.catalog("es")).thenReturn(spanish);
        when(catalog.catalog("en")).thenReturn(english);
        handouts = new HandoutService(catalog, new QrCodes(), messages,
                Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC));

        SpringTemplateEngine templates = new SpringTemplateEngine();
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(files);
        templates.setTemplateEngineMessageSource(messages);
        pdfs = new HandoutPdf(templates, messages);
    }

    static HandoutForm form(String paper, String size, String format) {
        HandoutForm form = Forms.typed(Forms.form(List.of("symptoms", "treatment"), List.of(), paper, size, format, true),
                "Riverside Spine Clinic", "0161 555 0100", "Please bring your scan letters.", "José Müller – ñ ü ¿",
                HELPLINE);
        form.setLang(HandoutService.BILINGUAL);
        return form;
    }

    /**
     * Regular print, every paper, the whole text and the key points, with every optional detail (the tallest
     * header): page 1 holds both whole boxes, the Spanish then the English, each from its heading to the end of
     * who to call.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"letter, full", "a4, full", "letter, keypoints", "a4, keypoints"})
    void bothWholeEmergencyBoxesAreOnPageOne(String paper, String format) {
        byte[] pdf = pdfs.render(handouts.build(form(paper, "regular", format), "https://guide.example.org"));
        String pageOne = text(pdf, 1, 1);
        String variant = paper + " regular " + format;

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(pageOne).as(variant).containsSubsequence(heading(spanish), heading(english));
        for (Catalog language : List.of(spanish, english)) {
            String box = variant + ": the " + language.language() + " box";
            opening(softly, pageOne, language, box);
            // The whole box: its first and last signs too.
            List<String> routing = Jsoup.parseBodyFragment(language.emergencyRouting()).select("li").eachText();
            List<String> signs = Jsoup.parse(language.urgentSigns().plainHtml()).select("li").eachText().stream()
                    .filter(sign -> !routing.contains(sign)).toList();
            softly.assertThat(pageOne).as(box + ": its first sign").contains(squash(signs.get(0)));
            softly.assertThat(pageOne).as(box + ": its last sign").contains(lastWords(signs.get(signs.size() - 1)));
        }
        softly.assertAll();
    }

    /**
     * Large print, where one box alone runs on to a second page: page 1 opens with the patient's (Spanish) box and
     * its who to call; the carer's (English) box starts at the top of a page of its own, its opening (heading,
     * helpline, who to call) whole on that page.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"letter, full", "a4, full", "letter, keypoints", "a4, keypoints"})
    void inLargePrintTheEnglishBoxStartsAPageOfItsOwn(String paper, String format) {
        byte[] pdf = pdfs.render(handouts.build(form(paper, "large", format), "https://guide.example.org"));
        String variant = paper + " large " + format;
        SoftAssertions softly = new SoftAssertions();
        String pageOne = text(pdf, 1, 1);
        opening(softly, pageOne, spanish, variant + ": page 1, the Spanish box");
        softly.assertThat(pageOne).as(variant + ": page 1 says, in English, where the English box is")
                .contains(squash(MESSAGES.getMessage("handout.boxFollows", null, Locale.ENGLISH)));

        List<PdfPages.Page> pages = PdfPages.read(pdf);
        String heading = heading(english);
        PdfPages.Page start = pages.stream().filter(page -> page.body().stream().limit(3)
                        .anyMatch(line -> squash(line.text()).equals(heading)))
                .findFirst().orElse(null);
        softly.assertThat(start).as(variant + ": a page that the English box starts").isNotNull();
        if (start != null) {
            softly.assertThat(start.number()).as(variant + ": the English box's page").isGreaterThan(1);
            softly.assertThat(pages.subList(0, start.number() - 1)).as(variant + ": the English box before its page")
                    .noneMatch(page -> squash(page.bodyText()).contains(heading));
            opening(softly, text(pdf, start.number(), start.number()), english, variant + ": the English box's page");
        }
        softly.assertAll();
    }

    /** A box's opening words: its heading, the helpline and who to call. */
    private static void opening(SoftAssertions softly, String page, Catalog language, String box) {
        softly.assertThat(page).as(box + ": its heading").contains(heading(language));
        softly.assertThat(page).as(box + ": its helpline").contains(HELPLINE);
        for (String line : routingLines(language)) {
            softly.assertThat(page).as(box + ": who to call").contains(line);
        }
    }

    private static String heading(Catalog language) {
        return squash(language.urgentSigns().heading());
    }

    /** Who to call's lines by their words in bold (text extraction may move a bold run apart from plain words). */
    private static List<String> routingLines(Catalog language) {
        return Jsoup.parseBodyFragment(language.emergencyRouting()).select("li strong").eachText().stream()
                .map(BilingualFirstPageTests::squash).toList();
    }

    private static String lastWords(String text) {
        String[] words = squash(text).split(" ");
        return String.join(" ", List.of(words).subList(Math.max(0, words.length - 4), words.length));
    }

    private static String text(byte[] pdf, int from, int to) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return squash(stripper.getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String squash(String text) {
        return PdfPages.squash(text).toLowerCase(Locale.ROOT);
    }
}
