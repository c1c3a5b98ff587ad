package org.lumbarguide.site;

import org.lumbarguide.content.TopicCatalog;
import org.lumbarguide.content.TopicViews.Catalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class GlossaryController {

    private final TopicCatalog catalog;

    GlossaryController(TopicCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/glossary")
    String glossary(Model model) {
        Catalog current = catalog.catalog(SiteLanguage.DEFAULT);
        model.addAttribute("lang", current.language());
        model.addAttribute("letters", current.glossary());
        return "site/glossary";
    }
}
