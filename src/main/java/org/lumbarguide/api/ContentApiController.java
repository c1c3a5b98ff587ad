package org.lumbarguide.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lumbarguide.api.ContentApiAnswers.Answer;
import org.lumbarguide.api.ContentApiPayloads.ApiIndex;
import org.lumbarguide.api.ContentApiPayloads.CodeList;
import org.lumbarguide.api.ContentApiPayloads.Glossary;
import org.lumbarguide.api.ContentApiPayloads.SourceList;
import org.lumbarguide.api.ContentApiPayloads.TopicDetail;
import org.lumbarguide.api.ContentApiPayloads.TopicList;
import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.CodeSystem;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only JSON content API, version 1: the guide's topics, glossary, sources and codes, from the cached
 * catalogs ({@link ContentApiAnswers}). Each answer has a strong ETag and {@code Cache-Control: no-cache}, as the
 * pages do, so a client revalidates and gets 304 while nothing changed (Spring answers {@code If-None-Match} from
 * the entity's ETag). Errors are problem details ({@link ApiProblems}). The OpenAPI document
 * ({@code /v3/api-docs}) is made from these annotations; each example in it is checked against its schema.
 */
@RestController
@RequestMapping(value = ContentApiAnswers.BASE, produces = "application/json")
@Tag(name = "content", description = "The guide's published content, read-only.")
class ContentApiController {

    /** A topic key as the content files write them; anything else is no topic, without a lookup. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final int MAX_CODE = 40;
    private static final String LANGUAGE_DOC = "A language the guide is written in: `en` or `es`.";

    /**
     * The OpenAPI 304 of every answer with an ETag, written once. springdoc reads {@code @ApiResponse} as a
     * meta-annotation too (Spring's merged annotations), so the document is as if it were on each method.
     */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match.",
            content = @Content)
    @interface NotModifiedResponse {
    }

    /**
     * The OpenAPI 404 of a list in a language the guide is not written in, written once (as
     * {@link NotModifiedResponse}).
     */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "404", description = "The guide is not written in this language.", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ContentApiPayloads.Problem.class),
            examples = @ExampleObject(name = "unknown language", value = ApiExamples.UNKNOWN_LANGUAGE)))
    @interface UnknownLanguageResponse {
    }

    private final ContentApiAnswers answers;

    ContentApiController(ContentApiAnswers answers) {
        this.answers = answers;
    }

    @GetMapping
    @Operation(summary = "Where to start", description = "The API's version, its languages and the addresses of "
            + "its lists.")
    @ApiResponse(responseCode = "200", description = "The index.", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ApiIndex.class),
            examples = @ExampleObject(name = "index", value = ApiExamples.INDEX)))
    ResponseEntity<ApiIndex> index() {
        return answer(answers.index());
    }

    @GetMapping("/{language}/topics")
    @Operation(summary = "The topics of a language", description = "Every published topic, in the guide's "
            + "reading order.")
    @ApiResponse(responseCode = "200", description = "The topics.", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = TopicList.class),
            examples = @ExampleObject(name = "topics", value = ApiExamples.TOPICS)))
    @NotModifiedResponse
    @UnknownLanguageResponse
    ResponseEntity<TopicList> topics(@Parameter(description = LANGUAGE_DOC, example = "en")
                                     @PathVariable String language) {
        return answer(answers.topics(language(language)));
    }

    @GetMapping("/{language}/topics/{key}")
    @Operation(summary = "One topic", description = "A topic with its sections (Markdown and sanitised HTML, the "
            + "level of urgency, the translation's status), its sources, its review and its codes.")
    @ApiResponse(responseCode = "200", description = "The topic.", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = TopicDetail.class),
            examples = @ExampleObject(name = "topic", value = ApiExamples.TOPIC)))
    @NotModifiedResponse
    @ApiResponse(responseCode = "404", description = "No such language, or no topic with this key in it.",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ContentApiPayloads.Problem.class),
                    examples = @ExampleObject(name = "unknown topic", value = ApiExamples.UNKNOWN_TOPIC)))
    ResponseEntity<TopicDetail> topic(@Parameter(description = LANGUAGE_DOC, example = "en")
                                      @PathVariable String language,
                                      @Parameter(description = "The topic's key (the same in every language).",
                                              example = "symptoms") @PathVariable String key) {
        String served = language(language);
        Optional<Answer<TopicDetail>> topic = KEY.matcher(key).matches() ? answers.topic(served, key)
                : Optional.empty();
        return answer(topic.orElseThrow(() -> new ApiProblem(ApiProblem.Kind.UNKNOWN_TOPIC,
                "api.problem.unknown-topic.detail", ContentApiAnswers.BASE + "/" + served + "/topics")));
    }

    @GetMapping("/{language}/glossary")
    @Operation(summary = "The glossary of a language", description = "The medical words the guide explains, A to Z.")
    @ApiResponse(responseCode = "200", description = "The glossary.", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = Glossary.class),
            examples = @ExampleObject(name = "glossary", value = ApiExamples.GLOSSARY)))
    @NotModifiedResponse
    @UnknownLanguageResponse
    ResponseEntity<Glossary> glossary(@Parameter(description = LANGUAGE_DOC, example = "es")
                                      @PathVariable String language) {
        return answer(answers.glossary(language(language)));
    }

    @GetMapping("/sources")
    @Operation(summary = "The sources", description = "Every source the published topics cite, in any language, "
            + "with the keys of the topics that cite it.")
    @ApiResponse(responseCode = "200", description = "The sources.", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = SourceList.class),
            examples = @ExampleObject(name = "sources", value = ApiExamples.SOURCES)))
    @NotModifiedResponse
    ResponseEntity<SourceList> sources() {
        return answer(answers.sources());
    }

    @GetMapping("/codes")
    @Operation(summary = "The clinical codes", description = "Every ICD-10-CM and SNOMED CT code a topic answers, "
            + "with the topics that list it. With `system` and `code`, the topics that answer that code: an "
            + "ICD-10-CM code matches the topic codes below it (C79.5 finds C79.51) and the one above it "
            + "(C90.01 finds C90.0), with or without its dot; a SNOMED CT code matches exactly.")
    @ApiResponse(responseCode = "200", description = "The codes, or the answer to one.", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = CodeList.class), examples = {
            @ExampleObject(name = "all codes", value = ApiExamples.CODES),
            @ExampleObject(name = "one code", value = ApiExamples.CODE_LOOKUP)}))
    @NotModifiedResponse
    @ApiResponse(responseCode = "400", description = "A code system the guide does not know, a code without its "
            + "system (or the reverse), or a code too long.", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ContentApiPayloads.Problem.class),
            examples = @ExampleObject(name = "bad parameter", value = ApiExamples.BAD_PARAMETER)))
    ResponseEntity<CodeList> codes(@Parameter(description = "The code system: `icd-10-cm` or `snomed-ct`.",
                                           schema = @Schema(allowableValues = {"icd-10-cm", "snomed-ct"}),
                                           example = "icd-10-cm")
                                   @RequestParam(required = false) String system,
                                   @Parameter(description = "A code of that system.", example = "C79.5")
                                   @RequestParam(required = false) String code) {
        if (system == null && code == null) {
            return answer(answers.codes());
        }
        if (system == null || code == null || code.isBlank()) {
            throw new ApiProblem(ApiProblem.Kind.BAD_PARAMETER, "api.problem.bad-parameter.pair");
        }
        if (code.length() > MAX_CODE) {
            throw new ApiProblem(ApiProblem.Kind.BAD_PARAMETER, "api.problem.bad-parameter.code", MAX_CODE);
        }
        CodeSystem known = Arrays.stream(CodeSystem.values())
                .filter(s -> ContentApiAnswers.systemName(s).equals(system.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new ApiProblem(ApiProblem.Kind.BAD_PARAMETER, "api.problem.bad-parameter.system"));
        return answer(answers.lookup(known, code.strip()));
    }

    /** The language as the catalog names it, or an unknown-language problem. */
    private static String language(String language) {
        if (!Languages.isSupported(language)) {
            throw new ApiProblem(ApiProblem.Kind.UNKNOWN_LANGUAGE, "api.problem.unknown-language.detail",
                    String.join(", ", Languages.codes()));
        }
        return language;
    }

    /** 200 with the answer, or 304 when If-None-Match names its ETag (Spring compares them). */
    private static <T> ResponseEntity<T> answer(Answer<T> answer) {
        return ResponseEntity.ok().eTag(answer.etag()).cacheControl(CacheControl.noCache()).body(answer.body());
    }
}
