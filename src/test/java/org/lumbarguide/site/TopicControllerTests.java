package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The list of topics and every topic page, rendered from the real published content. */
@SitePageSlice
class TopicControllerTests {

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
    void theListNamesEveryTopicWithItsSummary() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/topics")).andExpect(status().isOk())
                .andExpect(view().name("topics/index")).andExpect(model().attribute("topics", ENGLISH.topics()))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("ol.topic-list > li > a").eachText())
                .containsExactlyElementsOf(ENGLISH.topics().stream().map(TopicLink::title).toList());
        assertThat(page.select("ol.topic-list > li > p").eachText())
                .containsExactlyElementsOf(ENGLISH.topics().stream().map(TopicLink::summary).toList());
    }

    @Test
    void everyTopicPageShowsItsTitleContentsAndSectionsInOrder() throws Exception {
        assertThat(ENGLISH.topics()).hasSizeGreaterThan(5);
        for (TopicLink topic : ENGLISH.topics()) {
            TopicPage expected = ENGLISH.page(topic.slug()).orElseThrow();
            Document page = Jsoup.parse(mvc.perform(get("/topics/" + topic.slug())).andExpect(status().isOk())
                    .andExpect(view().name("topics/topic")).andExpect(model().attribute("page", expected))
                    .andExpect(header().string("Cache-Control", "no-cache"))
                    .andReturn().getResponse().getContentAsString());
            assertThat(page.select("h1").eachText()).as(topic.slug()).containsExactly(expected.title());
            assertThat(page.select("nav.toc a").eachAttr("href")).as(topic.slug()).containsExactlyElementsOf(
                    expected.sections().stream().map(section -> "#" + section.anchor()).toList());
            assertThat(page.select("section.topic-section h2").eachText()).as(topic.slug())
                    .containsExactlyElementsOf(expected.sections().stream().map(SectionView::heading).toList());
            assertThat(page.select("nav.breadcrumbs a[aria-current=page]").text()).isEqualTo(expected.title());
        }
    }

    @Test
    void theReviewSentenceIsInThePagesLanguageWhateverTheBrowserAsksFor() throws Exception {
        TopicPage symptoms = ENGLISH.page("symptoms").orElseThrow();
        String written = symptoms.review().written().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        Document page = Jsoup.parse(mvc.perform(get("/topics/symptoms").header("Accept-Language", "fr-FR,fr;q=0.9"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Language", "en"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("p.reviewed").text()).contains(symptoms.review().isReviewed()
                ? symptoms.review().reviewed().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : written);
    }

    @Test
    void anUnknownTopicIsNotFound() throws Exception {
        mvc.perform(get("/topics/no-such-topic")).andExpect(status().isNotFound());
    }
}
