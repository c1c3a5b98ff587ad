package org.lumbarguide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.quality.HtmlChecker;
import org.lumbarguide.system.SecurityConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The results page alone (MockMvc, no server, no database): the search controller, its service and indexes over
 * the real English and Spanish catalogs of the content files, the site's language resolver and page heads, the
 * real templates and messages, and the public security chain.
 */
@WebMvcTest(properties = "spring.main.banner-mode=off", useDefaultFilters = false, includeFilters = {
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {SearchController.class, SearchCacheHeaders.class}),
        // The site's language from the address, every page's head (its paths) and footer: as every page has them.
        @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "org\\.lumbarguide\\.site\\.(SiteLocale|PageHeads|EmergencyDetails)")})
@Import({SecurityConfig.class, GuideSearch.class, SearchIndexes.class, SearchControllerTests.LayoutProbe.class})
@MockitoBean(types = TopicCatalog.class)
class SearchControllerTests {

    static final Catalog ENGLISH = SearchFixtures.english(Region.UK);
    static final Catalog SPANISH = SearchFixtures.spanish();

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicCatalog catalog;

    /** Any page of the site's layout, for its header (the search box). */
    @Controller
    static class LayoutProbe {
        @GetMapping({"/test-only/layout", "/es/test-only/layout"})
        String page() {
            return "test-only/layout-probe";
        }
    }

    @BeforeEach
    void published() {
        when(catalog.catalog("en")).thenReturn(ENGLISH);
        when(catalog.catalog("es")).thenReturn(SPANISH);
    }

    @Test
    void resultsLinkToSectionsAndGlossaryWordsWithMarkedSnippetsAndAreKeptByNoCache() throws Exception {
        Document page = page(mvc.perform(get("/search").param("q", "myeloma")).andExpect(status().isOk())
                .andExpect(view().name(SearchController.VIEW))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("X-Robots-Tag", "noindex"))
                .andExpect(header().string("Content-Language", "en")));

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("#results-pages + ol a").first().attr("href"))
                .isEqualTo("/topics/types-of-tumour#myeloma-plasmacytoma");
        assertThat(page.select("#results-pages + ol li").first().text()).contains("Part of Types of tumour");
        assertThat(page.select("#results-pages + ol mark").eachText()).isNotEmpty()
                .allSatisfy(marked -> assertThat(marked.toLowerCase()).contains("myeloma"));
        assertThat(page.select("#results-terms + ul a").eachAttr("href")).contains("/glossary#multiple-myeloma");
        assertThat(page.select("main > .callout-urgent")).as("no emergency box for ordinary words").isEmpty();
        assertThat(page.select("title").text()).isEqualTo("Search results for “myeloma” – Lumbar Spine Cancer Guide");
        assertThat(page.select("header form[role=search]")).as("the page's own box replaces the header's").isEmpty();
        assertThat(page.select("main input[name=q]").attr("value")).isEqualTo("myeloma");
        assertThat(HtmlChecker.errors(page.outerHtml())).isEmpty();
    }

    @Test
    void wordsThatMayMeanAnEmergencyPutTheEmergencyBoxFirst() throws Exception {
        Document page = page(mvc.perform(get("/search").param("q", "I can’t pee")).andExpect(status().isOk()));

        Element emergency = page.selectFirst("main > .callout-urgent");
        assertThat(emergency).as("the emergency box itself, as the home page shows it").isNotNull();
        assertThat(emergency.select("h2").text()).isEqualTo("Emergency: get help now");
        assertThat(emergency.select(".prose").text()).contains("new weakness in one or both legs")
                .contains("Have cancer, or had it? Call your 24-hour cancer helpline now.");
        Element first = page.selectFirst("main > h1").nextElementSibling();
        assertThat(first).as("right after the heading, above the box and the results").isEqualTo(emergency);
        assertThat(page.select("#results-pages")).isNotEmpty();
        assertThat(HtmlChecker.errors(page.outerHtml())).isEmpty();
    }

    @Test
    void aMisspellingIsSearchedAndTheGuidesSpellingOffered() throws Exception {
        Document page = page(mvc.perform(get("/search").param("q", "tumer")).andExpect(status().isOk()));

        Element suggestion = page.selectFirst(".search-suggestion");
        assertThat(suggestion.text()).isEqualTo("Did you mean tumour?");
        assertThat(suggestion.select("a").attr("href")).isEqualTo("/search?q=tumour");
        assertThat(page.select("#results-pages + ol a").first().attr("href")).isEqualTo("/topics/overview#what-is-a-tumour");
    }

    @Test
    void nothingFoundOffersTheEmergencyBoxTheTopicsAndTheGlossary() throws Exception {
        Document page = page(mvc.perform(get("/search").param("q", "xqzt wibblefrotz")).andExpect(status().isOk()));

        assertThat(page.select("#nothing-found")).hasSize(1);
        assertThat(page.select("#nothing-found ~ ul a").eachAttr("href"))
                .containsExactly("/topics/symptoms#get-help-now", "/topics", "/glossary");
        assertThat(page.select("#results-pages, #results-terms, .search-suggestion")).isEmpty();
        assertThat(HtmlChecker.errors(page.outerHtml())).isEmpty();
    }

    @Test
    void noQueryShowsTheBoxAndHowToSearch() throws Exception {
        for (String q : new String[] {null, "", "   "}) {
            Document page = page(mvc.perform(q == null ? get("/search") : get("/search").param("q", q))
                    .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store")));
            assertThat(page.select("main input[name=q]")).hasSize(1);
            assertThat(page.select("#q-hint").text()).startsWith("Type a word");
            assertThat(page.select("#results-pages, #nothing-found, .error-summary")).isEmpty();
            assertThat(page.select("title").text()).isEqualTo("Search – Lumbar Spine Cancer Guide");
        }
    }

    @Test
    void aSearchOverTheLimitIsA400WithTheTextKeptAndTheReason() throws Exception {
        String typed = "pain ".repeat(40) + "x";
        Document page = page(mvc.perform(get("/search").param("q", typed)).andExpect(status().isBadRequest())
                .andExpect(view().name(SearchController.VIEW)).andExpect(header().string("Cache-Control", "no-store")));

        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#q");
        assertThat(page.select(".error-summary").text()).contains("Please use 200 characters or fewer.");
        assertThat(page.select("#q-error").text()).contains("200 characters");
        assertThat(page.select("main input[name=q]").attr("value")).isEqualTo(typed.strip());
        assertThat(page.select("main input[name=q]").attr("aria-describedby")).isEqualTo("q-hint q-error");
        assertThat(page.select("main input[name=q]").attr("maxlength")).isEqualTo("200");
        assertThat(HtmlChecker.errors(page.outerHtml())).isEmpty();
    }

    @Test
    void hostileTextIsShownBackAsTextAndSearchedAsWords() throws Exception {
        for (String typed : new String[] {"<script>alert('hx7q')</script>", "\"><svg onload=alert(1)>", "title:* AND (\\",
                "${7*7}", "José Müller – ñ ü ¿"}) {
            ResultActions result = mvc.perform(get("/search").param("q", typed)).andExpect(status().isOk());
            String html = result.andReturn().getResponse().getContentAsString();
            assertThat(html).doesNotContain("<script>alert", "<svg");
            Document page = Jsoup.parse(html);
            assertThat(page.select("main input[name=q]").attr("value")).isEqualTo(typed);
            assertThat(page.select("title").text()).contains(typed);
        }
    }

    @Test
    void everyPagesHeaderHasASearchBoxForItsLanguage() throws Exception {
        Document english = page(mvc.perform(get("/test-only/layout")).andExpect(status().isOk()));
        Element box = english.selectFirst("header form[role=search]");
        assertThat(box.attr("method")).isEqualTo("get");
        assertThat(box.attr("action")).isEqualTo("/search");
        assertThat(box.select("label[for=site-search]").text()).isEqualTo("Search the guide");
        assertThat(box.select("input#site-search").attr("name")).isEqualTo("q");
        assertThat(box.select("input#site-search").attr("maxlength")).isEqualTo(String.valueOf(GuideSearch.MAX_CHARACTERS));
        assertThat(HtmlChecker.errors(english.outerHtml())).isEmpty();

        Document spanish = page(mvc.perform(get("/es/test-only/layout")));
        Element caja = spanish.selectFirst("header form[role=search]");
        assertThat(caja.attr("action")).isEqualTo("/es/buscar");
        assertThat(caja.select("label").text()).isEqualTo("Buscar en la guía");
        assertThat(caja.select("button").text()).isEqualTo("Buscar");
        assertThat(HtmlChecker.errors(spanish.outerHtml())).isEmpty();
    }

    @Test
    void spanishIsSearchedAtItsOwnAddressInSpanish() throws Exception {
        Document page = page(mvc.perform(get("/es/buscar").param("q", "no puedo orinar")).andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "es"))
                .andExpect(header().string("Cache-Control", "no-store")));

        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.select("title").text()).startsWith("Resultados de la búsqueda de “no puedo orinar” – ");
        assertThat(page.select("main > .callout-urgent h2").text()).isEqualTo("Emergencia: busque ayuda ahora");
        assertThat(page.select("main > .callout-urgent .prose").text()).contains("debilidad nueva en una o en las dos piernas");
        assertThat(page.select("#results-pages + ol a").eachAttr("href")).isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith("/es/temas/"));
        assertThat(page.select("form.search-form").attr("action")).isEqualTo("/es/buscar");
        assertThat(HtmlChecker.errors(page.outerHtml())).isEmpty();

        Document misspelt = page(mvc.perform(get("/es/buscar").param("q", "tumr")).andExpect(status().isOk()));
        assertThat(misspelt.select(".search-suggestion").text()).isEqualTo("¿Quiso decir tumor?");
        assertThat(misspelt.select(".search-suggestion a").attr("href")).isEqualTo("/es/buscar?q=tumor");

        Document nothing = page(mvc.perform(get("/es/buscar").param("q", "xqzt")).andExpect(status().isOk()));
        assertThat(nothing.select("#nothing-found ~ ul a").eachAttr("href"))
                .containsExactly("/es/temas/sintomas#get-help-now", "/es/temas", "/es/glosario");
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
