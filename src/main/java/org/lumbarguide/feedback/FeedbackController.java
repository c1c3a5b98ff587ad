package org.lumbarguide.feedback;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.lumbarguide.config.SitePaths;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Was this page helpful?" The topic page (cached, cookie-free) links here with the reader's answer;
 * this page, which is never cached ({@link FeedbackPages}), asks for an optional comment and sends both with a
 * CSRF token. The form is bound to {@link FeedbackForm} and checked by Bean Validation; a form with problems
 * comes back with everything typed, each message beside its field and listed at the top.
 */
@Controller
class FeedbackController {

    static final String FORM = "feedbackForm";

    /**
     * The thank-you page of each language's feedback address ({@code /feedback}, {@code /es/comentarios}: the
     * site's addresses use each language's own words, see site/SitePaths); the language is the address's.
     */
    private static final Map<String, String> THANKS = Map.of("en", "/feedback/thanks", "es", "/es/comentarios/gracias");

    private final ReaderFeedback feedback;
    private final AnswerAllowance allowance;
    private final TopicCatalog catalog;

    FeedbackController(ReaderFeedback feedback, AnswerAllowance allowance, TopicCatalog catalog) {
        this.feedback = feedback;
        this.allowance = allowance;
        this.catalog = catalog;
    }

    @InitBinder(FORM)
    void bindOnlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields(FeedbackForm.FIELDS);
    }

    @GetMapping({"/feedback", "/es/comentarios"})
    ModelAndView form(@ModelAttribute(FORM) FeedbackForm form, Locale locale) {
        return page(form, locale).map(page -> form(page, locale, HttpStatus.OK)).orElseGet(() -> unknown(locale));
    }

    @PostMapping({"/feedback", "/es/comentarios"})
    ModelAndView send(@Valid @ModelAttribute(FORM) FeedbackForm form, BindingResult errors, Locale locale,
                      HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<TopicPage> page = errors.hasFieldErrors("topic") ? Optional.empty() : page(form, locale);
        if (page.isEmpty()) {
            return unknown(locale);
        }
        if (errors.hasErrors()) {
            return form(page.get(), locale, HttpStatus.BAD_REQUEST);
        }
        if (!allowance.take(request.getRemoteAddr())) {
            errors.reject("feedback.error.tooMany");
            // A view cannot travel in a ResponseEntity: its status goes in the ModelAndView, this one header here.
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(AnswerAllowance.RETRY_AFTER.toSeconds()));
            return form(page.get(), locale, HttpStatus.TOO_MANY_REQUESTS);
        }
        feedback.record(page.get().key(), language(locale), form.helpful(), form.comment());
        redirect.addAttribute("topic", page.get().slug());
        return new ModelAndView("redirect:" + THANKS.getOrDefault(language(locale), THANKS.get("en")));
    }

    @GetMapping({"/feedback/thanks", "/es/comentarios/gracias"})
    ModelAndView thanks(@RequestParam(defaultValue = "") String topic, Locale locale) {
        ModelAndView thanks = new ModelAndView("feedback/thanks");
        thanks.addObject("lang", language(locale));
        catalog.catalog(language(locale)).page(topic).ifPresent(page -> thanks.addObject("page", page));
        return thanks;
    }

    private Optional<TopicPage> page(FeedbackForm form, Locale locale) {
        return catalog.catalog(language(locale)).page(form.topic());
    }

    private static ModelAndView form(TopicPage page, Locale locale, HttpStatus status) {
        ModelAndView form = new ModelAndView("feedback/form", status);
        form.addObject("lang", language(locale));
        form.addObject("page", page);
        form.addObject("maxComment", ReaderFeedback.MAX_COMMENT);
        return form;
    }

    private static ModelAndView unknown(Locale locale) {
        ModelAndView unknown = new ModelAndView("feedback/unknown", HttpStatus.BAD_REQUEST);
        unknown.addObject("lang", language(locale));
        return unknown;
    }

    /** The content's language for this request, as the site's LocaleResolver chose it. */
    private static String language(Locale locale) {
        return locale.getLanguage();
    }
}
