package org.lumbarguide.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lumbarguide.content.catalog.CodeSystem;
import org.lumbarguide.content.catalog.TopicCode;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.ReviewStatus;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;

/**
 * A small fixed guide for the health-record endpoints' tests, so their recorded answers do not change when the
 * guide's text does: three English topics, two of them in Spanish ({@code symptoms} is not translated). The English
 * topics carry codes as the content files' front matter gives them (the Spanish files list none), and the
 * catalog's own lookup matches them. The ICD-10-CM titles are the tabular list's; the SNOMED CT id {@code 1000004}
 * is a made-up id for tests only.
 */
final class InfobuttonFixtures {

    static final String SNOMED_TEST_ID = "1000004";

    private InfobuttonFixtures() {
    }

    static final Map<String, List<TopicCode>> CODES = Map.of(
            "overview", List.of(icd("C79.51", "Secondary malignant neoplasm of bone"),
                    icd("C79.52", "Secondary malignant neoplasm of bone marrow")),
            "types", List.of(icd("C41.2", "Malignant neoplasm of vertebral column"),
                    icd("C79.51", "Secondary malignant neoplasm of bone"),
                    icd("C79.52", "Secondary malignant neoplasm of bone marrow")),
            "symptoms", List.of(icd("G95.20", "Unspecified cord compression"),
                    new TopicCode(CodeSystem.SNOMED_CT, SNOMED_TEST_ID, "Test concept")));

    static Catalog english() {
        return catalog("en", "etag-en-1", CODES,
                page("overview", "en", "overview", "What is lumbar spine cancer?",
                        "Cancer in the lower back: what it is & how it starts.", LocalDate.of(2026, 3, 1), null),
                page("types", "en", "types-of-tumour", "Types of tumour",
                        "The main kinds of tumour in the lumbar spine.", LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 5, 10)),
                page("symptoms", "en", "symptoms", "Symptoms", "Signs to watch for, and when to get help now.",
                        LocalDate.of(2026, 3, 3), null));
    }

    static Catalog spanish() {
        return catalog("es", "etag-es-1", Map.of(),
                page("overview", "es", "que-es", "¿Qué es el cáncer de la columna lumbar?",
                        "El cáncer en la parte baja de la espalda: qué es y cómo empieza.", LocalDate.of(2026, 4, 1),
                        null),
                page("types", "es", "tipos-de-tumor", "Tipos de tumor",
                        "Los principales tipos de tumor en la columna lumbar.", LocalDate.of(2026, 4, 2), null));
    }

    private static TopicPage page(String key, String language, String slug, String title, String summary,
                                  LocalDate written, LocalDate reviewed) {
        return new TopicPage(key, language, slug, title, summary,
                new ReviewStatus(written, reviewed, reviewed == null ? null : "oncology nurse", null), List.of(),
                List.of(), null, null, 6.0, "page-" + key + "-" + language);
    }

    private static TopicCode icd(String code, String display) {
        return new TopicCode(CodeSystem.ICD_10_CM, code, display);
    }

    private static Catalog catalog(String language, String etag, Map<String, List<TopicCode>> codes,
                                   TopicPage... pages) {
        Map<String, TopicPage> bySlug = new LinkedHashMap<>();
        List<TopicLink> links = new java.util.ArrayList<>();
        for (TopicPage page : pages) {
            bySlug.put(page.slug(), page);
            links.add(new TopicLink(page.key(), page.slug(), page.title(), page.summary(), page.summary()));
        }
        return new Catalog(language, List.copyOf(links), bySlug, null, "", List.of(), etag, List.of(), codes);
    }
}
