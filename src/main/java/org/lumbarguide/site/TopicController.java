package org.lumbarguide.site;

import java.util.Locale;

import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class TopicController {

    private final TopicCatalog catalog;

    TopicController(TopicCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping({"/topics", "/es/temas"})
    String index(Locale locale, Model model) {
        model.addAttribute("topics", catalog.catalog(Languages.code(locale)).topics());
        return "topics/index";
    }

    @GetMapping({"/topics/{slug}", "/es/temas/{slug}"})
    String topic(@PathVariable String slug, Locale locale, Model model) {
        TopicPage page = catalog.catalog(Languages.code(locale)).page(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", page);
        return "topics/topic";
    }
}
