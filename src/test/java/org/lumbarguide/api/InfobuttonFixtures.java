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
 * guide's text does: three English topics, two of them in Spanish ({@code symptoms} is not translated), and a
 * fixed code table standing in for the catalog's lookup. The ICD-10-CM titles are the tabular list's; the SNOMED CT
 * id {@code 1000004} is a made-up id for tests only.
 */
final class InfobuttonFixtures {

    static final String SNOMED_TEST_ID = "1000004";

    private InfobuttonFixtures() {
    }

    static Catalog english() {
        return catalog("en", "etag-en-1",
                page("overview", "en", "overview", "What is lumbar spine cancer?",
                        "Cancer in the lower back: what it is & how it starts.", LocalDate.of(2026, 3, 1), null),
                page("types", "en", "types-of-tumour", "Types of tumour",
                        "The main kinds of tumour in the lumbar spine.", LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 5, 10)),
                page("symptoms", "en", "symptoms", "Symptoms", "Signs to watch for, and when to get help now.",
                        LocalDate.of(2026, 3, 3), null));
    }

    static Catalog spanish() {
        return catalog("es", "etag-es-1",
                page("overview", "es", "que-es", "¿Qué es el cáncer de la columna lumbar?",
                        "El cáncer en la parte baja de la espalda: qué es y cómo empieza.", LocalDate.of(2026, 4, 1),
                        null),
                page("types", "es", "tipos-de-tumor", "Tipos de tumor",
                        "Los principales tipos de tumor en la columna lumbar.", LocalDate.of(2026, 4, 2), null));
    }

    /** The code table: what the catalog's lookup would answer for the fixture's codes. */
    static final class Codes implements InfobuttonCodeIndex {

        private static final Map<TopicCode, List<String>> TABLE = new LinkedHashMap<>();

        static {
            TABLE.put(new TopicCode(CodeSystem.ICD_10_CM, "C41.2", "Malignant neoplasm of vertebral column"),
                    List.of("types"));
            TABLE.put(new TopicCode(CodeSystem.ICD_10_CM, "C79.51", "Secondary malignant neoplasm of bone"),
                    List.of("overview", "types"));
            TABLE.put(new TopicCode(CodeSystem.ICD_10_CM, "C79.52", "Secondary malignant neoplasm of bone marrow"),
                    List.of("overview", "types"));
            TABLE.put(new TopicCode(CodeSystem.ICD_10_CM, "G95.20", "Unspecified cord compression"),
                    List.of("symptoms"));
            TABLE.put(new TopicCode(CodeSystem.SNOMED_CT, SNOMED_TEST_ID, "Test concept"), List.of("symptoms"));
        }

        @Override
        public List<TopicLink> topicsForCode(Catalog catalog, CodeSystem system, String code) {
            String wanted = code.strip().toUpperCase(java.util.Locale.ROOT).replace(".", "");
            java.util.Set<String> keys = new java.util.LinkedHashSet<>();
            TABLE.forEach((known, topics) -> {
                String have = known.code().replace(".", "");
                // As the catalog's contract: equal, or a shorter ICD-10-CM code its prefix (C79.5 → C79.51).
                if (known.system() == system && (have.equals(wanted)
                        || system == CodeSystem.ICD_10_CM && wanted.length() >= 3 && have.startsWith(wanted))) {
                    keys.addAll(topics);
                }
            });
            return catalog.topics().stream().filter(t -> keys.contains(t.key())).toList();
        }

        @Override
        public List<TopicCode> allCodes(Catalog catalog) {
            return List.copyOf(TABLE.keySet());
        }
    }

    private static TopicPage page(String key, String language, String slug, String title, String summary,
                                  LocalDate written, LocalDate reviewed) {
        return new TopicPage(key, language, slug, title, summary,
                new ReviewStatus(written, reviewed, reviewed == null ? null : "oncology nurse", null), List.of(),
                List.of(), null, null, 6.0, "page-" + key + "-" + language);
    }

    private static Catalog catalog(String language, String etag, TopicPage... pages) {
        Map<String, TopicPage> bySlug = new LinkedHashMap<>();
        List<TopicLink> links = new java.util.ArrayList<>();
        for (TopicPage page : pages) {
            bySlug.put(page.slug(), page);
            links.add(new TopicLink(page.key(), page.slug(), page.title(), page.summary(), page.summary()));
        }
        return new Catalog(language, List.copyOf(links), bySlug, null, "", List.of(), etag);
    }
}
