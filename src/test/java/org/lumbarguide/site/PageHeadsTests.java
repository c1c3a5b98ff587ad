package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every page tells browsers and search engines about itself ({@link PageHeads}): its canonical address,
 * the same page in every language and x-default, the visible link to the other language, its own description,
 * and for a topic its schema.org MedicalWebPage, with a review only when a clinician really reviewed it.
 */
@SitePageSlice
class PageHeadsTests {

    static final Catalog ENGLISH = PublishedPages.english();
    static final Catalog SPANISH = SpanishPages.spanish();
    static final String BASE = "http://localhost";
    /** Each page and its Spanish counterpart: every page of the route table that exists in both languages. */
    static final Map<String, String> BOTH = new LinkedHashMap<>();

    static {
        BOTH.put("/", "/es");
        BOTH.put("/topics", "/es/temas");
        BOTH.put("/glossary", "/es/glosario");
        BOTH.put("/topics/symptoms", "/es/temas/sintomas");
        BOTH.put("/topics/treatment", "/es/temas/tratamiento");
    }

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
    void aPageInBothLanguagesNamesItselfBothLanguagesAndTheDefault() throws Exception {
        for (Map.Entry<String, String> pair : BOTH.entrySet()) {
            for (String path : List.of(pair.getKey(), pair.getValue())) {
                Document page = page(path);
                assertThat(page.select("link[rel=canonical]").eachAttr("href")).as(path).containsExactly(BASE + path);
                Map<String, String> alternates = new LinkedHashMap<>();
                for (Element link : page.select("head link[rel=alternate]")) {
                    alternates.put(link.attr("hreflang"), link.attr("href"));
                }
                assertThat(alternates).as(path).containsExactly(Map.entry("en", BASE + pair.getKey()),
                        Map.entry("es", BASE + pair.getValue()), Map.entry("x-default", BASE + pair.getKey()));
            }
        }
    }

    @Test
    void theLanguageLinkGoesToTheSamePageInTheOtherLanguageNamedInThatLanguage() throws Exception {
        for (Map.Entry<String, String> pair : BOTH.entrySet()) {
            Element toSpanish = languageLink(page(pair.getKey()));
            assertThat(toSpanish.attr("href")).isEqualTo(pair.getValue());
            assertThat(toSpanish.text()).isEqualTo("Español");
            assertThat(toSpanish.attr("lang")).isEqualTo("es");
            assertThat(toSpanish.attr("hreflang")).isEqualTo("es");
            Element toEnglish = languageLink(page(pair.getValue()));
            assertThat(toEnglish.attr("href")).isEqualTo(pair.getKey());
            assertThat(toEnglish.text()).isEqualTo("English");
            assertThat(toEnglish.attr("lang")).isEqualTo("en");
        }
        Document page = page("/topics/symptoms");
        assertThat(page.select("head script[src]").eachAttr("src")).as("keeps the section when scripts run")
                .anyMatch(src -> src.matches("/js/language-link(-[0-9a-f]+)?\\.js"));
        assertThat(page.select("head script[src*=language-link]").hasAttr("defer")).isTrue();
    }

    @Test
    void aTopicNotYetTranslatedHasNoAlternatesAndItsLinkGoesToTheOtherLanguagesTopics() throws Exception {
        List<String> untranslated = ENGLISH.topics().stream().map(TopicLink::slug)
                .filter(slug -> !slug.equals("symptoms") && !slug.equals("treatment")).toList();
        assertThat(untranslated).isNotEmpty();
        for (String slug : untranslated) {
            Document page = page("/topics/" + slug);
            assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/topics/" + slug);
            assertThat(page.select("link[rel=alternate]")).as(slug + ": a partial set would mislead").isEmpty();
            assertThat(languageLink(page).attr("href")).isEqualTo("/es/temas");
        }
    }

    @Test
    void theHomePageOffersTheOtherLanguageRightUnderItsHeading() throws Exception {
        Element offer = page("/").selectFirst("main h1 + p.language-offer");
        assertThat(offer).as("the paragraph after the heading").isNotNull();
        assertThat(offer.attr("lang")).isEqualTo("es");
        assertThat(offer.select("a").attr("href")).isEqualTo("/es");
        assertThat(offer.select("a").text()).isEqualTo(messages.getMessage("language.offer", null, Languages.SPANISH))
                .isEqualTo("Lea esta guía en español");
        Element back = page("/es").selectFirst("main h1 + p.language-offer");
        assertThat(back.attr("lang")).isEqualTo("en");
        assertThat(back.select("a").attr("href")).isEqualTo("/");
        assertThat(back.select("a").text()).isEqualTo("Read this guide in English");
    }

    @Test
    void everyPageHasADescriptionOfItsOwn() throws Exception {
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, String> pair : BOTH.entrySet()) {
            for (String path : List.of(pair.getKey(), pair.getValue())) {
                String description = page(path).select("meta[name=description]").attr("content");
                assertThat(description).as(path).isNotBlank();
                assertThat(seen.add(description)).as(path + ": " + description).isTrue();
            }
        }
        assertThat(page("/topics/symptoms").select("meta[name=description]").attr("content"))
                .isEqualTo(ENGLISH.page("symptoms").orElseThrow().summary());
        assertThat(page("/es/temas/sintomas").select("meta[name=description]").attr("content"))
                .isEqualTo(SPANISH.page("sintomas").orElseThrow().summary());
        assertThat(page("/es/glosario").select("meta[name=description]").attr("content"))
                .isEqualTo(messages.getMessage("meta.description.glossary", null, Languages.SPANISH));
        assertThat(page("/topics").select("meta[name=description]").attr("content"))
                .isEqualTo(messages.getMessage("meta.description.topics", null, Locale.ENGLISH));
    }

    @Test
    void aTopicPageDescribesItselfAsAMedicalWebPageForPatients() throws Exception {
        for (TopicLink topic : ENGLISH.topics()) {
            TopicPage expected = ENGLISH.page(topic.slug()).orElseThrow();
            Map<String, Object> json = structuredData(page("/topics/" + topic.slug()));
            assertThat(json).containsEntry("@context", "https://schema.org").containsEntry("@type", "MedicalWebPage")
                    .containsEntry("url", BASE + "/topics/" + topic.slug()).containsEntry("name", expected.title())
                    .containsEntry("description", expected.summary()).containsEntry("inLanguage", "en")
                    .containsEntry("audience", Map.of("@type", "MedicalAudience", "audienceType", "Patient"))
                    .containsEntry("isPartOf", Map.of("@type", "WebSite", "name",
                            messages.getMessage("site.name", null, Locale.ENGLISH), "url", BASE + "/"));
            assertThat(expected.review().isReviewed()).as("nothing is reviewed yet").isFalse();
            assertThat(json).as(topic.slug() + ": no review is claimed").doesNotContainKeys("lastReviewed", "reviewedBy");
        }
    }

    @Test
    void aReviewedTopicNamesTheReviewDateAndTheReviewersRoleAndNothingMore() throws Exception {
        Map<String, Object> json = structuredData(page("/es/temas/tratamiento"));
        assertThat(json).containsEntry("inLanguage", "es").containsEntry("name", "Tratamiento")
                .containsEntry("lastReviewed", "2026-12-03")
                .containsEntry("reviewedBy", Map.of("@type", "Person", "jobTitle", SpanishPages.REVIEWER));
        assertThat(structuredData(page("/es/temas/sintomas"))).doesNotContainKeys("lastReviewed", "reviewedBy");
    }

    @Test
    void onlyTopicPagesCarryStructuredData() throws Exception {
        for (String path : List.of("/", "/topics", "/glossary", "/es", "/es/temas", "/es/glosario")) {
            assertThat(page(path).select("script[type=application/ld+json]")).as(path).isEmpty();
        }
    }

    @Test
    void aConfiguredOrForwardedHostIsTheOneNamed() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/es/temas/sintomas").with(request -> {
            request.setScheme("https");
            request.setServerName("guia.example.org");
            request.setServerPort(443);
            request.setSecure(true);
            return request;
        })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://guia.example.org/es/temas/sintomas");
        assertThat(page.select("link[hreflang=x-default]").attr("href"))
                .isEqualTo("https://guia.example.org/topics/symptoms");
        assertThat(structuredData(page)).containsEntry("url", "https://guia.example.org/es/temas/sintomas");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static Element languageLink(Document page) {
        List<Element> links = page.select("header a[data-keep-section]");
        assertThat(links).hasSize(1);
        return links.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structuredData(Document page) {
        List<Element> scripts = page.select("head script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return JsonMapper.builder().build().readValue(scripts.get(0).data(), Map.class);
    }
}
