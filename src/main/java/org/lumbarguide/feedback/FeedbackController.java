package org.lumbarguide.feedback;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Was this page helpful?" The topic page (cached, cookie-free) links here with the reader's answer;
 * this page, which is never cached, asks for an optional comment and sends both with a CSRF token.
 */
@Controller
class FeedbackController {

    private static final String LANGUAGE = "en";

    private final ReaderFeedback feedback;
    private final TopicCatalog catalog;

    FeedbackController(ReaderFeedback feedback, TopicCatalog catalog) {
        this.feedback = feedback;
        this.catalog = catalog;
    }

    @GetMapping("/feedback")
    String form(@RequestParam(defaultValue = "") String topic, @RequestParam(defaultValue = "") String answer,
                Model model, HttpServletResponse response) {
        noStore(response);
        TopicPage page = catalog.catalog(LANGUAGE).page(topic).orElse(null);
        if (page == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("lang", LANGUAGE);
            return "feedback/unknown";
        }
        return show(model, page, answer, "", null);
    }

    @PostMapping("/feedback")
    String send(@RequestParam(defaultValue = "") String topic, @RequestParam(defaultValue = "") String answer,
                @RequestParam(defaultValue = "") String comment, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        noStore(response);
        TopicPage page = catalog.catalog(LANGUAGE).page(topic).orElse(null);
        if (page == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("lang", LANGUAGE);
            return "feedback/unknown";
        }
        String text = lineBreaks(comment);
        String error = !answer.equals("yes") && !answer.equals("no") ? "feedback.error.answer"
                : text.codePointCount(0, text.length()) > ReaderFeedback.MAX_COMMENT ? "feedback.error.tooLong" : null;
        if (error != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, page, answer, comment, error);
        }
        if (!feedback.allow(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", "3600");
            return show(model, page, answer, comment, "feedback.error.tooMany");
        }
        feedback.record(page.key(), LANGUAGE, answer.equals("yes"), text);
        return "redirect:/feedback/thanks?topic=" + page.slug();
    }

    @GetMapping("/feedback/thanks")
    String thanks(@RequestParam(defaultValue = "") String topic, Model model, HttpServletResponse response) {
        noStore(response);
        model.addAttribute("lang", LANGUAGE);
        model.addAttribute("page", catalog.catalog(LANGUAGE).page(topic).orElse(null));
        return "feedback/thanks";
    }

    private static String show(Model model, TopicPage page, String answer, String comment, String error) {
        model.addAttribute("lang", LANGUAGE);
        model.addAttribute("page", page);
        model.addAttribute("answer", answer);
        model.addAttribute("comment", comment);
        model.addAttribute("error", error);
        model.addAttribute("maxComment", ReaderFeedback.MAX_COMMENT);
        return "feedback/form";
    }

    /**
     * A browser counts a line break as one character against the form's maxlength but sends it as two
     * (CR LF): counted as sent, a comment the form allowed would be refused. Counted as the reader typed it.
     */
    static String lineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
    }
}
