package org.lumbarguide.handout;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;

import org.lumbarguide.config.GuideProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.springframework.web.servlet.ModelAndViewDefiningException;

/**
 * The clinician's handout builder. GET shows the form (choices may come from a bookmarked URL); each button
 * of the form has its handler: the print view, the PDF, and "Change the choices" (the form again). A form
 * with something wrong is shown again, everything typed kept, with each message beside its field and in a
 * summary at the top (400). Every answer is no-store (HandoutCacheHeaders): a handout may carry a patient's
 * name.
 */
@Controller
@RequestMapping(HandoutCacheHeaders.PATH)
class HandoutController {

    /** Seconds a refused PDF request is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 10;

    /** The form's name in the model, and so in its message codes ({@code Size.handoutForm.note}). */
    static final String FORM = "handoutForm";

    static final String PDF_NAME = "lumbar-spine-guide-handout.pdf";

    private final HandoutService handouts;
    private final HandoutPdf pdf;
    private final GuideProperties settings;
    private final PdfRenderPool pdfPool;
    private final BusyPage busyPage;
    private final ThymeleafViewResolver views;

    HandoutController(HandoutService handouts, HandoutPdf pdf, GuideProperties settings, PdfRenderPool pdfPool,
                      BusyPage busyPage, ThymeleafViewResolver views) {
        this.handouts = handouts;
        this.pdf = pdf;
        this.settings = settings;
        this.pdfPool = pdfPool;
        this.busyPage = busyPage;
        this.views = views;
    }

    /**
     * Only the builder's own fields are bound (an indexed or nested name such as {@code section[7]} is none of
     * them, so it is ignored), and an address (GET) never sets the note, the patient's name or their helpline.
     * The choices are read from their words whatever the case; another word is a field error.
     */
    @InitBinder(FORM)
    void initBinder(WebDataBinder binder, HttpServletRequest request) {
        binder.setAllowedFields(HttpMethod.POST.matches(request.getMethod()) ? HandoutForm.FIELDS
                : HandoutForm.BOOKMARKED);
        binder.setAutoGrowCollectionLimit(HandoutForm.MAX_CHOICES);
        binder.addCustomFormatter(new FormChoice.Words<>(Paper.values()), Paper.class);
        binder.addCustomFormatter(new FormChoice.Words<>(HandoutForm.PrintSize.values()), HandoutForm.PrintSize.class);
        binder.addCustomFormatter(new FormChoice.Words<>(HandoutForm.Format.values()), HandoutForm.Format.class);
        binder.addCustomFormatter(new FormChoice.Words<>(HandoutForm.Output.values()), HandoutForm.Output.class);
    }

    /** The form, with the choices a bookmark names: nothing chosen yet is no error here. */
    @GetMapping
    ModelAndView form(@Validated @ModelAttribute(FORM) HandoutForm form, BindingResult result, Locale locale,
                      Model model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // A blank form starts with the deployment's own 24-hour helpline number, which the clinician can change.
        form.setHelplineNumber(settings.helplineNumber());
        String language = complete(form, result, locale);
        // The busy page, made once per language and content version, is then ready before a flood.
        busyPage.prepare(request, response, model.asMap(), language);
        return builder(form, result, language);
    }

    /** "Change the choices", from the print view or the busy page: the form again, everything kept. */
    @PostMapping(params = "output=edit")
    ModelAndView edit(@Validated @ModelAttribute(FORM) HandoutForm form, BindingResult result, Locale locale) {
        return builder(form, result, complete(form, result, locale));
    }

    /** The print view (also for a form that names no button, or one it does not have: that is a field error). */
    @PostMapping
    ModelAndView print(@Validated({Default.class, HandoutForm.Complete.class}) @ModelAttribute(FORM) HandoutForm form,
                       BindingResult result, Locale locale) throws Exception {
        String language = complete(form, result, locale);
        if (result.hasErrors()) {
            return builder(form, result, language);
        }
        PublicAddress address = address();
        HandoutService.Handout handout = handouts.build(form, address.baseUrl());
        // In the handout's language, whatever the builder's page was in: a Spanish handout printed from the English
        // builder says "Información para usted", as its PDF does (HandoutPdf renders in the handout's locale too).
        View view = views.resolveViewName("handout/handout", Locale.forLanguageTag(handout.lang()));
        return new ModelAndView(view,
                Map.of("address", address, "lang", handout.lang(), "handout", handout, "pdf", false));
    }

    /** The PDF, made on the render pool; when the pool has no place for this client, the busy page (503). */
    @PostMapping(params = "output=pdf")
    ResponseEntity<byte[]> pdf(@Validated({Default.class, HandoutForm.Complete.class}) @ModelAttribute(FORM)
                               HandoutForm form, BindingResult result, Locale locale, Model model,
                               HttpServletRequest request, HttpServletResponse response) throws Exception {
        String language = complete(form, result, locale);
        if (result.hasErrors()) {
            // A PDF's answer names no view: Spring's DispatcherServlet shows this one instead, with this
            // request's model (the form, its errors, and what every page's footer needs).
            throw new ModelAndViewDefiningException(builder(form, result, language).addAllObjects(model.asMap()));
        }
        // Read here, on the request's thread: the pool's threads know nothing of the request.
        PublicAddress address = address();
        byte[] document;
        try {
            // The whole handout (QR codes included) is made on the pool, so a refusal costs nothing.
            document = pdfPool.render(request.getRemoteAddr(), () -> pdf.render(handouts.build(form, address.baseUrl())));
        } catch (PdfRenderPool.Busy busy) {
            // Refused at once, and cheaply: a short page, not the whole builder (under a flood of PDF
            // requests the refusals must not eat the CPU that pages need). Everything typed travels
            // on in hidden fields, so "Try again" sends it all back and nothing is lost. The page is
            // rendered once (BusyPage); from then on BusyPdfFilter sends it before any of this work.
            byte[] page = busyPage.render(request, response, model.asMap(), language);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                    .cacheControl(CacheControl.noStore())
                    .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(page);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(PDF_NAME).build()
                        .toString())
                .body(document);
    }

    /**
     * The form as the page shows it and the handout reads it: the region's paper if none was chosen, the
     * language the handout is made in if none was named (the request's, from Spring's LocaleResolver), each
     * choice said one way ({@link HandoutForm#tidy}). Returns the handout's language.
     */
    private String complete(HandoutForm form, BindingResult result, Locale locale) {
        String language = HandoutService.language(form.getLang(), locale);
        if (form.getLang() == null) {
            form.setLang(language);
        }
        if (form.getPaper() == null && !result.hasFieldErrors("paper")) {
            form.setPaper(Paper.of(settings.region().defaultPaper()));
        }
        form.tidy(handouts.choices(language).topics());
        return language;
    }

    /** The builder: 400 when something is wrong, each message from the form's BindingResult. */
    private ModelAndView builder(HandoutForm form, BindingResult result, String language) {
        HandoutService.Choices choices = handouts.choices(language);
        // A bilingual handout prints every part twice: the estimate counts the words of both languages.
        PageEstimate estimate = new PageEstimate(HandoutService.languagesOf(form.getLang()).stream()
                .map(handouts::choices).toList());
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language);
        model.put("choices", choices.topics());
        model.put("partsChosen", form.getSection().stream()
                .collect(Collectors.groupingBy(id -> id.substring(0, Math.max(0, id.indexOf(':'))),
                        Collectors.summingInt(id -> 1))));
        model.put("estimate", estimate);
        model.put("pages", estimate.pages(form));
        model.put("paperLabel", form.getPaper() == null ? "" : form.getPaper().label());
        model.put("papers", Paper.values());
        model.put("languages", HandoutService.handoutLanguages());
        model.put("fields", HandoutForm.FIELDS);
        model.put("maxNote", HandoutForm.MAX_NOTE);
        model.put("maxName", HandoutForm.MAX_NAME);
        model.put("maxClinic", HandoutForm.MAX_CLINIC);
        model.put("maxPhone", HandoutForm.MAX_PHONE);
        model.put("bookmark", handouts.bookmark(form));
        model.put("address", address());
        return new ModelAndView("handout/builder", model, result.hasErrors() ? HttpStatus.BAD_REQUEST : HttpStatus.OK);
    }

    /** Where readers open the guide: the configured public address, else the one this request came to. */
    private PublicAddress address() {
        return PublicAddress.of(settings.publicBaseUrl());
    }
}
