package org.lumbarguide.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * What the JSON content API answers: records made from the cached catalog, never entities. Addresses in them are
 * the site's own paths ({@code /topics/symptoms}), so one answer serves every host name the site answers on.
 * A member that may be absent is left out rather than sent as null; every member that is always sent is
 * {@code required} in the OpenAPI document, which the conformance test holds each answer to.
 */
final class ContentApiPayloads {

    private ContentApiPayloads() {
    }

    @Schema(description = "Where to start: the languages and the other lists.")
    record ApiIndex(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "v1") String version,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<LanguageLinks> languages,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "/api/v1/sources") String sources,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "/api/v1/codes") String codes,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "/v3/api-docs") String openApi) {
    }

    @Schema(description = "A language the guide is written in, and its lists.")
    record LanguageLinks(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "en") String code,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "English") String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "/api/v1/en/topics") String topics,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "/api/v1/en/glossary") String glossary) {
    }

    @Schema(description = "Every published topic in one language, in the guide's reading order.")
    record TopicList(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "en") String language,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<TopicSummary> topics) {
    }

    @Schema(description = "A topic in a list.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TopicSummary(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "symptoms",
                    description = "The topic's key: the same in every language.") String key,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "symptoms",
                    description = "The last part of the page's address in this language.") String slug,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "Symptoms and warning signs") String title,
            @Schema(requiredMode = RequiredMode.REQUIRED) String summary,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "One short line for lists.") String tagline,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "/topics/symptoms",
                    description = "The topic's page on this site.") String page,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "/api/v1/en/topics/symptoms",
                    description = "This topic with its sections.") String href,
            @Schema(description = "In a translation: whether its title and summary are current against the English.")
            TranslationStatus translation) {
    }

    @Schema(description = "One topic with its sections, sources and codes.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TopicDetail(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "symptoms") String key,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "en") String language,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "symptoms") String slug,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "Symptoms and warning signs") String title,
            @Schema(requiredMode = RequiredMode.REQUIRED) String summary,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "/topics/symptoms") String page,
            @Schema(requiredMode = RequiredMode.REQUIRED) Review review,
            @Schema(requiredMode = RequiredMode.REQUIRED) Reading reading,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<SectionPayload> sections,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<SourcePayload> sources,
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "The clinical codes this topic answers (the same in every language).")
            List<CodePayload> codes,
            @Schema(description = "The key of the topic before this one in reading order.", example = "types")
            String previous,
            @Schema(description = "The key of the topic after this one in reading order.", example = "diagnosis")
            String next,
            @Schema(description = "In a translation: whether its title and summary are current against the English.")
            TranslationStatus translation) {
    }

    @Schema(description = "What readers are told about the topic's review.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Review(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "When it was written from its sources.",
                    example = "2026-01-15") LocalDate written,
            @Schema(description = "When a clinician last reviewed it; absent when none has.") LocalDate reviewed,
            @Schema(description = "The reviewer's role; absent when no clinician has reviewed it.") String reviewerRole,
            @Schema(description = "When the next review is due; absent when no clinician has reviewed it.")
            LocalDate nextReviewDue) {
    }

    @Schema(description = "How easy the topic is to read, in its language's measure.")
    record Reading(
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"flesch-kincaid-grade",
                    "fernandez-huerta-ease"}, example = "flesch-kincaid-grade") String measure,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "6.4") double score,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"easy", "fairly-easy", "harder"},
                    example = "easy") String ease) {
    }

    @Schema(description = "A section of a topic: its Markdown as rendered (includes and region words filled in) and "
            + "the sanitised HTML the page shows.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SectionPayload(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "warning-signs") String anchor,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "Warning signs") String heading,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"normal", "urgent", "tip"},
                    example = "normal") String kind,
            @Schema(description = "The level of urgency the section shows; absent for a section that is not one.")
            Urgency urgency,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The section's body as Markdown.")
            String markdown,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The section's body as sanitised HTML, "
                    + "glossary words linked to the glossary page (site-relative links).") String html,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "/topics/symptoms#warning-signs") String page,
            @Schema(description = "In a translation: whether this section is current against the English.")
            TranslationStatus translation) {
    }

    @Schema(description = "A level of urgency: 1 emergency, 2 call the 24-hour cancer helpline now, 3 contact the "
            + "care team within 24 hours, 4 mention it at the next appointment.")
    record Urgency(
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "4", example = "2") int level,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"emergency", "helpline", "care-team",
                    "next-appointment"}, example = "helpline") String tier) {
    }

    @Schema(description = "Where a translated part stands against the English text it was translated from.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TranslationStatus(
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"current", "out-of-date"},
                    example = "current") String status,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "en") String sourceLanguage,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "/topics/symptoms#warning-signs",
                    description = "Where the current English text is.") String sourceHref,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Whether this part shows the current English "
                    + "text instead of the translation (an urgent part out of date).") boolean showsSource,
            @Schema(description = "When the English text last changed, if recorded.") Instant sourceChangedAt) {
    }

    @Schema(description = "A source the guide was written from.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SourcePayload(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "National Cancer Institute") String publisher,
            @Schema(requiredMode = RequiredMode.REQUIRED) String title,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "2024") int year,
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "Whether the year is when it was read (a web page) rather than published.")
            boolean yearAccessed,
            @Schema(description = "Its address, when it is a web link.", format = "uri") String url) {
    }

    @Schema(description = "Every source the guide's published topics cite, in any language.")
    record SourceList(@Schema(requiredMode = RequiredMode.REQUIRED) List<CitedSource> sources) {
    }

    @Schema(description = "A source and the topics that cite it.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CitedSource(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "National Cancer Institute") String publisher,
            @Schema(requiredMode = RequiredMode.REQUIRED) String title,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "2024") int year,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean yearAccessed,
            @Schema(description = "Its address, when it is a web link.", format = "uri") String url,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The keys of the topics that cite it.")
            List<String> topics) {
    }

    @Schema(description = "A language's glossary, A to Z.")
    record Glossary(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "en") String language,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<GlossaryTerm> terms) {
    }

    @Schema(description = "A word of the glossary.")
    record GlossaryTerm(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "Biopsy") String term,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "biopsy") String anchor,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Plain text.") String definition,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The word and the other forms that link to it.")
            List<String> forms,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "/glossary#biopsy") String page) {
    }

    @Schema(description = "Clinical codes and the topics that answer them.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CodeList(
            @Schema(description = "The code looked up, when the request named one.") CodeQuery query,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<CodePayload> codes,
            @Schema(description = "When the request named a code: the keys of the topics that answer it, in the "
                    + "guide's order (empty when none does).") List<String> topics) {
    }

    @Schema(description = "A code looked up.")
    record CodeQuery(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "icd-10-cm") String system,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "C79.5") String code) {
    }

    /**
     * How an error is sent (RFC 9457), for the document only: {@link ApiProblems} writes Spring's {@code ProblemDetail}
     * with these members.
     */
    @Schema(name = "Problem", description = "Problem details (RFC 9457), sent as application/problem+json.")
    record Problem(
            @Schema(requiredMode = RequiredMode.REQUIRED, format = "uri-reference", example = "/api#problem-unknown-topic",
                    description = "What kind of problem: a section of /api, or about:blank for a plain HTTP error.")
            String type,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "Unknown topic") String title,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "404") int status,
            @Schema(description = "What went wrong and what to do, for people.") String detail,
            @Schema(format = "uri-reference", description = "The address asked for.", example = "/api/v1/en/topics/x")
            String instance) {
    }

    @Schema(description = "A clinical code a topic answers.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CodePayload(
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"icd-10-cm", "snomed-ct"},
                    example = "icd-10-cm") String system,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "ICD-10-CM") String systemName,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "2.16.840.1.113883.6.90",
                    description = "The HL7 OID of the code system.") String oid,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "http://hl7.org/fhir/sid/icd-10-cm",
                    description = "The FHIR system URI of the code system.") String fhirSystem,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "C79.51") String code,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "Secondary malignant neoplasm of bone")
            String display,
            @Schema(description = "In the list of all codes: the keys of the topics that list it.") List<String> topics) {
    }
}
