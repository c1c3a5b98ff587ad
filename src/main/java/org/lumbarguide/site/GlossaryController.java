package org.lumbarguide.site;

import java.util.Locale;
import java.util.stream.Collectors;

import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.GlossaryLetter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class GlossaryController {

    private final TopicCatalog catalog;
    private final MessageSource messages;

    GlossaryController(TopicCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/glossary")
    String glossary(Locale locale, Model model) {
        Catalog current = catalog.catalog(Languages.code(locale));
        model.addAttribute("letters", current.glossary());
        // The whole alphabet, so "A to Z" is true; a letter with no words is shown but is not a link.
        String alphabet = messages.getMessage("glossary.alphabet", null, locale);
        model.addAttribute("alphabet", alphabet.codePoints().mapToObj(Character::toString).toList());
        model.addAttribute("lettersWithWords", current.glossary().stream().map(GlossaryLetter::letter).collect(Collectors.toSet()));
        return "site/glossary";
    }
}
