package org.lumbarguide.api;

/**
 * The examples the OpenAPI document shows for each answer: shortened real answers (a list cut to one or two
 * entries, a long text cut short). ContentApiDocumentTests validates each against its schema, so an example
 * cannot drift from the answers' shape.
 */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String INDEX = """
            {"version":"v1","languages":[
              {"code":"en","name":"English","topics":"/api/v1/en/topics","glossary":"/api/v1/en/glossary"},
              {"code":"es","name":"Español","topics":"/api/v1/es/topics","glossary":"/api/v1/es/glossary"}],
             "sources":"/api/v1/sources","codes":"/api/v1/codes","openApi":"/v3/api-docs"}""";

    static final String TOPICS = """
            {"language":"en","topics":[
              {"key":"symptoms","slug":"symptoms","title":"Symptoms",
               "summary":"This page explains the signs that a tumour may be affecting the bones or nerves in your lower back.",
               "tagline":"The signs that a tumour may be affecting the bones or nerves in your lower back.",
               "page":"/topics/symptoms","href":"/api/v1/en/topics/symptoms"}]}""";

    static final String TOPIC = """
            {"key":"symptoms","language":"en","slug":"symptoms","title":"Symptoms",
             "summary":"This page explains the signs that a tumour may be affecting the bones or nerves in your lower back.",
             "page":"/topics/symptoms",
             "review":{"written":"2026-01-15"},
             "reading":{"measure":"flesch-kincaid-grade","score":6.1,"ease":"easy"},
             "sections":[
              {"anchor":"call-helpline-now","heading":"Call your 24-hour cancer helpline now","kind":"normal",
               "urgency":{"level":2,"tier":"helpline"},
               "markdown":"Call your 24-hour cancer helpline now if you have new back pain.",
               "html":"<p>Call your 24-hour cancer helpline now if you have new back pain.</p>",
               "page":"/topics/symptoms#call-helpline-now"}],
             "sources":[{"publisher":"National Institute for Health and Care Excellence (NICE)",
               "title":"Spinal metastases and metastatic spinal cord compression (NICE guideline NG234)",
               "year":2023,"yearAccessed":false,"url":"https://www.nice.org.uk/guidance/ng234"}],
             "codes":[{"system":"icd-10-cm","systemName":"ICD-10-CM","oid":"2.16.840.1.113883.6.90",
               "fhirSystem":"http://hl7.org/fhir/sid/icd-10-cm","code":"C41.2",
               "display":"Malignant neoplasm of vertebral column"}],
             "previous":"types","next":"diagnosis"}""";

    static final String GLOSSARY = """
            {"language":"es","terms":[
              {"term":"Benigno","anchor":"benign","definition":"No es cáncer.","forms":["Benigno","benigna"],
               "page":"/es/glosario#benign"}]}""";

    static final String SOURCES = """
            {"sources":[{"publisher":"National Institute for Health and Care Excellence (NICE)",
              "title":"Spinal metastases and metastatic spinal cord compression (NICE guideline NG234)",
              "year":2023,"yearAccessed":false,"url":"https://www.nice.org.uk/guidance/ng234",
              "topics":["symptoms","treatment"]}]}""";

    static final String CODES = """
            {"codes":[{"system":"icd-10-cm","systemName":"ICD-10-CM","oid":"2.16.840.1.113883.6.90",
              "fhirSystem":"http://hl7.org/fhir/sid/icd-10-cm","code":"C79.51",
              "display":"Secondary malignant neoplasm of bone","topics":["overview","types"]}]}""";

    static final String CODE_LOOKUP = """
            {"query":{"system":"icd-10-cm","code":"C79.5"},
             "codes":[{"system":"icd-10-cm","systemName":"ICD-10-CM","oid":"2.16.840.1.113883.6.90",
              "fhirSystem":"http://hl7.org/fhir/sid/icd-10-cm","code":"C79.51",
              "display":"Secondary malignant neoplasm of bone"}],
             "topics":["overview","types"]}""";

    static final String UNKNOWN_LANGUAGE = """
            {"type":"/api#problem-unknown-language","title":"Unknown language","status":404,
             "detail":"The guide is written in these languages only: en, es.","instance":"/api/v1/fr/topics"}""";

    static final String UNKNOWN_TOPIC = """
            {"type":"/api#problem-unknown-topic","title":"Unknown topic","status":404,
             "detail":"There is no topic with this key in this language. The topics are listed at /api/v1/en/topics.",
             "instance":"/api/v1/en/topics/no-such-topic"}""";

    static final String BAD_PARAMETER = """
            {"type":"/api#problem-bad-parameter","title":"Bad parameter","status":400,
             "detail":"The code system is not one the guide knows: use icd-10-cm or snomed-ct.",
             "instance":"/api/v1/codes"}""";
}
