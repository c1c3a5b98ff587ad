package org.lumbarguide.handout;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.config.GuideProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinician's handout builder. GET shows the form (choices may come from a bookmarked URL);
 * POST checks the choices and answers with the print view or the PDF. Every response is no-store:
 * a handout may carry a patient's name.
 */
@Controller
class HandoutController {

    /** Seconds a refused PDF request is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 10;

    private final HandoutService handouts;
    private final HandoutPdf pdf;
    private final GuideProperties settings;
    private final PdfRenderPool pdfPool;
    private final BusyPage busyPage;

    HandoutController(HandoutService handouts, HandoutPdf pdf, GuideProperties settings, PdfRenderPool pdfPool,
                      BusyPage busyPage) {
        this.handouts = handouts;
        this.pdf = pdf;
        this.settings = settings;
        this.pdfPool = pdfPool;
        this.busyPage = busyPage;
    }

    /** Where readers open the guide: the configured public address, else the one this request came to. */
    private PublicAddress address() {
        return PublicAddress.of(settings.publicBaseUrl());
    }

    @GetMapping("/handouts")
    String builder(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
                   HttpServletResponse response, Model model) throws Exception {
        noStore(response);
        // The note and the patient's name are only ever taken from a POST body, never from an address.
        HandoutRequest form = tidied(HandoutRequest.from(parameters).withoutPrivateFields()
                .withHelplineNumber(settings.helplineNumber()));
        if (HandoutService.LANGUAGES.contains(form.lang())) {
            // The busy page, made once per language and content version, is then ready before a flood.
            busyPage.prepare(request, response, model.asMap(), form.lang());
        }
        return formAgain(form, response, model);
    }

    @PostMapping("/handouts")
    Object build(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
                 HttpServletResponse response, Model model) throws Exception {
        noStore(response);
        HandoutRequest form = tidied(HandoutRequest.from(parameters));
        String output = parameters.getFirst("output");
        if ("edit".equals(output)) {
            return formAgain(form, response, model); // "Change the choices" from the print view
        }
        Map<String, String> errors = handouts.validate(form);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(form, errors, model);
        }
        // Read here, on the request's thread: the pool's threads know nothing of the request.
        PublicAddress address = address();
        if ("pdf".equals(output)) {
            byte[] document;
            try {
                // The whole handout (QR codes included) is made on the pool, so a refusal costs nothing.
                document = pdfPool.render(request.getRemoteAddr(), () -> pdf.render(handouts.build(form, address.baseUrl())));
            } catch (PdfRenderPool.Busy busy) {
                // Refused at once, and cheaply: a short page, not the whole builder (under a flood of PDF
                // requests the refusals must not eat the CPU that pages need). Everything typed travels
                // on in hidden fields, so "Try again" sends it all back and nothing is lost. The page is
                // rendered once (BusyPage); from then on BusyPdfFilter sends it before any of this work.
                byte[] page = busyPage.render(request, response, model.asMap(), form.lang());
                return ResponseEntity.status(HttpServletResponse.SC_SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .body(page);
            }
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .cacheControl(CacheControl.noStore())
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("lumbar-spine-guide-handout.pdf").build().toString())
                    .body(document);
        }
        HandoutService.Handout handout = handouts.build(form, address.baseUrl());
        model.addAttribute("address", address);
        model.addAttribute("lang", handout.lang());
        model.addAttribute("handout", handout);
        model.addAttribute("form", form);
        model.addAttribute("pdf", false);
        return "handout/handout";
    }

    /** No paper chosen: the region's. Choices said one way only (see HandoutRequest.tidied). */
    private HandoutRequest tidied(HandoutRequest form) {
        return form.withDefaultPaper(settings.region().defaultPaper()).tidied(handouts.choices(form.lang()).topics());
    }

    /** The form with choices already made (a bookmark, "Change the choices"): nothing chosen is no error yet. */
    private String formAgain(HandoutRequest form, HttpServletResponse response, Model model) {
        Map<String, String> errors = handouts.validate(form);
        if (form.isEmpty()) {
            errors.remove("topic");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return showForm(form, errors, model);
    }

    private String showForm(HandoutRequest form, Map<String, String> errors, Model model) {
        HandoutService.Choices choices = handouts.choices(form.lang());
        PageEstimate estimate = new PageEstimate(choices);
        Paper paper = Paper.of(form.paper());
        model.addAttribute("form", form);
        model.addAttribute("lang", form.lang());
        model.addAttribute("errors", errors);
        model.addAttribute("choices", choices.topics());
        model.addAttribute("partsChosen", form.section().stream()
                .collect(Collectors.groupingBy(id -> id.substring(0, Math.max(0, id.indexOf(':'))),
                        Collectors.summingInt(id -> 1))));
        model.addAttribute("estimate", estimate);
        model.addAttribute("pages", estimate.pages(form));
        model.addAttribute("paperLabel", paper == null ? "" : paper.label());
        model.addAttribute("papers", Paper.values());
        model.addAttribute("languages", HandoutService.LANGUAGES);
        model.addAttribute("maxNote", HandoutRequest.MAX_NOTE);
        model.addAttribute("maxPhone", HandoutRequest.MAX_PHONE);
        model.addAttribute("bookmark", handouts.bookmark(form));
        model.addAttribute("address", address());
        return "handout/builder";
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    }
}
