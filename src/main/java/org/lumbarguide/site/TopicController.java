package org.lumbarguide.site;

import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
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

    @GetMapping("/topics")
    String index(Model model) {
        Catalog current = catalog.catalog(SiteLanguage.DEFAULT);
        model.addAttribute("lang", current.language());
        model.addAttribute("topics", current.topics());
        return "topics/index";
    }

    @GetMapping("/topics/{slug}")
    String topic(@PathVariable String slug, Model model) {
        TopicPage page = catalog.catalog(SiteLanguage.DEFAULT).page(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("lang", page.language());
        model.addAttribute("page", page);
        return "topics/topic";
    }
}
