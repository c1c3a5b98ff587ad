package org.lumbarguide.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumbarguide.LogCapture;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CDS Hooks service against the specification's shapes (CDS Hooks 2.0: the discovery response, the service
 * response and its cards, links and source), with a realistic FHIR R4 prefetch ({@code cds-hooks/patient-view-request.json}:
 * a Spanish-speaking patient, six conditions of which three are current and in the guide, one resolved, one
 * entered in error, one outside it), no match, missing prefetch, malformed calls and CORS.
 */
@InfobuttonSlice
class CdsHooksControllerTests {

    static final String SERVICE = "/cds-services/" + CdsHooksCards.SERVICE_ID;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicCatalog catalog;

    @BeforeEach
    void guide() {
        when(catalog.catalog("en")).thenReturn(InfobuttonFixtures.english());
        when(catalog.catalog("es")).thenReturn(InfobuttonFixtures.spanish());
    }

    static ObjectNode realistic() throws Exception {
        return (ObjectNode) JSON.readTree(Files.readString(Path.of("src/test/resources/cds-hooks/patient-view-request.json")));
    }

    private MvcResult call(Object body) throws Exception {
        byte[] bytes = body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
        return mvc.perform(post(SERVICE).contentType(MediaType.APPLICATION_JSON).content(bytes)).andReturn();
    }

    @Test
    void discoveryListsOnePatientViewServiceWithItsPrefetch() throws Exception {
        MvcResult result = mvc.perform(get("/cds-services")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)).andReturn();
        JsonNode root = JSON.readTree(result.getResponse().getContentAsByteArray());
        assertThat(names(root)).containsExactly("services");
        assertThat(root.get("services").size()).isEqualTo(1);
        JsonNode service = root.get("services").get(0);
        assertThat(Set.of("hook", "title", "description", "id", "prefetch", "usageRequirements"))
                .containsAll(names(service));
        assertThat(service.get("hook").asString()).isEqualTo("patient-view");
        assertThat(service.get("id").asString()).isEqualTo(CdsHooksCards.SERVICE_ID);
        assertThat(service.get("description").asString()).isNotBlank();
        assertThat(service.get("title").asString()).isNotBlank();
        assertThat(service.get("prefetch").get("patient").asString()).isEqualTo("Patient/{{context.patientId}}");
        assertThat(service.get("prefetch").get("conditions").asString())
                .isEqualTo("Condition?patient={{context.patientId}}&clinical-status=active");
        noNullOrEmpty(root);
    }

    @Test
    void aRealisticChartGetsOneCardPerTopicGroupInThePatientsLanguage() throws Exception {
        MvcResult result = call(realistic());
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode cards = validResponse(text);
        // C79.51 and C79.52 lead to the same topics: one card. The SNOMED CT concept: another. The resolved, the
        // entered-in-error and the hypertension conditions: none.
        assertThat(cards.size()).isEqualTo(2);
        JsonNode bones = cards.get(0);
        assertThat(bones.get("summary").asString())
                .isEqualTo("Hoja para el paciente en lenguaje sencillo: ¿Qué es el cáncer de la columna lumbar? y 1 más");
        assertThat(bones.get("source").get("label").asString()).isEqualTo("Guía del cáncer de la columna lumbar");
        assertThat(urls(bones)).containsExactly("http://localhost/es/temas/que-es",
                "http://localhost/es/temas/tipos-de-tumor",
                "http://localhost/handouts?topic=overview&topic=types&paper=a4&lang=es");
        JsonNode symptoms = cards.get(1);
        // Not translated: its page in English, the handout still in the patient's language.
        assertThat(urls(symptoms)).containsExactly("http://localhost/topics/symptoms",
                "http://localhost/handouts?topic=symptoms&paper=a4&lang=es");
        assertThat(symptoms.get("links").get(1).get("label").asString()).isEqualTo("Preparar una hoja para este paciente");
        for (String identifying : List.of("pt-88213", "MRN-5550199", "Müller", "M%C3%BCller", "Jos", "1961", "555-0199",
                "enc-9921", "dr-4472", "C79.51", "1000004")) {
            assertThat(String.join(" ", urls(bones)) + String.join(" ", urls(symptoms))).doesNotContain(identifying);
        }
    }

    @Test
    void anEnglishSpeakingPatientGetsEnglishCards() throws Exception {
        ObjectNode request = realistic();
        ((ObjectNode) request.get("prefetch").get("patient")).remove("communication");
        JsonNode cards = validResponse(call(request).getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(cards.get(0).get("summary").asString())
                .isEqualTo("Patient handout in plain language: What is lumbar spine cancer? and 1 more");
        assertThat(urls(cards.get(0))).last().isEqualTo("http://localhost/handouts?topic=overview&topic=types&paper=a4&lang=en");
    }

    @Test
    void noMatchingConditionIsAnEmptyCardList() throws Exception {
        ObjectNode request = realistic();
        ObjectNode bundle = (ObjectNode) request.get("prefetch").get("conditions");
        var entries = bundle.withArray("entry");
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!"c6".equals(entries.get(i).path("resource").path("id").asString(""))) {
                entries.remove(i);
            }
        }
        MvcResult result = call(request);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).isEqualTo("{\"cards\":[]}");
    }

    @Test
    void noDataForTheConditionsTemplateIsAnEmptyCardList() throws Exception {
        ObjectNode request = realistic();
        ((ObjectNode) request.get("prefetch")).putNull("conditions");
        assertThat(call(request).getResponse().getContentAsString()).isEqualTo("{\"cards\":[]}");
    }

    @Test
    void withoutThePrefetchedConditionsTheAnswerIs412() throws Exception {
        ObjectNode noPrefetch = realistic();
        noPrefetch.remove("prefetch");
        ObjectNode noConditions = realistic();
        ((ObjectNode) noConditions.get("prefetch")).remove("conditions");
        ObjectNode failed = realistic();
        ((ObjectNode) failed.get("prefetch")).putObject("conditions").put("resourceType", "OperationOutcome");
        for (ObjectNode request : List.of(noPrefetch, noConditions, failed)) {
            MvcResult result = call(request);
            assertThat(result.getResponse().getStatus()).isEqualTo(412);
            assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
            assertThat(JSON.readTree(result.getResponse().getContentAsByteArray()).get("detail").asString())
                    .contains("conditions");
        }
    }

    @Test
    void malformedCallsAre400WithAClearMessage() throws Exception {
        ObjectNode noInstance = realistic();
        noInstance.remove("hookInstance");
        ObjectNode blankInstance = realistic();
        blankInstance.put("hookInstance", " ");
        ObjectNode otherHook = realistic();
        otherHook.put("hook", "order-sign");
        ObjectNode noContext = realistic();
        noContext.remove("context");
        assertThat(detail(call(noInstance), 400)).contains("hookInstance");
        assertThat(detail(call(blankInstance), 400)).contains("hookInstance");
        assertThat(detail(call(otherHook), 400)).contains("patient-view");
        assertThat(detail(call(noContext), 400)).contains("context");
        assertThat(detail(call("{\"hook\": \"patient-view\", "), 400)).contains("JSON");
        assertThat(detail(call("[1, 2]"), 400)).contains("JSON");
        assertThat(detail(call(""), 400)).contains("JSON");
        assertThat(detail(call("{\"hook\":\"patient-view\",\"hook\":\"patient-view\"}"), 400)).contains("JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"hook\":\"patient-view\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"1\"},\"prefetch\":{\"conditions\":{\"resourceType\":\"Bundle\",\"entry\":\"nope\"}}}",
            "{\"hook\":\"patient-view\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"1\"},\"prefetch\":{\"conditions\":{\"resourceType\":\"Bundle\",\"entry\":[1,null,{\"resource\":7},{\"resource\":{\"resourceType\":\"Condition\",\"code\":{\"coding\":[3,{\"system\":5,\"code\":[]}]}}}]}}}",
            "{\"hook\":\"patient-view\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"1\"},\"prefetch\":{\"patient\":{\"resourceType\":\"Patient\",\"communication\":[null,{\"language\":7},{\"preferred\":\"yes\"}],\"language\":[]},\"conditions\":{\"resourceType\":\"Condition\",\"clinicalStatus\":\"active\",\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"\\u0000<C41.2>\"}]}}}}",
            "{\"hook\":\"patient-view\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"1\"},\"prefetch\":[]}",
            "{\"hook\":\"patient-view\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"1\"},\"prefetch\":{\"conditions\":\"Condition?patient=1\"}}",
            "{\"hook\":7,\"hookInstance\":{},\"context\":[]}",
            "\"just a string\"",
            "nul",
            "{\"hook\":\"patient-view\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"1\"},\"prefetch\":{\"conditions\":{\"resourceType\":\"Bundle\"}}} trailing",
    })
    void hostileBodiesAreNeverAServerError(String body) throws Exception {
        assertThat(call(body).getResponse().getStatus()).isIn(200, 400, 412);
    }

    @Test
    void deeplyNestedJsonIsRefusedNot500() throws Exception {
        String deep = "{\"hook\":\"patient-view\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(call(deep).getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aBodyLargerThanTheBoundIsRefused() throws Exception {
        String big = "{\"hook\":\"patient-view\",\"pad\":\"" + "x".repeat(CdsHooksController.MAX_BODY) + "\"}";
        assertThat(call(big).getResponse().getStatus()).isEqualTo(413);
    }

    @Test
    void anUnknownServiceIs404() throws Exception {
        mvc.perform(post("/cds-services/nope").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(realistic())))
                .andExpect(status().isNotFound());
    }

    @Test
    void browserClientsMayCallFromAnyOriginWithoutCsrf() throws Exception {
        mvc.perform(options(SERVICE).header("Origin", "https://ehr.example.org")
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type, authorization"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Credentials"));
        mvc.perform(post(SERVICE).header("Origin", "https://ehr.example.org").header("Authorization", "Bearer abc.def.ghi")
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(realistic())))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/cds-services").header("Origin", "https://ehr.example.org"))
                .andExpect(header().string("Access-Control-Allow-Origin", "*"));
    }

    @Test
    void theSiteKeepsCsrfOutsideTheCdsPaths() throws Exception {
        // The CDS chain is only for its paths: a public form's POST without a token is still refused.
        mvc.perform(post(URI.create("/feedback")).param("x", "y")).andExpect(status().isForbidden());
    }

    @Test
    void theBodyIsNeverLogged() throws Exception {
        ObjectNode broken = realistic();
        broken.remove("hookInstance");
        try (LogCapture logs = LogCapture.root()) {
            call(realistic());
            call(broken);
            call("{\"hook\":\"patient-view\",\"patient\":\"José Müller\", ");
            assertThat(logs.text()).doesNotContain("Müller").doesNotContain("MRN-5550199").doesNotContain("pt-88213");
        }
    }

    private static String detail(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        return JSON.readTree(result.getResponse().getContentAsByteArray()).get("detail").asString();
    }

    /** The response's cards, after checking it and each card against CDS Hooks 2.0's shapes. */
    static JsonNode validResponse(String text) {
        JsonNode root = JSON.readTree(text);
        assertThat(Set.of("cards", "systemActions")).containsAll(names(root));
        JsonNode cards = root.get("cards");
        assertThat(cards.isArray()).isTrue();
        for (JsonNode card : cards) {
            assertThat(Set.of("uuid", "summary", "detail", "indicator", "source", "suggestions", "selectionBehavior",
                    "overrideReasons", "links")).containsAll(names(card));
            UUID.fromString(card.get("uuid").asString());
            assertThat(card.get("summary").asString()).isNotBlank().hasSizeLessThan(140);
            assertThat(card.get("indicator").asString()).isEqualTo("info");
            JsonNode source = card.get("source");
            assertThat(Set.of("label", "url", "icon", "topic")).containsAll(names(source));
            assertThat(source.get("label").asString()).isNotBlank();
            assertThat(URI.create(source.get("url").asString()).isAbsolute()).isTrue();
            for (JsonNode link : card.get("links")) {
                assertThat(Set.of("label", "url", "type", "appContext", "autolaunchable")).containsAll(names(link));
                assertThat(link.get("label").asString()).isNotBlank();
                assertThat(link.get("type").asString()).isEqualTo("absolute");
                assertThat(URI.create(link.get("url").asString()).isAbsolute()).isTrue();
            }
        }
        noNullOrEmpty(root.get("cards").isEmpty() ? JSON.createObjectNode() : root.get("cards"));
        return cards;
    }

    /** CDS Hooks 2.0: no member is null, "", [] or {} unless the specification says so. */
    static void noNullOrEmpty(JsonNode node) {
        if (node.isObject() || node.isArray()) {
            for (JsonNode child : node) {
                assertThat(child.isNull()).isFalse();
                if (child.isString()) {
                    assertThat(child.asString()).isNotEmpty();
                }
                if (child.isContainer()) {
                    assertThat(child.isEmpty()).isFalse();
                    noNullOrEmpty(child);
                }
            }
        }
    }

    private static List<String> names(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }

    private static List<String> urls(JsonNode card) {
        List<String> urls = new ArrayList<>();
        card.get("links").forEach(link -> urls.add(link.get("url").asString()));
        return urls;
    }
}
