package org.lumbarguide.handout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a handout to an accessible PDF: the print view's own Thymeleaf template and stylesheet,
 * laid out by openhtmltopdf in PDF/UA mode (tagged, titled, with its language), fonts embedded.
 */
@Component
class HandoutPdf {

    static final String FONT = "DejaVu Sans";
    private static final Set<FSFontUseCase> USES = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final byte[] regular;
    private final byte[] bold;
    private final String css;

    HandoutPdf(ITemplateEngine templates, MessageSource messages) {
        PdfRendererLogging.install();
        this.templates = templates;
        this.messages = messages;
        this.regular = read("fonts/DejaVuSans.ttf");
        this.bold = read("fonts/DejaVuSans-Bold.ttf");
        this.css = new String(read("static/css/handout.css"), StandardCharsets.UTF_8);
    }

    byte[] render(HandoutService.Handout handout) {
        Locale locale = Locale.forLanguageTag(handout.lang());
        Context context = new Context(locale);
        context.setVariable("handout", handout);
        context.setVariable("pdf", true);
        // The paper size is the one rule that depends on the request; the rest is the shared stylesheet.
        // PDF/UA needs every glyph from an embedded font, page margins included.
        context.setVariable("pdfCss", css + "\n@page { size: " + handout.paper().cssSize() + "; font-family: '" + FONT
                + "'; @bottom-right { content: " + pageNumber(locale) + "; font-size: "
                + (handout.largePrint() ? "18pt" : "9pt") + "; } }\n* { font-family: '" + FONT + "' !important; }\n");
        String html = templates.process("handout/handout", context);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        // The drawing of the spine is inline SVG, drawn by Batik with no scripts and nothing fetched.
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        // Registered under the generic names too, so even the renderer's defaults (and the drawing's labels)
        // use an embedded font.
        for (String family : new String[] {FONT, "serif", "sans-serif"}) {
            builder.useFont(() -> new ByteArrayInputStream(regular), family, 400, FontStyle.NORMAL, true, USES);
            builder.useFont(() -> new ByteArrayInputStream(bold), family, 700, FontStyle.NORMAL, true, USES);
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the handout PDF", e);
        }
        return pdf.toByteArray();
    }

    /**
     * "Page 3 of 12" as CSS content: the words from the messages, the numbers counted by the renderer. (Made
     * in the margin box itself, so the PDF's text reads in order.)
     */
    private String pageNumber(Locale locale) {
        String marked = messages.getMessage("handout.pageOf", new Object[] {"\0page\0", "\0pages\0"}, locale);
        String[] parts = marked.split("\0");
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            // Words and counters take turns: "Page ", page, " of ", pages.
            content.append(i % 2 == 1 ? " counter(" + parts[i] + ") "
                    : "\"" + parts[i].replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        return content.toString();
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing " + path, e);
        }
    }
}
