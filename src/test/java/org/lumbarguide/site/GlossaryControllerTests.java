package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
import org.lumbarguide.content.catalog.TopicViews.GlossaryLetter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The glossary, A to Z, rendered from the real published glossary, and a Spanish one: in each language's
 * alphabetical order ({@link Collator}), Ñ a letter of its own after N, an accented first letter under its letter.
 */
@SitePageSlice
class GlossaryControllerTests {

    static final Catalog ENGLISH = PublishedPages.english();

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicCatalog catalog;

    static final Catalog SPANISH = SpanishPages.spanish();

    @BeforeEach
    void published() {
        when(catalog.catalog("en")).thenReturn(ENGLISH);
        when(catalog.catalog("es")).thenReturn(SPANISH);
    }

    @Test
    void everyLetterIsShownAndOnlyLettersWithWordsAreLinks() throws Exception {
        Document page = glossary("fr-FR,fr;q=0.9");
        assertThat(page.select("nav.letters li")).hasSize(26);
        List<String> withWords = ENGLISH.glossary().stream().map(GlossaryLetter::letter).distinct().sorted().toList();
        assertThat(page.select("nav.letters a").eachText()).containsExactlyElementsOf(withWords);
        assertThat(page.select("nav.letters a").eachAttr("href")).containsExactlyElementsOf(
                withWords.stream().map(letter -> "#letter-" + letter.toLowerCase(Locale.ROOT)).toList());
        assertThat(page.select("nav.letters span.no-terms")).hasSize(26 - withWords.size());
        assertThat(page.select("section.glossary-letter h2").eachText()).containsExactlyElementsOf(withWords);
    }

    @Test
    void theWordsAreInAlphabeticalOrderUnderTheLetterTheyStartWith() throws Exception {
        Document page = glossary("en");
        Collator english = Collator.getInstance(Locale.ENGLISH);
        List<String> terms = page.select("dfn").eachText();
        assertThat(terms).isSortedAccordingTo(english);
        for (Element letter : page.select("section.glossary-letter")) {
            String name = letter.select("h2").text();
            assertThat(letter.select("dfn").eachText()).as(name).allSatisfy(term -> assertThat(term).startsWith(name));
        }
    }

    @Test
    void theSpanishGlossaryHasÑAsALetterOfItsOwnAfterNAndAccentedWordsUnderTheirLetter() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/es/glosario")).andExpect(status().isOk())
                .andExpect(view().name("site/glossary")).andExpect(header().string("Content-Language", "es"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.select("section.glossary-letter h2").eachText()).containsExactly("A", "B", "N", "Ñ", "O");
        assertThat(page.select("dfn").eachText()).containsExactly("Ácido zoledrónico", "Anestesia general", "Biopsia",
                "Nervio", "Ñame", "Oncólogo", "Órtesis");
        assertThat(page.select("#letter-ñ dfn, section[aria-labelledby=letter-ñ] dfn").eachText()).containsExactly("Ñame");
        List<String> alphabet = page.select("nav.letters li").eachText();
        assertThat(alphabet.indexOf("Ñ")).as("Ñ in the letter list, even before the translation's alphabet has it")
                .isEqualTo(alphabet.indexOf("N") + 1);
        assertThat(page.select("nav.letters a").eachAttr("href")).containsExactly("#letter-a", "#letter-b",
                "#letter-n", "#letter-ñ", "#letter-o");
        assertThat(page.select("nav.breadcrumbs a").eachAttr("href")).containsExactly("/es", "/es/glosario");
        assertThat(page.select("dt#test-word + dd").text()).isEqualTo("Definición de prueba de ñame.");
    }

    @Test
    void everyWordIsDefinedOnceUnderItsOwnAnchor() throws Exception {
        Document page = glossary("en");
        List<GlossaryEntry> entries = ENGLISH.glossary().stream().flatMap(letter -> letter.entries().stream()).toList();
        assertThat(entries).hasSizeGreaterThan(50);
        assertThat(page.select("dfn")).hasSize(entries.size());
        for (GlossaryEntry entry : entries) {
            assertThat(page.select("dt#" + entry.anchor() + " > dfn").text()).isEqualTo(entry.term());
            assertThat(page.select("dt#" + entry.anchor() + " + dd").text()).isEqualTo(entry.definition());
        }
    }

    private Document glossary(String acceptLanguage) throws Exception {
        return Jsoup.parse(mvc.perform(get("/glossary").header("Accept-Language", acceptLanguage))
                .andExpect(status().isOk()).andExpect(view().name("site/glossary"))
                .andExpect(header().string("Content-Language", "en"))
                .andReturn().getResponse().getContentAsString());
    }
}
