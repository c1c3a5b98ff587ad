package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Spanish pages at their Spanish addresses, and the language taken from the address alone: never from the
 * browser's Accept-Language. The Spanish catalog is {@link SpanishPages} until the Spanish content files are in.
 */
@SitePageSlice
class SpanishRoutesTests {

    static final Catalog ENGLISH = PublishedPages.english();
    static final Catalog SPANISH = SpanishPages.spanish();
    static final Locale ES = Languages.SPANISH;

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicCatalog catalog;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void published() {
        when(catalog.catalog("en")).thenReturn(ENGLISH);
        when(catalog.catalog("es")).thenReturn(SPANISH);
    }

    @Test
    void theAddressDecidesTheLanguageWhateverTheBrowserAsksFor() throws Exception {
        for (String asked : List.of("es", "es-MX,es;q=0.9", "en-GB,en;q=0.8", "fr-FR,fr;q=0.9", "*")) {
            for (String path : List.of("/", "/topics", "/glossary", "/topics/symptoms")) {
                MockHttpServletResponse english = page(path, asked);
                assertThat(english.getHeader("Content-Language")).as(path + " " + asked).isEqualTo("en");
                assertThat(Jsoup.parse(english.getContentAsString()).select("html").attr("lang")).isEqualTo("en");
                assertThat(english.getHeaders("Vary")).as("nothing negotiated on the language")
                        .noneMatch(vary -> vary.contains("Accept-Language"));
            }
            for (String path : List.of("/es", "/es/temas", "/es/glosario", "/es/temas/sintomas")) {
                MockHttpServletResponse spanish = page(path, asked);
                assertThat(spanish.getHeader("Content-Language")).as(path + " " + asked).isEqualTo("es");
                assertThat(Jsoup.parse(spanish.getContentAsString()).select("html").attr("lang")).isEqualTo("es");
            }
        }
        ArgumentCaptor<String> languages = ArgumentCaptor.forClass(String.class);
        verify(catalog, atLeastOnce()).catalog(languages.capture());
        assertThat(languages.getAllValues()).as("no other language is ever looked up").containsOnly("en", "es");
        verify(catalog, atLeastOnce()).catalog(anyString());
    }

    @Test
    void theSpanishHomeListsTheSpanishTopicsAtTheirSpanishAddresses() throws Exception {
        Document home = Jsoup.parse(mvc.perform(get("/es")).andExpect(status().isOk()).andExpect(view().name("site/home"))
                .andExpect(model().attribute("topics", SPANISH.topics()))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andReturn().getResponse().getContentAsString());
        assertThat(home.select("h1").text()).isEqualTo(messages.getMessage("home.heading", null, ES));
        assertThat(home.select("ol.topic-list > li > a").eachAttr("href")).containsExactly("/es/temas/sintomas",
                "/es/temas/tratamiento");
        assertThat(home.select("#urgent-heading").text()).isEqualTo(SPANISH.urgentSigns().heading());
        assertThat(home.select("nav.site-nav a").eachAttr("href"))
                .containsExactly("/es", "/es/temas", "/es/temas/sintomas", "/es/glosario", "/handouts");
        assertThat(home.select("a.brand").attr("href")).isEqualTo("/es");
        assertThat(home.select("footer a").eachAttr("href")).contains("/es/temas/sintomas#get-help-now");
        assertThat(home.select("footer .footer-emergency").text()).contains("Llame a su línea de ayuda de 24 horas");
    }

    @Test
    void theSpanishListAndTopicPagesLinkWithinSpanish() throws Exception {
        Document list = Jsoup.parse(mvc.perform(get("/es/temas")).andExpect(status().isOk())
                .andExpect(view().name("topics/index")).andExpect(model().attribute("topics", SPANISH.topics()))
                .andReturn().getResponse().getContentAsString());
        assertThat(list.select("ol.topic-list > li > a").eachText()).containsExactlyElementsOf(
                SPANISH.topics().stream().map(TopicLink::title).toList());
        assertThat(list.select("nav.breadcrumbs a").eachAttr("href")).containsExactly("/es", "/es/temas");

        TopicPage symptoms = SPANISH.page("sintomas").orElseThrow();
        Document page = Jsoup.parse(mvc.perform(get("/es/temas/sintomas")).andExpect(status().isOk())
                .andExpect(view().name("topics/topic")).andExpect(model().attribute("page", symptoms))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").eachText()).containsExactly("Síntomas");
        assertThat(page.select("nav.breadcrumbs a").eachAttr("href"))
                .containsExactly("/es", "/es/temas", "/es/temas/sintomas");
        assertThat(page.select("nav.toc a").eachAttr("href")).as("the English page's anchors").containsExactlyElementsOf(
                ENGLISH.page("symptoms").orElseThrow().sections().stream().map(s -> "#" + s.anchor()).toList());
        assertThat(page.select("section.feedback form").attr("action")).isEqualTo("/es/comentarios");
        assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/es/temas/tratamiento");
        assertThat(page.select("p.print-link a").attr("href")).isEqualTo("/handouts?topic=symptoms&lang=es");
        Document english = Jsoup.parse(mvc.perform(get("/topics/symptoms")).andReturn().getResponse()
                .getContentAsString());
        assertThat(english.select("p.print-link a").attr("href")).isEqualTo("/handouts?topic=symptoms");
        assertThat(english.select("section.feedback form").attr("action")).isEqualTo("/feedback");
    }

    @Test
    void aSlugIsFoundOnlyInItsOwnLanguage() throws Exception {
        mvc.perform(get("/es/temas/symptoms")).andExpect(status().isNotFound());
        mvc.perform(get("/topics/sintomas")).andExpect(status().isNotFound());
        mvc.perform(get("/es/temas/nope")).andExpect(status().isNotFound());
        mvc.perform(get("/es/topics")).andExpect(status().isNotFound());
        mvc.perform(get("/espalda")).andExpect(status().isNotFound());
    }

    /** The container forwards a failed request to /error with its address: the error page is in its language. */
    @Test
    void theErrorPageOfASpanishAddressIsInSpanish() throws Exception {
        Document spanish = error("/es/temas/nope", 404, "es");
        assertThat(spanish.select("h1").text()).isEqualTo(messages.getMessage("error.404.title", null, ES));
        assertThat(spanish.select("main a").eachAttr("href")).containsExactly("/es", "/es/temas");
        assertThat(spanish.select("a[data-keep-section]").eachAttr("href")).as("to the English home page")
                .containsExactly("/");
        assertThat(spanish.select("link[rel=canonical], link[rel=alternate]")).as("an error is no page to index")
                .isEmpty();
        Document english = error("/topics/nope", 404, "en");
        assertThat(english.select("h1").text()).isEqualTo(messages.getMessage("error.404.title", null, Locale.ENGLISH));
        assertThat(english.select("main a").eachAttr("href")).containsExactly("/", "/topics");
        assertThat(english.select("a[data-keep-section]").eachAttr("href")).containsExactly("/es");
        assertThat(error("/es", 500, "es").select("h1").text())
                .isEqualTo(messages.getMessage("error.500.title", null, ES));
    }

    @Test
    void datesAreWrittenAsThePagesLanguageWritesThem() throws Exception {
        String reviewed = Jsoup.parse(mvc.perform(get("/es/temas/tratamiento")).andReturn().getResponse()
                .getContentAsString()).select("p.reviewed").text();
        assertThat(reviewed).contains("oncóloga clínica").contains("3 de diciembre de 2026")
                .contains("diciembre de 2029").doesNotContain("December");
        String written = Jsoup.parse(mvc.perform(get("/es/temas/sintomas")).andReturn().getResponse()
                .getContentAsString()).select("p.reviewed").text();
        assertThat(written).contains("14 de febrero de 2026");
        TopicPage english = ENGLISH.page("symptoms").orElseThrow();
        String englishDate = Jsoup.parse(mvc.perform(get("/topics/symptoms")).andReturn().getResponse()
                .getContentAsString()).select("p.reviewed").text();
        assertThat(englishDate).contains(english.review().written().format(
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
    }

    private MockHttpServletResponse page(String path, String acceptLanguage) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", acceptLanguage)).andExpect(status().isOk())
                .andReturn().getResponse();
    }

    private Document error(String failed, int status, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/error").accept("text/html")
                        .header("Accept-Language", language.equals("es") ? "en" : "es")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, failed))
                .andExpect(status().is(status)).andReturn().getResponse();
        assertThat(response.getHeader("Content-Language")).as(failed).isEqualTo(language);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("html").attr("lang")).as(failed).isEqualTo(language);
        return page;
    }
}
