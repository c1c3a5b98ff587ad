package org.lumbarguide.site;

import java.util.Locale;

import org.lumbarguide.config.Languages;
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

    @GetMapping({"/", "/es"})
    String home(Locale locale, Model model) {
        Catalog current = catalog.catalog(Languages.code(locale));
        model.addAttribute("topics", current.topics());
        model.addAttribute("urgent", current.urgentSigns());
        return "site/home";
    }
}
