package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;

import org.lumbarguide.config.Languages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The builder's page estimate against real PDFs (PDFBox counts the pages), for every paper and print size
 * and several kinds of choice: whole topics, a few parts, several topics, with and without QR codes and a
 * note. Each must be within one page, or a quarter of the pages. When the layout changes and this fails, it
 * prints new {@code PageEstimate.FITS} lines fitted to these PDFs: paste them, and run it again.
 */
@SiteIntegrationTest
class PageEstimateIT {

    private static final List<String> PAPERS = List.of("a4", "letter");
    private static final List<String> SIZES = List.of("regular", "large");

    @Autowired
    HandoutService handouts;

    @Autowired
    HandoutPdf pdf;

    private record Measured(String fit, HandoutForm form, int estimated, int real, int words, int topics) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s, topics %s, parts %s, qr %s: estimated %d, real %d", fit, form.getTopic(),
                    form.getSection(), form.getQr(), estimated, real);
        }

        boolean close() {
            return Math.abs(estimated - real) <= Math.max(1, Math.round(real * 0.25f));
        }
    }

    @Test
    void theEstimateIsWithinOnePageOrAQuarterOfTheRealPdf() throws IOException {
        HandoutService.Choices choices = handouts.choices(Languages.defaultCode());
        PageEstimate estimate = new PageEstimate(choices);
        List<String> diagnosis = choices.topics().stream().filter(t -> t.key().equals("diagnosis")).findFirst()
                .orElseThrow().sections().stream().map(s -> "diagnosis:" + s.anchor()).toList();
        List<Measured> measured = new ArrayList<>();
        List<Measured> keyPointsMeasured = new ArrayList<>();
        for (String paper : PAPERS) {
            for (String size : SIZES) {
                for (HandoutForm tidy : List.of(
                        form(List.of("symptoms"), List.of(), paper, size, true, ""),
                        form(List.of(), List.of(diagnosis.get(1), diagnosis.get(3)), paper, size, false, "x ".repeat(150)),
                        form(List.of("prognosis", "questions", "living-with"), List.of(), paper, size, true, ""),
                        form(List.of("diagnosis", "treatment"), List.of(), paper, size, false, ""))) {
                    tidy.tidy(choices.topics());
                    PageEstimate.Sum sum = estimate.sum(tidy);
                    measured.add(new Measured(paper + " " + size, tidy, estimate.pages(tidy),
                            pages(pdf.render(handouts.build(tidy, "http://localhost"))), sum.words(), sum.topics()));
                }
                for (List<String> topics : List.of(List.of("symptoms"), List.of("overview", "treatment", "questions"))) {
                    HandoutForm keyPoints = form(topics, List.of(), paper, size, true, "",
                            HandoutForm.Format.KEY_POINTS.code());
                    keyPoints.tidy(choices.topics());
                    keyPointsMeasured.add(new Measured(paper + " " + size, keyPoints, estimate.pages(keyPoints),
                            pages(pdf.render(handouts.build(keyPoints, "http://localhost"))), 0, topics.size()));
                }
            }
        }
        measured.forEach(m -> System.out.println("page estimate " + m));
        keyPointsMeasured.forEach(m -> System.out.println("page estimate, key points " + m));
        assertThat(keyPointsMeasured.stream().filter(m -> !m.close()).map(Measured::toString).toList())
                .as("key points off by more than a page or a quarter: change keyPointsOpening or keyPointsPerTopic")
                .isEmpty();
        String recalibrate = "a new calibration for PageEstimate.FITS:%n" + suggestedFits(measured);
        assertThat(measured.stream().filter(m -> !m.close()).map(Measured::toString).toList())
                .as("off by more than a page or a quarter; " + recalibrate).isEmpty();
        assertThat(measured.stream().filter(m -> m.estimated() == m.real()).count())
                .as("at least half exact; " + recalibrate).isGreaterThanOrEqualTo(measured.size() / 2);
    }

    /**
     * A bilingual handout (Spanish, then English) is estimated as the builder estimates it: each part, the emergency
     * box and the QR codes counted once per language. Its emergency boxes are laid out unlike a one-language
     * handout's (both on page 1 in regular print, the second starting a page in large print), so it is measured too.
     */
    @Test
    void aBilingualEstimateIsWithinOnePageOrAQuarterOfTheRealPdfToo() throws IOException {
        PageEstimate estimate = new PageEstimate(HandoutService.languagesOf(HandoutService.BILINGUAL).stream()
                .map(handouts::choices).toList());
        List<HandoutService.TopicChoice> topics = handouts.choices(HandoutService.languagesOf(HandoutService.BILINGUAL)
                .get(0)).topics();
        List<Measured> measured = new ArrayList<>();
        for (String paper : PAPERS) {
            for (String size : SIZES) {
                for (HandoutForm tidy : List.of(
                        form(List.of("symptoms"), List.of(), paper, size, true, ""),
                        form(List.of("prognosis", "questions"), List.of(), paper, size, false, "x ".repeat(150)),
                        form(List.of("symptoms"), List.of(), paper, size, false, "", HandoutForm.Format.KEY_POINTS.code()))) {
                    tidy.setLang(HandoutService.BILINGUAL);
                    tidy.tidy(topics);
                    PageEstimate.Sum sum = estimate.sum(tidy);
                    measured.add(new Measured(paper + " " + size + " es-en", tidy, estimate.pages(tidy),
                            pages(pdf.render(handouts.build(tidy, "http://localhost"))), sum.words(), sum.topics()));
                }
            }
        }
        measured.forEach(m -> System.out.println("page estimate, bilingual " + m));
        assertThat(measured.stream().filter(m -> !m.close()).map(Measured::toString).toList())
                .as("bilingual estimates off by more than a page or a quarter").isEmpty();
    }

    private static HandoutForm form(List<String> topics, List<String> sections, String paper, String size, boolean qr,
                                    String note) {
        return form(topics, sections, paper, size, qr, note, HandoutForm.Format.FULL.code());
    }

    private static HandoutForm form(List<String> topics, List<String> sections, String paper, String size, boolean qr,
                                    String note, String format) {
        return Forms.typed(Forms.form(topics, sections, paper, size, format, qr), "Hill Clinic", "555 0100", note,
                "Alex Example", "0800 000 0000");
    }

    private static int pages(byte[] document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(document)) {
            return pdf.getNumberOfPages();
        }
    }

    /**
     * Least squares, per paper and size, of the real pages (less half a page: a last page is half full on
     * average, and less the QR codes' share) against the words: the intercept is fixedPages, the slope one
     * page per wordsPerPage.
     */
    private static String suggestedFits(List<Measured> measured) {
        Map<String, List<Measured>> byFit = new TreeMap<>();
        measured.forEach(m -> byFit.computeIfAbsent(m.fit(), k -> new ArrayList<>()).add(m));
        StringBuilder lines = new StringBuilder();
        byFit.forEach((fit, cases) -> {
            double n = cases.size();
            double meanX = cases.stream().mapToDouble(Measured::words).sum() / n;
            double meanY = cases.stream().mapToDouble(PageEstimateIT::pagesFromWords).sum() / n;
            double sxy = cases.stream().mapToDouble(m -> (m.words() - meanX) * (pagesFromWords(m) - meanY)).sum();
            double sxx = cases.stream().mapToDouble(m -> (m.words() - meanX) * (m.words() - meanX)).sum();
            double slope = sxy / sxx;
            PageEstimate.Fit now = PageEstimate.FITS.get(fit);
            lines.append(String.format(Locale.ROOT, "            \"%s\", new Fit(%.2f, %.0f, %s, %s),%n", fit,
                    meanY - slope * meanX, 1 / slope, now.keyPointsOpening(), now.keyPointsPerTopic()));
        });
        return lines.toString();
    }

    private static double pagesFromWords(Measured m) {
        return m.real() - 0.5 - (Boolean.TRUE.equals(m.form().getQr()) ? m.topics() * PageEstimate.QR_PAGES : 0);
    }
}
