package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
import org.lumbarguide.content.catalog.TopicViews.GlossaryLetter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The glossary, A to Z, rendered from the real published glossary. */
@SitePageSlice
class GlossaryControllerTests {

    static final Catalog ENGLISH = PublishedPages.english();

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicCatalog catalog;

    @BeforeEach
    void published() {
        when(catalog.catalog("en")).thenReturn(ENGLISH);
    }

    @Test
    void everyLetterIsShownAndOnlyLettersWithWordsAreLinks() throws Exception {
        Document page = glossary("fr-FR,fr;q=0.9");
        assertThat(page.select("nav.letters li")).hasSize(26);
        List<String> withWords = ENGLISH.glossary().stream().map(GlossaryLetter::letter).toList();
        assertThat(page.select("nav.letters a").eachText()).containsExactlyElementsOf(withWords);
        assertThat(page.select("nav.letters a").eachAttr("href")).containsExactlyElementsOf(
                withWords.stream().map(letter -> "#letter-" + letter.toLowerCase(Locale.ROOT)).toList());
        assertThat(page.select("nav.letters span.no-terms")).hasSize(26 - withWords.size());
        assertThat(page.select("section.glossary-letter h2").eachText()).containsExactlyElementsOf(withWords);
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
                .andExpect(model().attribute("letters", ENGLISH.glossary()))
                .andExpect(header().string("Content-Language", "en"))
                .andReturn().getResponse().getContentAsString());
    }
}
