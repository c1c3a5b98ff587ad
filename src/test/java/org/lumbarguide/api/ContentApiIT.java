package org.lumbarguide.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.RawHttp;
import org.lumbarguide.SiteIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The content API in the whole app over real HTTP: the OpenAPI 3.1 document springdoc makes lists every endpoint
 * with an example; every answer recorded here (every topic in both languages, the lists, code lookups, each kind
 * of problem) and every example in the document conforms to its schema in that document, validated by a JSON
 * Schema validator (networknt, OpenAPI 3.1 dialect) with every object schema closed (no member the document does
 * not name); the /api page and the Swagger UI are served from this site alone; raw hostile requests never get a 5xx.
 */
@SiteIntegrationTest
class ContentApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "https://lumbarguide.invalid/v3/api-docs";

    @LocalServerPort
    int port;

    Http http;
    JsonNode document;

    @BeforeEach
    void openApi() throws Exception {
        http = new Http(port);
        HttpResponse<String> docs = http.get("/v3/api-docs", "Accept", "application/json");
        assertThat(docs.statusCode()).isEqualTo(200);
        document = JSON.readTree(docs.body());
        Path copy = Path.of("target", "openapi.json");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, docs.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentIsOpenApi31AndListsEveryEndpointWithAnExample() {
        assertThat(document.path("openapi").asString()).startsWith("3.1.");
        assertThat(document.path("info").path("title").asString()).isNotBlank();
        Set<String> documented = new TreeSet<>();
        document.path("paths").properties().forEach(e -> {
            if (e.getKey().startsWith("/api/")) {
                documented.add(e.getKey());
            }
        });
        assertThat(documented).isEqualTo(controllerPaths());
        for (String path : documented) {
            JsonNode get = document.path("paths").path(path).path("get");
            assertThat(get.path("summary").asString()).as(path).isNotBlank();
            JsonNode ok = get.path("responses").path("200").path("content").path("application/json");
            assertThat(ok.path("schema").path("$ref").asString()).as(path).startsWith("#/components/schemas/");
            assertThat(ok.path("examples").size()).as(path + " examples").isPositive();
            get.path("parameters").forEach(p -> assertThat(p.has("example") || p.path("schema").has("example"))
                    .as(path + " " + p.path("name").asString()).isTrue());
        }
        // The responses written once as meta-annotations reach exactly the endpoints that carry them.
        String base = ContentApiController.class.getAnnotation(RequestMapping.class).value()[0];
        for (Method method : ContentApiController.class.getDeclaredMethods()) {
            GetMapping mapping = method.getAnnotation(GetMapping.class);
            if (mapping == null) {
                continue;
            }
            String path = mapping.value().length == 0 ? base : base + mapping.value()[0];
            JsonNode responses = document.path("paths").path(path).path("get").path("responses");
            assertThat(responses.has("304")).as(path + " 304")
                    .isEqualTo(method.isAnnotationPresent(ContentApiController.NotModifiedResponse.class));
            assertThat(responses.path("404").path("content").path("application/problem+json").path("examples")
                    .has("unknown language")).as(path + " 404")
                    .isEqualTo(method.isAnnotationPresent(ContentApiController.UnknownLanguageResponse.class));
        }
        // Errors are documented as problem details.
        assertThat(document.path("paths").path("/api/v1/{language}/topics/{key}").path("get").path("responses")
                .path("404").path("content").path("application/problem+json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.path("components").path("schemas").path("Problem").path("required"))
                .extracting(JsonNode::asString).containsExactlyInAnyOrder("type", "title", "status");
    }

    /** The GET mappings of the controller, so an endpoint added without its documentation fails here. */
    private static Set<String> controllerPaths() {
        String base = ContentApiController.class.getAnnotation(RequestMapping.class).value()[0];
        Set<String> paths = new TreeSet<>();
        for (Method method : ContentApiController.class.getDeclaredMethods()) {
            GetMapping get = method.getAnnotation(GetMapping.class);
            if (get != null) {
                paths.add(get.value().length == 0 ? base : base + get.value()[0]);
            }
        }
        assertThat(paths).hasSize(6);
        return paths;
    }

    @Test
    void everyRecordedAnswerConformsToTheDocument() throws Exception {
        List<String[]> samples = new ArrayList<>();
        samples.add(new String[] {"/api/v1", "/api/v1"});
        samples.add(new String[] {"/api/v1/sources", "/api/v1/sources"});
        samples.add(new String[] {"/api/v1/codes", "/api/v1/codes"});
        for (String lookup : List.of("system=icd-10-cm&code=C79.5", "system=icd-10-cm&code=C7951",
                "system=ICD-10-CM&code=c90.01", "system=snomed-ct&code=94222008", "system=icd-10-cm&code=Z99.9",
                "system=snomed-ct&code=not-a-code", "system=loinc&code=1", "code=C79.5",
                "system=icd-10-cm&code=" + "C".repeat(41))) {
            samples.add(new String[] {"/api/v1/codes", "/api/v1/codes?" + lookup});
        }
        for (String language : List.of("en", "es", "fr", "EN")) {
            samples.add(new String[] {"/api/v1/{language}/topics", "/api/v1/" + language + "/topics"});
            samples.add(new String[] {"/api/v1/{language}/glossary", "/api/v1/" + language + "/glossary"});
            samples.add(new String[] {"/api/v1/{language}/topics/{key}", "/api/v1/" + language + "/topics/no-such-topic"});
        }
        for (String language : List.of("en", "es")) {
            JsonNode topics = JSON.readTree(http.get("/api/v1/" + language + "/topics").body()).path("topics");
            assertThat(topics.size()).as(language).isGreaterThanOrEqualTo(8);
            topics.forEach(topic -> samples.add(new String[] {"/api/v1/{language}/topics/{key}",
                    "/api/v1/" + language + "/topics/" + topic.path("key").asString()}));
        }
        Set<Integer> statuses = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        for (String[] sample : samples) {
            HttpResponse<String> answer = http.get(sample[1], "Accept", "application/json");
            statuses.add(answer.statusCode());
            String type = answer.headers().firstValue("Content-Type").orElse("");
            String mediaType = type.startsWith("application/problem+json") ? "application/problem+json"
                    : "application/json";
            assertThat(type).as(sample[1]).startsWith(mediaType);
            JsonNode schema = document.path("paths").path(sample[0]).path("get").path("responses")
                    .path(String.valueOf(answer.statusCode())).path("content").path(mediaType).path("schema");
            assertThat(schema.isMissingNode()).as(sample[1] + " " + answer.statusCode() + " is documented").isFalse();
            for (Error error : validate(schema, JSON.readTree(answer.body()))) {
                failures.add(sample[1] + " " + answer.statusCode() + ": " + error);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(statuses).containsExactly(200, 400, 404);
    }

    @Test
    void everyExampleInTheDocumentConformsToItsSchema() {
        List<String> failures = new ArrayList<>();
        int examples = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").properties().iterator(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Map.Entry<String, JsonNode> response : path.getValue().path("get").path("responses").properties()) {
                for (Map.Entry<String, JsonNode> media : response.getValue().path("content").properties()) {
                    for (Map.Entry<String, JsonNode> example : media.getValue().path("examples").properties()) {
                        examples++;
                        validate(media.getValue().path("schema"), example.getValue().path("value"))
                                .forEach(e -> failures.add(path.getKey() + " " + response.getKey() + " "
                                        + example.getKey() + ": " + e));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(examples).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theValidatorRejectsAnAnswerThatDoesNotConform() {
        JsonNode schema = document.path("paths").path("/api/v1/{language}/topics").path("get").path("responses")
                .path("200").path("content").path("application/json").path("schema");
        ObjectNode good = (ObjectNode) JSON.readTree(http.get("/api/v1/en/topics").body());
        assertThat(validate(schema, good)).isEmpty();
        ObjectNode extra = good.deepCopy();
        extra.put("undocumented", true);
        assertThat(validate(schema, extra)).isNotEmpty();
        ObjectNode missing = good.deepCopy();
        missing.remove("language");
        assertThat(validate(schema, missing)).isNotEmpty();
        ObjectNode wrongType = good.deepCopy();
        wrongType.put("topics", "none");
        assertThat(validate(schema, wrongType)).isNotEmpty();
    }

    /**
     * The instance against the schema (a {@code $ref} into the document's components, or inline), resolved within the
     * document, each object schema closed: a member the document does not name fails.
     */
    private List<Error> validate(JsonNode schema, JsonNode instance) {
        ObjectNode root = ((ObjectNode) document).deepCopy();
        root.path("components").path("schemas").forEach(ContentApiIT::close);
        root.remove(List.of("paths", "$schema"));
        root.put("$schema", "https://spec.openapis.org/oas/3.1/dialect/base");
        ObjectNode inline = schema.isObject() ? ((ObjectNode) schema).deepCopy() : JSON.createObjectNode();
        close(inline);
        root.setAll(inline);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());
        Schema validator = registry.getSchema(SchemaLocation.of(BASE), root);
        return validator.validate(instance);
    }

    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
    }

    @Test
    void theApiPageListsEveryEndpointWithAWorkingExample() {
        HttpResponse<String> page = http.get("/api");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("h1").text()).isEqualTo("Content API");
        Set<String> examples = new LinkedHashSet<>(html.select("main a[href^=/api/v1]").eachAttr("href"));
        assertThat(examples).hasSize(ApiPageController.ENDPOINTS.size());
        for (String example : examples) {
            assertThat(http.get(example).statusCode()).as(example).isEqualTo(200);
        }
        assertThat(html.select("main a[href=/v3/api-docs]")).hasSize(1);
        assertThat(html.select("main a[href=/swagger-ui/index.html]")).hasSize(1);
        for (String problem : ApiPageController.PROBLEMS) {
            assertThat(html.getElementById("problem-" + problem)).as(problem).isNotNull();
        }
    }

    @Test
    void theSwaggerUiIsServedFromThisSiteOnly() {
        HttpResponse<String> ui = http.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        Document html = Jsoup.parse(ui.body());
        List<String> loads = new ArrayList<>(html.select("script[src]").eachAttr("src"));
        loads.addAll(html.select("link[href]").eachAttr("href"));
        assertThat(html.select("script:not([src])")).as("no inline script (the CSP would block it)").isEmpty();
        assertThat(loads).isNotEmpty().allSatisfy(src -> {
            assertThat(src).doesNotContain("//");
            assertThat(http.get("/swagger-ui/" + src.replaceFirst("^\\./", "")).statusCode()).as(src).isEqualTo(200);
        });
        HttpResponse<String> config = http.get("/v3/api-docs/swagger-config", "Accept", "application/json");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("\"/v3/api-docs\"");
        // The only absolute address is the UI's own OAuth redirect page, on this site.
        assertThat(config.body().replace("http://localhost:" + port + "/swagger-ui/", ""))
                .doesNotContain("http://").doesNotContain("https://");
        assertThat(JSON.readTree(config.body()).path("validatorUrl").asString()).isEqualTo("none");
        HttpResponse<String> initializer = http.get("/swagger-ui/swagger-initializer.js");
        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(initializer.body()).doesNotContain("petstore").doesNotContain("https://");
    }

    @Test
    void rawHostileRequestsNeverGetAServerError() {
        RawHttp raw = new RawHttp(port, "X-Forwarded-For: 203.0.113.22");
        List<String> lines = List.of("GET /api/v1/%ZZ/topics HTTP/1.1", "GET /api/v1/en/topics/%C0%AF HTTP/1.1",
                "GET /api/v1/en/topics/" + "%41".repeat(2000) + " HTTP/1.1", "FOO /api/v1/en/topics HTTP/1.1",
                "DELETE /api/v1/en/topics/symptoms HTTP/1.1", "TRACE /api/v1 HTTP/1.1",
                "GET /api/v1/codes?system=icd-10-cm&code=%FF%FE HTTP/1.1", "GET /api/v1/codes?system&code HTTP/1.1",
                "GET /api/v1/en/topics/symptoms?" + "a=1&".repeat(600) + " HTTP/1.1",
                "GET /api/v1/en/topics/sym%09ptoms HTTP/1.1", "GET /api/v1/en/topics/%E2%80%AEsmotpmys HTTP/1.1");
        for (String line : lines) {
            RawHttp.Response response = raw.send(line, new String[] {"Accept: application/json"}, new byte[0]);
            String shown = line.substring(0, Math.min(70, line.length()));
            assertThat(response.status()).as(shown).isBetween(400, 499);
            assertThat(response.body()).as(shown).doesNotContain("Exception").doesNotContain("at org.");
        }
        RawHttp.Response junkHeader = raw.send("GET /api/v1/en/topics HTTP/1.1",
                new String[] {"If-None-Match: " + "\"".repeat(3000), "Accept-Language: " + "x-".repeat(2000),
                        "Origin: null"}, new byte[0]);
        assertThat(junkHeader.status()).isEqualTo(200);
    }
}
