package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
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

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
