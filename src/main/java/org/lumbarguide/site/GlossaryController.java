package org.lumbarguide.site;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
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

    @GetMapping({"/glossary", "/es/glosario"})
    String glossary(Locale locale, Model model) {
        Catalog current = catalog.catalog(Languages.code(locale));
        List<String> alphabet = messages.getMessage("glossary.alphabet", null, locale).codePoints()
                .mapToObj(Character::toString).toList();
        List<GlossaryLetter> letters = byLetter(current.glossary(), alphabet, locale);
        Set<String> withWords = letters.stream().map(GlossaryLetter::letter).collect(Collectors.toSet());
        model.addAttribute("letters", letters);
        // The whole alphabet, so "A to Z" is true; a letter with no words is shown but is not a link.
        model.addAttribute("alphabet", alphabet(alphabet, withWords, locale));
        model.addAttribute("lettersWithWords", withWords);
        return "site/glossary";
    }

    /**
     * The terms A to Z in the page's language, as its readers look them up: sorted by the language's
     * {@link Collator} (in Spanish, "ácido" beside "abdomen", and Ñ a letter of its own after N), each under the
     * letter of the alphabet its first letter is a form of (Á under A, Ñ under Ñ; a letter the alphabet lacks
     * heads its own group).
     */
    static List<GlossaryLetter> byLetter(List<GlossaryLetter> glossary, List<String> alphabet, Locale locale) {
        Collator order = Collator.getInstance(locale);
        Collator letters = Collator.getInstance(locale);
        letters.setStrength(Collator.PRIMARY);
        List<GlossaryEntry> entries = new ArrayList<>(glossary.stream().flatMap(letter -> letter.entries().stream())
                .toList());
        entries.sort((a, b) -> order.compare(a.term(), b.term()));
        Map<String, List<GlossaryEntry>> grouped = new LinkedHashMap<>();
        for (GlossaryEntry entry : entries) {
            grouped.computeIfAbsent(letterOf(entry.term(), alphabet, letters, locale), l -> new ArrayList<>()).add(entry);
        }
        return grouped.entrySet().stream().map(group -> new GlossaryLetter(group.getKey(), List.copyOf(group.getValue())))
                .toList();
    }

    private static String letterOf(String term, List<String> alphabet, Collator letters, Locale locale) {
        if (term.isEmpty()) {
            return term;
        }
        String first = Character.toString(term.codePointAt(0));
        for (String letter : alphabet) {
            if (letters.equals(first, letter)) {
                return letter;
            }
        }
        return first.toUpperCase(locale);
    }

    /** The alphabet of the page's language, with any other letter a word starts with, in the language's order. */
    private static List<String> alphabet(List<String> alphabet, Set<String> withWords, Locale locale) {
        Set<String> all = new TreeSet<>(Collator.getInstance(locale));
        all.addAll(alphabet);
        all.addAll(withWords);
        return List.copyOf(all);
    }
}
