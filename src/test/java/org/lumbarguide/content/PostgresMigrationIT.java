package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.content.catalog.TopicViews.TranslationStatus;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.ContentHash;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.release.ContentImport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews;

/**
 * The same Flyway migrations on a real, empty PostgreSQL (a fresh schema that is dropped afterwards).
 * Set LUMBARGUIDE_TEST_POSTGRES_URL (and optionally _USER, _PASSWORD) to run it; .ci/run does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class PostgresMigrationIT {

    static final String URL = System.getenv("LUMBARGUIDE_TEST_POSTGRES_URL");
    static final String USER = envOr("LUMBARGUIDE_TEST_POSTGRES_USER", "postgres");
    static final String PASSWORD = envOr("LUMBARGUIDE_TEST_POSTGRES_PASSWORD", "");
    static final String SCHEMA = "lumbarguide_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeAll
    static void requirePostgres() {
        if (URL == null || URL.isBlank()) {
            String message = "PostgresMigrationIT skipped: set LUMBARGUIDE_TEST_POSTGRES_URL, for example "
                    + "jdbc:postgresql://127.0.0.1:5432/test, to run the migrations on PostgreSQL.";
            System.out.println(message);
            Assumptions.abort(message);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (URL == null || URL.isBlank()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TopicCatalog catalog;

    @Autowired
    TopicRows rows;

    @Test
    void migrationsRunOnAnEmptyPostgresAndTheSeededTopicsComeBack() {
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        List<Boolean> results = jdbc.queryForList("select success from flyway_schema_history", Boolean.class);
        assertThat(results).isNotEmpty().containsOnly(true);

        Catalog english = catalog.catalog("en");
        assertThat(english.topics()).extracting(TopicViews.TopicLink::key)
                .containsSubsequence("overview", "symptoms", "diagnosis", "treatment", "prognosis");
        assertThat(english.page("symptoms")).get()
                .satisfies(page -> assertThat(page.sections()).anyMatch(TopicViews.SectionView::urgent));
        assertThat(english.pagesBySlug().values()).allSatisfy(page -> assertThat(page.sources()).isNotEmpty());
        // V11's column, filled by the content import that runs after it.
        assertThat(jdbc.queryForObject("select regions from source where source_key = 'lifeline-988'", String.class))
                .isEqualTo("us");
        // V12: editor sessions (Spring Session JDBC), its attribute bytes in PostgreSQL's own binary type.
        assertThat(jdbc.queryForObject("select data_type from information_schema.columns where table_schema = "
                + "current_schema() and table_name = 'spring_session_attributes' and column_name = 'attribute_bytes'",
                String.class)).isEqualTo("bytea");
    }

    /** V14 on PostgreSQL: topics' codes imported, read by the catalog's one query, answered in both languages. */
    @Test
    void topicCodesAreImportedAndLookedUpOnPostgres() {
        catalog.evictAll();
        assertThat(catalog.catalog("en").topicsForCode(org.lumbarguide.content.catalog.CodeSystem.ICD_10_CM, "C79.5"))
                .extracting(TopicViews.TopicLink::key).contains("overview", "types", "diagnosis", "prognosis");
        assertThat(catalog.catalog("es").topicsForCode(org.lumbarguide.content.catalog.CodeSystem.SNOMED_CT, "109989006"))
                .extracting(TopicViews.TopicLink::slug).contains("informacion-general");
        assertThat(catalog.catalog("en").codes("overview")).extracting(c -> c.code())
                .startsWith("C41.2", "C72.0").contains("94222008");
    }

    /**
     * V13 on PostgreSQL: a translation's stamps and every row's change time are stored by the import, read through
     * JPA by the catalog, and kept by a publish; an English publish makes the Spanish out of date.
     */
    @Test
    void aTranslationIsImportedAndMeasuredAgainstThePublishedEnglish() {
        assertThat(jdbc.queryForList("select data_type from information_schema.columns where table_schema = "
                + "current_schema() and column_name in ('translated_from', 'text_changed_at') order by data_type",
                String.class)).containsExactly("character varying", "character varying",
                "timestamp without time zone", "timestamp without time zone");
        assertThat(jdbc.queryForObject("select count(*) from section s join topic t on t.id = s.topic_id "
                + "where t.language = 'en' and s.translated_from is not null", Integer.class))
                .as("English rows are translated from nothing").isZero();
        assertThat(jdbc.queryForObject("select count(*) from section s join topic t on t.id = s.topic_id "
                + "where t.language = 'es' and s.translated_from is null", Integer.class))
                .as("every shipped Spanish section records the English it was checked against").isZero();
        assertThat(jdbc.queryForObject("select count(*) from section where text_changed_at is null", Integer.class))
                .as("the import dates every row").isZero();

        // The shipped files, with a Spanish Symptoms in place of the shipped one whose urgent box is stamped
        // against the English and whose other parts are not stamped at all.
        Release shipped = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
        TopicItem english = shipped.topics("en").stream().filter(t -> t.key().equals("symptoms")).findFirst()
                .orElseThrow();
        SectionItem box = english.sections().get(0);
        SectionItem helpline = english.sections().get(1);
        TopicItem spanish = new TopicItem("es", "symptoms", "sintomas", "Síntomas", english.summary(),
                english.position(), english.sourceKeys(), english.written(), null, null, english.sections(),
                english.origin(), Map.of(box.anchor(), ContentHash.ofSection(box.heading(), box.kind(), box.body()),
                helpline.anchor(), ContentHash.ofSection(helpline.heading(), helpline.kind(), helpline.body())));
        List<TopicItem> topics = new java.util.ArrayList<>(shipped.topics().stream()
                .filter(t -> !(t.language().equals("es") && t.key().equals("symptoms"))).toList());
        topics.add(spanish);
        new ContentImport(JdbcClient.create(jdbc.getDataSource()), Instant.parse("2026-12-04T09:00:00Z"))
                .apply(new Release(shipped.sources(), topics, shipped.glossary(), shipped.regions(), shipped.spellings(),
                        shipped.checksum()));
        catalog.evictAll();

        TopicPage page = catalog.catalog("es").page("sintomas").orElseThrow();
        assertThat(page.sections().get(0).translation().status()).isEqualTo(TranslationStatus.CURRENT);
        assertThat(page.sections().get(2).translation().status()).as("never stamped")
                .isEqualTo(TranslationStatus.OUT_OF_DATE);

        // An editor publishes a change to the English helpline level's section.
        TopicItem published = rows.load("en", "symptoms").orElseThrow();
        List<SectionItem> sections = new java.util.ArrayList<>(published.sections());
        sections.set(1, new SectionItem(helpline.anchor(), helpline.heading(), helpline.kind(),
                helpline.body() + "\n\nOne more English line.", helpline.origin(), helpline.bodyLine()));
        rows.publish(new TopicItem("en", "symptoms", published.slug(), published.title(), published.summary(),
                published.position(), published.sourceKeys(), published.written(), null, null, sections,
                published.origin()), null, null);
        catalog.evictAll();

        page = catalog.catalog("es").page("sintomas").orElseThrow();
        assertThat(page.sections().get(1).translation().status()).isEqualTo(TranslationStatus.OUT_OF_DATE);
        assertThat(page.sections().get(1).lang()).as("an urgent level shows the current English").isEqualTo("en");
        assertThat(page.sections().get(1).html()).contains("One more English line.");
        assertThat(page.sections().get(0).translation().status()).isEqualTo(TranslationStatus.CURRENT);
        assertThat(catalog.outOfDateTranslations(List.of("es"))).extracting(t -> t.anchor())
                .contains(helpline.anchor()).doesNotContain(box.anchor());
        assertThat(rows.load("es", "symptoms").orElseThrow().translatedFrom()).containsOnlyKeys(box.anchor(),
                helpline.anchor());
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
