package org.lumbarguide.site;

import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final TopicCatalog catalog;

    HomeController(TopicCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Model model) {
        Catalog current = catalog.catalog(SiteLanguage.DEFAULT);
        model.addAttribute("lang", current.language());
        model.addAttribute("topics", current.topics());
        model.addAttribute("urgent", current.urgentSigns());
        return "site/home";
    }
}
