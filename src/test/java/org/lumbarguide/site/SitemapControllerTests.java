package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code /sitemap.xml}, read as XML with namespaces as a crawler reads it (sitemaps.org 0.9, Google's
 * {@code xhtml:link} alternates), and {@code /robots.txt}, which names it.
 */
@SitePageSlice
class SitemapControllerTests {

    static final Catalog ENGLISH = PublishedPages.english();
    static final Catalog SPANISH = SpanishPages.spanish();
    static final String BASE = "http://localhost";

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicCatalog catalog;

    /** One {@code <url>}: its address, lastmod (or null) and alternates by hreflang. */
    record Url(String loc, String lastmod, Map<String, String> alternates) {
    }

    @BeforeEach
    void published() {
        when(catalog.catalog("en")).thenReturn(ENGLISH);
        when(catalog.catalog("es")).thenReturn(SPANISH);
    }

    @Test
    void everyPublicPageInBothLanguagesIsListedOnceAtItsWholeAddress() throws Exception {
        List<String> expected = new ArrayList<>(List.of(BASE + "/", BASE + "/topics", BASE + "/glossary"));
        ENGLISH.topics().forEach(topic -> expected.add(BASE + "/topics/" + topic.slug()));
        expected.addAll(List.of(BASE + "/es", BASE + "/es/temas", BASE + "/es/glosario", BASE + "/es/temas/sintomas",
                BASE + "/es/temas/tratamiento"));
        assertThat(urls().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aPageInBothLanguagesListsBothAndTheDefaultAsAlternates() throws Exception {
        Map<String, Url> urls = urls();
        Map<String, String> symptoms = Map.of("en", BASE + "/topics/symptoms", "es", BASE + "/es/temas/sintomas",
                "x-default", BASE + "/topics/symptoms");
        assertThat(urls.get(BASE + "/topics/symptoms").alternates()).isEqualTo(symptoms);
        assertThat(urls.get(BASE + "/es/temas/sintomas").alternates()).isEqualTo(symptoms);
        assertThat(urls.get(BASE + "/es/glosario").alternates()).isEqualTo(Map.of("en", BASE + "/glossary",
                "es", BASE + "/es/glosario", "x-default", BASE + "/glossary"));
        assertThat(urls.get(BASE + "/").alternates()).containsEntry("es", BASE + "/es");
        assertThat(urls.get(BASE + "/topics/overview").alternates()).as("not translated yet: no alternates").isEmpty();
    }

    @Test
    void lastmodIsWhenTheTextLastChangedAsTheCatalogKnowsIt() throws Exception {
        Map<String, Url> urls = urls();
        LocalDate latest = LocalDate.MIN;
        for (TopicLink topic : ENGLISH.topics()) {
            TopicPage page = ENGLISH.page(topic.slug()).orElseThrow();
            LocalDate changed = page.review().isReviewed() && page.review().reviewed().isAfter(page.review().written())
                    ? page.review().reviewed() : page.review().written();
            assertThat(urls.get(BASE + "/topics/" + topic.slug()).lastmod()).as(topic.slug()).isEqualTo(changed.toString());
            latest = changed.isAfter(latest) ? changed : latest;
        }
        assertThat(urls.get(BASE + "/").lastmod()).as("the home page shows every topic").isEqualTo(latest.toString());
        assertThat(urls.get(BASE + "/topics").lastmod()).isEqualTo(latest.toString());
        assertThat(urls.get(BASE + "/glossary").lastmod()).as("the catalog has no date for it").isNull();
        assertThat(urls.get(BASE + "/es/temas/tratamiento").lastmod()).as("reviewed after it was written")
                .isEqualTo(SpanishPages.REVIEWED.toString());
        assertThat(urls.get(BASE + "/es/temas/sintomas").lastmod()).isEqualTo(SpanishPages.WRITTEN.toString());
        assertThat(urls.get(BASE + "/es").lastmod()).isEqualTo(SpanishPages.REVIEWED.toString());
    }

    @Test
    void theSitemapIsRevalidatedWithItsEtagAndNamesTheAddressItWasAskedAt() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andReturn().getResponse();
        assertThat(first.getContentType()).startsWith("application/xml").containsIgnoringCase("charset=UTF-8");
        String etag = first.getHeader("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");
        mvc.perform(get("/sitemap.xml").header("If-None-Match", etag)).andExpect(status().isNotModified());
        MockHttpServletResponse elsewhere = mvc.perform(get("/sitemap.xml").with(request -> {
            request.setScheme("https");
            request.setServerName("guia.example.org");
            request.setServerPort(443);
            return request;
        })).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(elsewhere.getHeader("ETag")).isNotEqualTo(etag);
        assertThat(parse(elsewhere.getContentAsByteArray()).keySet())
                .allSatisfy(loc -> assertThat(loc).startsWith("https://guia.example.org/"));
    }

    @Test
    void robotsTxtKeepsItsRulesAndNamesTheSitemapByItsWholeAddress() throws Exception {
        MockHttpServletResponse robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache")).andReturn().getResponse();
        assertThat(robots.getContentType()).startsWith("text/plain");
        assertThat(robots.getContentAsString().lines().toList()).contains("User-agent: *", "Allow: /",
                "Sitemap: " + BASE + "/sitemap.xml");
        mvc.perform(get("/robots.txt").header("If-None-Match", robots.getHeader("ETag")))
                .andExpect(status().isNotModified());
    }

    private Map<String, Url> urls() throws Exception {
        return parse(mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
    }

    /** Each {@code <url>} by its {@code <loc>}; fails on a repeated address or an element in the wrong namespace. */
    static Map<String, Url> parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("urlset");
        assertThat(root.getNamespaceURI()).isEqualTo(SitemapController.SITEMAP_NS);
        Map<String, Url> urls = new LinkedHashMap<>();
        NodeList list = root.getElementsByTagNameNS(SitemapController.SITEMAP_NS, "url");
        assertThat(list.getLength()).isEqualTo(root.getChildNodes().getLength() - countText(root));
        for (int i = 0; i < list.getLength(); i++) {
            Element url = (Element) list.item(i);
            String loc = text(url, "loc");
            NodeList links = url.getElementsByTagNameNS(SitemapController.XHTML_NS, "link");
            Map<String, String> alternates = new LinkedHashMap<>();
            for (int j = 0; j < links.getLength(); j++) {
                Element link = (Element) links.item(j);
                assertThat(link.getAttribute("rel")).isEqualTo("alternate");
                assertThat(alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"))).isNull();
            }
            assertThat(urls.put(loc, new Url(loc, text(url, "lastmod"), alternates))).as(loc + " listed once").isNull();
        }
        return urls;
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(SitemapController.SITEMAP_NS, name);
        assertThat(found.getLength()).isLessThanOrEqualTo(1);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    private static int countText(Element element) {
        int text = 0;
        for (int i = 0; i < element.getChildNodes().getLength(); i++) {
            if (element.getChildNodes().item(i).getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                text++;
            }
        }
        return text;
    }
}
