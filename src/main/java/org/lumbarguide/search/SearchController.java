package org.lumbarguide.search;

import java.util.Locale;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.TopicCatalog;
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
    private final TopicCatalog catalog;

    SearchController(GuideSearch search, TopicCatalog catalog) {
        this.search = search;
        this.catalog = catalog;
    }

    @GetMapping({"/search", "/es/buscar"})
    ModelAndView search(@RequestParam(name = "q", required = false) String q, Locale locale,
                        HttpServletResponse response) {
        String language = Languages.servedCode(locale);
        SearchPage page = search.search(language, q);
        // Results of a reader's own words are theirs: kept by no cache (SearchCacheHeaders) and no search engine.
        response.setHeader("X-Robots-Tag", "noindex");
        Map<String, Object> model = new HashMap<>();
        model.put("search", page);
        if (page.emergency()) {
            // Words that may mean an emergency get the emergency box itself first, as the home page shows it.
            model.put("urgent", catalog.catalog(language).urgentSigns());
        }
        return new ModelAndView(VIEW, model, page.isTooLong() ? HttpStatus.BAD_REQUEST : HttpStatus.OK);
    }
}
