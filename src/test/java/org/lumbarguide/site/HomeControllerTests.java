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

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/** The home page, rendered by its controller and template from the real published content. */
@SitePageSlice
class HomeControllerTests {

    static final Catalog ENGLISH = PublishedPages.english();

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicCatalog catalog;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void published() {
        when(catalog.catalog("en")).thenReturn(ENGLISH);
    }

    @Test
    void theHomePageListsEveryTopicInReadingOrderWithTheEmergencyBoxAndWhoToCall() throws Exception {
        String html = mvc.perform(get("/")).andExpect(status().isOk()).andExpect(view().name("site/home"))
                .andExpect(model().attribute("topics", ENGLISH.topics()))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo(messages.getMessage("home.heading", null, Locale.ENGLISH));
        assertThat(page.select("ol.topic-list > li > a").eachAttr("href"))
                .containsExactlyElementsOf(ENGLISH.topics().stream().map(topic -> "/topics/" + topic.slug()).toList());
        assertThat(page.select("ol.topic-list .topic-tagline").eachText())
                .containsExactlyElementsOf(ENGLISH.topics().stream().map(TopicLink::tagline).toList());
        assertThat(page.select("#urgent-heading").text()).isEqualTo(ENGLISH.urgentSigns().heading());
        assertThat(page.select(".callout-urgent .prose").text())
                .isEqualTo(Jsoup.parse(ENGLISH.urgentSigns().plainHtml()).text());
        assertThat(page.select("footer .footer-emergency").text())
                .as("the footer says who to call, from the catalog (EmergencyDetails)")
                .contains(Jsoup.parse(ENGLISH.emergencyRouting()).text());
    }

    @Test
    void everyBrowserGetsTheSupportedLanguageAndTheCatalogIsAskedForNoOther() throws Exception {
        for (String asked : List.of("fr-FR,fr;q=0.9", "en-GB,en;q=0.8", "es", "de;q=0.9, en;q=0.5", "*")) {
            String html = mvc.perform(get("/").header("Accept-Language", asked)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Language", "en"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(html).select("html").attr("lang")).as(asked).isEqualTo("en");
        }
        ArgumentCaptor<String> languages = ArgumentCaptor.forClass(String.class);
        verify(catalog, atLeastOnce()).catalog(languages.capture());
        assertThat(languages.getAllValues()).containsOnly("en");
        verify(catalog, atLeastOnce()).catalog(anyString());
    }
}
