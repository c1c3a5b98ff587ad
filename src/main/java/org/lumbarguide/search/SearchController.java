package org.lumbarguide.search;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.config.Languages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The results page: {@code GET /search?q=} in English, {@code GET /es/buscar?q=} in Spanish (the request's
 * locale, which the site chooses from the path, says which language is searched). A plain GET form, so it works
 * without JavaScript and a result can be bookmarked or shared. A query over the length limit is a 400 on the same
 * page, with the text kept in the box.
 */
@Controller
class SearchController {

    static final String VIEW = "search/results";

    private final GuideSearch search;

    SearchController(GuideSearch search) {
        this.search = search;
    }

    @GetMapping({"/search", "/es/buscar"})
    ModelAndView search(@RequestParam(name = "q", required = false) String q, Locale locale,
                        HttpServletResponse response) {
        SearchPage page = search.search(Languages.servedCode(locale), q);
        // Results of a reader's own words are theirs: kept by no cache (SearchCacheHeaders) and no search engine.
        response.setHeader("X-Robots-Tag", "noindex");
        return new ModelAndView(VIEW, Map.of("search", page), page.isTooLong() ? HttpStatus.BAD_REQUEST : HttpStatus.OK);
    }
}
