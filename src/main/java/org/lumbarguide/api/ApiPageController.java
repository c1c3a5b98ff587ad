package org.lumbarguide.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /api}: the API's own page, a page of the site (the one layout, valid HTML, WCAG 2.2 AA, no script), listing
 * every endpoint with a working example and each problem type, and linking to the OpenAPI document and the
 * browsable Swagger UI. The public crawl checks it like every other page.
 */
@Controller
@Hidden
class ApiPageController {

    /** An endpoint as the page lists it: its address template, what it gives (a message key) and an example. */
    record Endpoint(String path, String key, String example) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(ContentApiAnswers.BASE, "index", ContentApiAnswers.BASE),
            new Endpoint(ContentApiAnswers.BASE + "/{language}/topics", "topics", ContentApiAnswers.BASE + "/en/topics"),
            new Endpoint(ContentApiAnswers.BASE + "/{language}/topics/{key}", "topic",
                    ContentApiAnswers.BASE + "/es/topics/symptoms"),
            new Endpoint(ContentApiAnswers.BASE + "/{language}/glossary", "glossary",
                    ContentApiAnswers.BASE + "/en/glossary"),
            new Endpoint(ContentApiAnswers.BASE + "/sources", "sources", ContentApiAnswers.BASE + "/sources"),
            new Endpoint(ContentApiAnswers.BASE + "/codes", "codes", ContentApiAnswers.BASE + "/codes"),
            new Endpoint(ContentApiAnswers.BASE + "/codes?system={system}&code={code}", "lookup",
                    ContentApiAnswers.BASE + "/codes?system=icd-10-cm&code=C79.5"));

    static final List<String> PROBLEMS = List.of("unknown-language", "unknown-topic", "bad-parameter");

    @GetMapping("/api")
    String page(Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noCache().getHeaderValue());
        model.addAttribute("endpoints", ENDPOINTS);
        model.addAttribute("problems", PROBLEMS);
        return "api/index";
    }
}
