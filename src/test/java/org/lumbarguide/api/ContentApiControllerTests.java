package org.lumbarguide.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every endpoint of the content API in its web slice ({@link ContentApiSlice}) over the real catalogs of the content
 * files: what each answers, ETags and 304, CORS, and problem details for an unknown language or topic, bad
 * parameters, unknown addresses and methods.
 */
@ContentApiSlice
class ContentApiControllerTests {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicCatalog catalog;

    @BeforeEach
    void catalogs() {
        // Built first: building one stubs mocks of its own, which must not happen inside when(...).
        var english = ApiCatalogs.english();
        var spanish = ApiCatalogs.spanish();
        when(catalog.catalog("en")).thenReturn(english);
        when(catalog.catalog("es")).thenReturn(spanish);
    }

    @Test
    void theIndexNamesTheLanguagesAndTheLists() throws Exception {
        mvc.perform(get("/api/v1"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.version").value("v1"))
                .andExpect(jsonPath("$.languages[*].code").value(Matchers.contains("en", "es")))
                .andExpect(jsonPath("$.languages[1].name").value("Español"))
                .andExpect(jsonPath("$.languages[1].topics").value("/api/v1/es/topics"))
                .andExpect(jsonPath("$.openApi").value("/v3/api-docs"));
    }

    @Test
    void topicsAreListedPerLanguageInReadingOrder() throws Exception {
        List<String> keys = ApiCatalogs.english().topics().stream().map(t -> t.key()).toList();
        mvc.perform(get("/api/v1/en/topics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.topics[*].key").value(Matchers.contains(keys.toArray())))
                .andExpect(jsonPath("$.topics[?(@.key=='symptoms')].page").value(Matchers.contains("/topics/symptoms")))
                .andExpect(jsonPath("$.topics[?(@.key=='symptoms')].href")
                        .value(Matchers.contains("/api/v1/en/topics/symptoms")))
                .andExpect(jsonPath("$.topics[0].translation").doesNotExist());
        String spanishSlug = ApiCatalogs.spanish().pageByKey("symptoms").orElseThrow().slug();
        mvc.perform(get("/api/v1/es/topics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("es"))
                .andExpect(jsonPath("$.topics[?(@.key=='symptoms')].page")
                        .value(Matchers.contains("/es/temas/" + spanishSlug)))
                .andExpect(jsonPath("$.topics[0].translation.status").value(Matchers.oneOf("current", "out-of-date")));
    }

    @Test
    void aTopicHasItsSectionsAsMarkdownAndSafeHtmlWithTheirLevelsOfUrgency() throws Exception {
        TopicPage symptoms = ApiCatalogs.english().pageByKey("symptoms").orElseThrow();
        mvc.perform(get("/api/v1/en/topics/symptoms"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("symptoms"))
                .andExpect(jsonPath("$.title").value(symptoms.title()))
                .andExpect(jsonPath("$.sections.length()").value(symptoms.sections().size()))
                .andExpect(jsonPath("$.sections[0].anchor").value("get-help-now"))
                .andExpect(jsonPath("$.sections[0].kind").value("urgent"))
                .andExpect(jsonPath("$.sections[0].urgency.level").value(1))
                .andExpect(jsonPath("$.sections[0].urgency.tier").value("emergency"))
                .andExpect(jsonPath("$.sections[1].urgency.level").value(2))
                .andExpect(jsonPath("$.sections[1].urgency.tier").value("helpline"))
                .andExpect(jsonPath("$.sections[2].urgency.tier").value("care-team"))
                .andExpect(jsonPath("$.sections[3].urgency.level").value(4))
                .andExpect(jsonPath("$.sections[4].urgency").doesNotExist())
                .andExpect(jsonPath("$.sections[4].kind").value("normal"))
                // The Markdown as rendered: includes filled in, no placeholder left.
                .andExpect(jsonPath("$.sections[1].markdown").value(Matchers.not(Matchers.containsString("{{"))))
                .andExpect(jsonPath("$.sections[1].markdown").value(Matchers.containsString("helpline")))
                .andExpect(jsonPath("$.sections[1].html").value(Matchers.startsWith("<")))
                .andExpect(jsonPath("$.sections[1].page").value("/topics/symptoms#call-helpline-now"))
                .andExpect(jsonPath("$.sections[0].translation").doesNotExist())
                .andExpect(jsonPath("$.review.written").value(symptoms.review().written().toString()))
                .andExpect(jsonPath("$.reading.measure").value("flesch-kincaid-grade"))
                .andExpect(jsonPath("$.sources[0].publisher").isNotEmpty())
                .andExpect(jsonPath("$.codes").isArray())
                .andExpect(jsonPath("$.previous").value(symptoms.previous().key()))
                .andExpect(jsonPath("$.next").value(symptoms.next().key()));
    }

    @Test
    void theSanitisedHtmlIsTheCatalogsNeverTheMarkdownsRawHtml() throws Exception {
        TopicPage symptoms = ApiCatalogs.english().pageByKey("symptoms").orElseThrow();
        mvc.perform(get("/api/v1/en/topics/symptoms"))
                .andExpect(jsonPath("$.sections[5].html").value(symptoms.sections().get(5).html()))
                .andExpect(jsonPath("$.sections[5].markdown").value(symptoms.sections().get(5).markdown()));
        assertThat(symptoms.sections().get(5).markdown()).isNotBlank();
    }

    @Test
    void aSpanishTopicSaysWhetherEachPartOfItsTranslationIsCurrent() throws Exception {
        TopicPage symptoms = ApiCatalogs.spanish().pageByKey("symptoms").orElseThrow();
        mvc.perform(get("/api/v1/es/topics/symptoms"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("es"))
                .andExpect(jsonPath("$.slug").value(symptoms.slug()))
                .andExpect(jsonPath("$.page").value("/es/temas/" + symptoms.slug()))
                .andExpect(jsonPath("$.reading.measure").value("fernandez-huerta-ease"))
                .andExpect(jsonPath("$.translation.sourceLanguage").value("en"))
                .andExpect(jsonPath("$.sections[0].translation.status").value(
                        symptoms.sections().get(0).outOfDate() ? "out-of-date" : "current"))
                .andExpect(jsonPath("$.sections[0].translation.sourceLanguage").value("en"))
                .andExpect(jsonPath("$.sections[0].translation.showsSource").isBoolean());
    }

    @Test
    void theGlossaryIsEveryTermAToZWithItsPage() throws Exception {
        long terms = ApiCatalogs.spanish().glossary().stream().mapToLong(l -> l.entries().size()).sum();
        mvc.perform(get("/api/v1/es/glossary"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("es"))
                .andExpect(jsonPath("$.terms.length()").value((int) terms))
                .andExpect(jsonPath("$.terms[0].page").value(Matchers.startsWith("/es/glosario#")))
                .andExpect(jsonPath("$.terms[0].forms").isArray());
        assertThat(terms).isGreaterThan(10);
    }

    @Test
    void theSourcesAreListedOnceEachWithTheTopicsThatCiteThem() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/sources"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sources[0].publisher").isNotEmpty())
                .andExpect(jsonPath("$.sources[0].topics").isNotEmpty())
                .andReturn();
        String body = result.getResponse().getContentAsString();
        assertThat(body).contains("\"symptoms\"", "Spinal metastases and metastatic spinal cord compression");
        // NICE NG234 is cited by several topics, in both languages: one entry.
        assertThat(body.split("NICE guideline NG234\\)\"", -1)).hasSize(2);
    }

    @Test
    void theCodesListEveryCodeOnceWithTheTopicsThatListIt() throws Exception {
        var english = ApiCatalogs.english();
        List<String> withBone = english.topics().stream().map(t -> t.key())
                .filter(key -> english.codes(key).stream().anyMatch(c -> c.code().equals("C79.51"))).toList();
        assertThat(withBone).isNotEmpty();
        mvc.perform(get("/api/v1/codes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.codes.length()").value(english.allCodes().size()))
                .andExpect(jsonPath("$.codes[?(@.code=='C79.51')].topics[*]").value(Matchers.containsInAnyOrder(withBone.toArray())))
                .andExpect(jsonPath("$.codes[?(@.code=='C79.51')].oid").value(Matchers.contains("2.16.840.1.113883.6.90")))
                .andExpect(jsonPath("$.codes[?(@.code=='C79.51')].system").value(Matchers.contains("icd-10-cm")))
                .andExpect(jsonPath("$.codes[?(@.code=='C79.51')].display")
                        .value(Matchers.contains("Secondary malignant neoplasm of bone")))
                .andExpect(jsonPath("$.query").doesNotExist())
                .andExpect(jsonPath("$.topics").doesNotExist());
        mvc.perform(get("/api/v1/en/topics/" + withBone.get(0)))
                .andExpect(jsonPath("$.codes[*].code").value(Matchers.hasItem("C79.51")));
        mvc.perform(get("/api/v1/es/topics/" + withBone.get(0)))
                .andExpect(jsonPath("$.codes[*].code").value(Matchers.hasItem("C79.51")));
    }

    @Test
    void aCodeLookupFindsTheTopicsThatAnswerItByTheCatalogsRules() throws Exception {
        var english = ApiCatalogs.english();
        List<String> expected = english.topicsForCode(org.lumbarguide.content.catalog.CodeSystem.ICD_10_CM, "C79.5")
                .stream().map(t -> t.key()).toList();
        assertThat(expected).isNotEmpty();
        mvc.perform(get("/api/v1/codes").param("system", "ICD-10-CM").param("code", " c79.5 "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query.system").value("icd-10-cm"))
                .andExpect(jsonPath("$.query.code").value("c79.5"))
                .andExpect(jsonPath("$.topics").value(Matchers.contains(expected.toArray())))
                .andExpect(jsonPath("$.codes[*].code").value(Matchers.hasItems("C79.51", "C79.52")));
        mvc.perform(get("/api/v1/codes").param("system", "icd-10-cm").param("code", "Z00.00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topics").isEmpty())
                .andExpect(jsonPath("$.codes").isEmpty());
        mvc.perform(get("/api/v1/codes").param("system", "snomed-ct").param("code", "junk!"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topics").isEmpty());
    }

    @Test
    void anAnswerHasAStrongEtagAndRevalidates() throws Exception {
        MvcResult first = mvc.perform(get("/api/v1/en/topics/symptoms"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"").doesNotStartWith("W/").hasSizeGreaterThan(10);
        mvc.perform(get("/api/v1/en/topics/symptoms").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(content().string(""));
        mvc.perform(get("/api/v1/en/topics/symptoms").header("If-None-Match", "W/" + etag))
                .andExpect(status().isNotModified());
        mvc.perform(head("/api/v1/en/topics/symptoms").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/v1/en/topics/symptoms").header("If-None-Match", "\"something-else\""))
                .andExpect(status().isOk());
        // Each answer its own tag: another topic, the other language, another list.
        assertThat(etagOf("/api/v1/en/topics/treatment")).isNotEqualTo(etag);
        assertThat(etagOf("/api/v1/es/topics/symptoms")).isNotEqualTo(etag);
        assertThat(etagOf("/api/v1/en/topics")).isNotEqualTo(etagOf("/api/v1/es/topics"));
        assertThat(etagOf("/api/v1/en/topics/symptoms")).as("stable while the catalog is").isEqualTo(etag);
        for (String path : List.of("/api/v1", "/api/v1/en/glossary", "/api/v1/sources", "/api/v1/codes")) {
            String tag = etagOf(path);
            mvc.perform(get(path).header("If-None-Match", tag)).andExpect(status().isNotModified());
        }
    }

    @Test
    void aNewCatalogGivesNewAnswers() throws Exception {
        String before = etagOf("/api/v1/en/topics");
        TopicPage first = ApiCatalogs.english().pageByKey("overview").orElseThrow();
        var english = ApiCatalogs.english();
        var changed = new org.lumbarguide.content.catalog.TopicViews.Catalog(english.language(),
                english.topics().subList(1, english.topics().size()), english.pagesBySlug(), english.urgentSigns(),
                english.emergencyRouting(), english.glossary(), "changed", english.outOfDate());
        when(catalog.catalog("en")).thenReturn(changed);
        mvc.perform(get("/api/v1/en/topics").header("If-None-Match", before))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topics[*].key").value(Matchers.not(Matchers.hasItem(first.key()))));
        assertThat(etagOf("/api/v1/en/topics")).isNotEqualTo(before);
    }

    @Test
    void anyOriginMayReadButNotWrite() throws Exception {
        mvc.perform(get("/api/v1/en/topics").header("Origin", "https://ehr.example.org"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Expose-Headers", Matchers.containsString("ETag")));
        mvc.perform(options("/api/v1/en/topics/symptoms").header("Origin", "https://ehr.example.org")
                        .header("Access-Control-Request-Method", "GET")
                        .header("Access-Control-Request-Headers", "if-none-match"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Allow-Methods", Matchers.allOf(
                        Matchers.containsString("GET"), Matchers.not(Matchers.containsString("POST")))))
                .andExpect(header().string("Access-Control-Allow-Headers", Matchers.containsStringIgnoringCase("If-None-Match")));
        mvc.perform(options("/api/v1/en/topics").header("Origin", "https://ehr.example.org")
                        .header("Access-Control-Request-Method", "POST"))
                .andExpect(status().isForbidden());
        // An error is readable across origins too.
        mvc.perform(get("/api/v1/en/topics/nope").header("Origin", "https://ehr.example.org"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"));
        // The site's pages are not opened to other origins.
        mvc.perform(get("/api").header("Origin", "https://ehr.example.org"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void anUnknownLanguageIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/fr/topics"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/api#problem-unknown-language"))
                .andExpect(jsonPath("$.title").value("Unknown language"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("The guide is written in these languages only: en, es."))
                .andExpect(jsonPath("$.instance").value("/api/v1/fr/topics"));
        for (String path : List.of("/api/v1/EN/topics", "/api/v1/en-US/glossary", "/api/v1/xx/topics/symptoms")) {
            mvc.perform(get(path)).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value("/api#problem-unknown-language"));
        }
    }

    @Test
    void anUnknownTopicIsAProblemInTheLanguageOfTheAddress() throws Exception {
        mvc.perform(get("/api/v1/en/topics/no-such-topic"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.type").value("/api#problem-unknown-topic"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("/api/v1/en/topics")));
        mvc.perform(get("/api/v1/es/topics/no-such-topic"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Tema desconocido"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("/api/v1/es/topics")));
        // A slug is not a key: the Spanish address word finds nothing.
        String spanishSlug = ApiCatalogs.spanish().pageByKey("living-with").orElseThrow().slug();
        if (!spanishSlug.equals("living-with")) {
            mvc.perform(get("/api/v1/es/topics/" + spanishSlug)).andExpect(status().isNotFound());
        }
    }

    @Test
    void badCodeParametersAreProblems() throws Exception {
        mvc.perform(get("/api/v1/codes").param("system", "loinc").param("code", "123"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/api#problem-bad-parameter"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("icd-10-cm")));
        mvc.perform(get("/api/v1/codes").param("code", "C79.5"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("/api#problem-bad-parameter"));
        mvc.perform(get("/api/v1/codes").param("system", "icd-10-cm"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/codes").param("system", "icd-10-cm").param("code", "C".repeat(41)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("40")));
    }

    @Test
    void unknownAddressesAndMethodsAreProblemsToo() throws Exception {
        mvc.perform(get("/api/v1/en/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v2/en/topics")).andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON));
        mvc.perform(post("/api/v1/en/topics"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(header().string("Allow", Matchers.containsString("GET")))
                .andExpect(jsonPath("$.status").value(405))
                .andExpect(jsonPath("$.detail").value("The API only reads: use GET."));
        mvc.perform(put("/api/v1/sources")).andExpect(status().isMethodNotAllowed());
        mvc.perform(get("/api/v1/en/topics").header("Accept", "application/xml"))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentType(PROBLEM_JSON));
    }

    @Test
    void theHtmlPagesKeepTheirOwnErrors() throws Exception {
        mvc.perform(get("/apis/v1/en/topics"))
                .andExpect(result -> assertThat(String.valueOf(result.getResponse().getContentType())).doesNotContain("problem"));
    }

    @Test
    void hostileInputNeverFailsTheServer() throws Exception {
        List<String> paths = List.of("/api/v1/en/topics/" + "a".repeat(5000), "/api/v1/" + "x".repeat(3000) + "/topics",
 "/api/v1/en/topics/%E2%80%AE",
                "/api/v1/en/topics/symptoms%3Cscript%3E", "/api/v1/%C3%B1/topics", "/api/v1/en/topics/SYMPTOMS",
                "/api/v1/en/topics/symptoms.json", "/api/v1/en/topics/symptoms;jsessionid=1",
                "/api/v1/codes?system=%00&code=%00", "/api/v1/codes?system=icd-10-cm&code=%27%3B--",
                "/api/v1/codes?system=snomed-ct&code=" + "9".repeat(40), "/api/v1/codes?system=icd-10-cm&code=C79.5&code=C90",
                "/api/v1/en/topics?junk=" + "j".repeat(2000), "/api/v1/en/glossary?%24where=1");
        for (String path : paths) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            int status = result.getResponse().getStatus();
            String shown = path.substring(0, Math.min(60, path.length()));
            assertThat(status).as(shown).isLessThan(500);
            assertThat(result.getResponse().getContentAsString()).doesNotContain("<script>").doesNotContain("Exception");
            boolean refusedAtTheDoor = status == 400 && result.getResponse().getContentType() == null;
            if (status >= 400 && !refusedAtTheDoor) {
                assertThat(result.getResponse().getContentType()).as(shown).isEqualTo(PROBLEM_JSON);
                assertThat(result.getResponse().getContentAsString()).doesNotContain("a".repeat(300));
            }
        }
    }

    @Test
    void anEncodedSlashIsRefusedAtTheDoor() throws Exception {
        // Spring Security's firewall (and Tomcat, in front of it) refuses it before any handler: a plain 400.
        mvc.perform(get("/api/v1/en/topics/..%2F..%2Fetc")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/en/topics/%00")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/en/topics/%E2%80%AE")).andExpect(status().isBadRequest());
    }

    private String etagOf(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
    }
}
