package org.lumbarguide.handout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A PDF read back with PDFBox, page by page, as lines of text with their place and size. Page furniture
 * (running header and footer) is told apart from the body the way a screen reader does: it is marked
 * as a pagination artifact. Also the PDF's figures, and veraPDF's verdict on it as PDF/UA.
 */
final class PdfPages {

    /** One glyph: where it sits (top-left origin, in points) and how big it is. */
    record Glyph(String text, float x, float y, float width, float height, float size) {
    }

    /** Glyphs on one baseline with no wide gap between them (a column or a margin box is a line of its own). */
    record Line(String text, float x, float y, float size, boolean furniture) {
    }

    record Page(int number, float width, float height, List<Line> lines, List<Glyph> glyphs) {

        List<Line> body() {
            return lines.stream().filter(line -> !line.furniture()).toList();
        }

        /** The running header: furniture in the top half of the page. */
        String header() {
            return join(lines.stream().filter(line -> line.furniture() && line.y() < height / 2).toList());
        }

        /** The running footer: furniture in the bottom half of the page. */
        String footer() {
            return join(lines.stream().filter(line -> line.furniture() && line.y() >= height / 2).toList());
        }

        String bodyText() {
            return join(body());
        }

        /** Glyphs that lie partly or wholly off the paper. */
        List<Glyph> outside() {
            return glyphs.stream().filter(g -> g.x() < -0.5f || g.x() + g.width() > width + 0.5f
                    || g.y() - g.height() < -0.5f || g.y() > height + 0.5f).toList();
        }

        private static String join(List<Line> lines) {
            return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
        }
    }

    private PdfPages() {
    }

    static List<Page> read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(page(document.getPage(i), i + 1));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Spaces folded, ligatures (the font draws "ff" as one glyph) undone, curly apostrophes made straight: PDF
     * text extraction changes these, never words.
     */
    static String squash(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").replace('\u2019', '\'').strip();
    }

    /** A figure in the PDF's structure tree (what a screen reader announces): its alternative text and page. */
    record Figure(String alt, int page) {
    }

    static List<Figure> figures(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Figure> figures = new ArrayList<>();
            collectFigures(document, document.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectFigures(PDDocument document, List<Object> kids, List<Figure> into) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    into.add(new Figure(element.getAlternateDescription(),
                            element.getPage() == null ? 0 : document.getPages().indexOf(element.getPage()) + 1));
                }
                collectFigures(document, element.getKids(), into);
            }
        }
    }

    /** What veraPDF finds wrong with the PDF as PDF/UA-1: empty when it is valid. */
    static List<String> pdfUaFailures(byte[] pdf) {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage())
                    .distinct().toList();
            return failed.isEmpty() && !result.isCompliant() ? List.of("not compliant") : failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check the PDF", e);
        }
    }

    private static Page page(PDPage pdfPage, int number) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(pdfPage);
        List<Placed> placed = new ArrayList<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            collect(content, false, placed);
        }
        List<Glyph> glyphs = placed.stream().map(Placed::glyph).toList();
        return new Page(number, pdfPage.getMediaBox().getWidth(), pdfPage.getMediaBox().getHeight(), lines(placed),
                glyphs);
    }

    private record Placed(Glyph glyph, boolean furniture) {
    }

    private static void collect(PDMarkedContent content, boolean inFurniture, List<Placed> into) {
        boolean furniture = inFurniture || isPagination(content);
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition text) {
                into.add(new Placed(new Glyph(text.getUnicode(), text.getXDirAdj(), text.getYDirAdj(),
                        text.getWidthDirAdj(), text.getHeightDir(), text.getFontSizeInPt()), furniture));
            } else if (item instanceof PDMarkedContent inner) {
                collect(inner, furniture, into);
            }
        }
    }

    private static boolean isPagination(PDMarkedContent content) {
        return "Artifact".equals(content.getTag()) && content.getProperties() != null
                && COSName.getPDFName("Pagination").equals(content.getProperties().getCOSName(COSName.TYPE));
    }

    /** Glyphs grouped by baseline, then split where the gap is wider than two letters (columns, margin boxes). */
    private static List<Line> lines(List<Placed> placed) {
        List<Placed> byBaseline = new ArrayList<>(placed);
        byBaseline.sort(Comparator.comparing((Placed p) -> p.glyph().y()));
        List<List<Placed>> baselines = new ArrayList<>();
        for (Placed p : byBaseline) {
            List<Placed> last = baselines.isEmpty() ? null : baselines.get(baselines.size() - 1);
            if (last == null || p.glyph().y() - last.get(0).glyph().y() >= 1f) {
                last = new ArrayList<>();
                baselines.add(last);
            }
            last.add(p);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Placed> baseline : baselines) {
            baseline.sort(Comparator.comparing((Placed p) -> p.glyph().x()));
            List<Placed> current = new ArrayList<>();
            for (Placed p : baseline) {
                if (!current.isEmpty()) {
                    Glyph last = current.get(current.size() - 1).glyph();
                    float gap = p.glyph().x() - (last.x() + last.width());
                    if (gap > 2 * Math.max(last.size(), p.glyph().size()) || current.get(0).furniture() != p.furniture()) {
                        lines.add(line(current));
                        current = new ArrayList<>();
                    }
                }
                current.add(p);
            }
            lines.add(line(current));
        }
        lines.removeIf(line -> line.text().isBlank());
        return lines;
    }

    private static Line line(List<Placed> glyphs) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Placed p : glyphs) {
            Glyph g = p.glyph();
            // A gap wider than a third of the font size is a space the PDF drew by moving, not with a glyph.
            if (previous != null && g.x() - (previous.x() + previous.width()) > g.size() / 3
                    && !previous.text().isBlank() && !g.text().isBlank()) {
                text.append(' ');
            }
            text.append(g.text());
            previous = g;
        }
        Glyph first = glyphs.get(0).glyph();
        float size = (float) glyphs.stream().filter(p -> !p.glyph().text().isBlank())
                .mapToDouble(p -> p.glyph().size()).max().orElse(first.size());
        return new Line(squash(text.toString()), first.x(), first.y(), size, glyphs.get(0).furniture());
    }
}
