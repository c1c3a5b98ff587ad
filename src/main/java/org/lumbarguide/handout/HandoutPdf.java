package org.lumbarguide.handout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
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

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;
    private final String css;

    HandoutPdf(ITemplateEngine templates) {
        this.templates = templates;
        this.regular = read("fonts/DejaVuSans.ttf");
        this.bold = read("fonts/DejaVuSans-Bold.ttf");
        this.css = new String(read("static/css/handout.css"), StandardCharsets.UTF_8);
    }

    byte[] render(HandoutService.Handout handout) {
        Context context = new Context(Locale.forLanguageTag(handout.lang()));
        context.setVariable("handout", handout);
        context.setVariable("pdf", true);
        // The paper size is the one rule that depends on the request; the rest is the shared stylesheet.
        // PDF/UA needs every glyph from an embedded font, page margins included.
        context.setVariable("pdfCss", css + "\n@page { size: " + handout.paper().cssSize() + "; font-family: '" + FONT
                + "'; }\n* { font-family: '" + FONT + "' !important; }\n"
                + (handout.largePrint() ? "@page { @bottom-right { font-size: 18pt; } }\n" : ""));
        String html = templates.process("handout/handout", context);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        // Registered under the generic names too, so even the renderer's defaults use an embedded font.
        for (String family : new String[] {FONT, "serif", "sans-serif"}) {
            builder.useFont(() -> new ByteArrayInputStream(regular), family, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), family, 700, FontStyle.NORMAL, true);
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

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing " + path, e);
        }
    }
}
