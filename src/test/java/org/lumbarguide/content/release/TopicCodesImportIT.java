package org.lumbarguide.content.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Topics' clinical codes reach the database through the release import, on H2 and on PostgreSQL (set
 * LUMBARGUIDE_TEST_POSTGRES_URL, and _USER, _PASSWORD, as for PostgresMigrationIT; each run uses its own schema,
 * dropped afterwards): a fresh database gets them; a database the previous release left at V13 gains them on
 * upgrade (V14, then the import), except on a topic an editor changed, where they wait as a proposal; and an
 * editor's own change to a topic's codes is never overwritten by a later release.
 */
class TopicCodesImportIT {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    static final String PG_URL = System.getenv("LUMBARGUIDE_TEST_POSTGRES_URL");
    static final String PG_USER = envOr("LUMBARGUIDE_TEST_POSTGRES_USER", "postgres");
    static final String PG_PASSWORD = envOr("LUMBARGUIDE_TEST_POSTGRES_PASSWORD", "");
    static final Path SHIPPED = Path.of("src/main/resources/content");

    @TempDir
    Path files;

    DriverManagerDataSource dataSource;
    JdbcTemplate jdbc;
    String schema;

    void open(String database) throws SQLException {
        if (database.equals("postgres")) {
            Assumptions.assumeTrue(PG_URL != null && !PG_URL.isBlank(),
                    "set LUMBARGUIDE_TEST_POSTGRES_URL to run the codes import on PostgreSQL");
            schema = "lumbarguide_codes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("create schema " + schema);
            }
            dataSource = new DriverManagerDataSource(PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema="
                    + schema, PG_USER, PG_PASSWORD);
        } else {
            dataSource = new DriverManagerDataSource("jdbc:h2:mem:codes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "sa", "");
        }
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    Flyway release() {
        FluentConfiguration config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new ContentFilesMigration(files.toUri().toString(), CLOCK))
                .callbacks(new LegacySeedChecksums());
        if (schema != null) {
            config = config.schemas(schema).defaultSchema(schema);
        }
        return config.load();
    }

    /** The shipped content files into the release folder; without their codes, as the release before V14 shipped. */
    void shipFiles(boolean withCodes) throws IOException {
        try (Stream<Path> all = Files.walk(SHIPPED)) {
            for (Path from : all.toList()) {
                Path to = files.resolve(SHIPPED.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    String text = Files.readString(from);
                    Files.writeString(to, withCodes ? text : text.replaceFirst("(?s)\\ncodes:\\n.*?(?=\\n---\\n)", ""));
                }
            }
        }
    }

    /** A topic's codes as stored, "SYSTEM code title" in its order. */
    List<String> stored(String language, String key) {
        return jdbc.queryForList("select c.code_system || ' ' || c.code || ' ' || c.display from topic_code c join topic t "
                + "on t.id = c.topic_id where t.topic_key = ? and t.language = ? order by c.position", String.class, key,
                language);
    }

    static List<String> inFile(TopicItem topic) {
        return topic.codes().stream().map(c -> c.system().name() + " " + c.code() + " " + c.title()).toList();
    }

    Release shipped() {
        return ContentFiles.load(files.toUri().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aFreshDatabaseHasEveryTopicsCodes(String database) throws Exception {
        open(database);
        shipFiles(true);
        release().migrate();

        int codes = 0;
        for (TopicItem topic : shipped().topics()) {
            assertThat(stored(topic.language(), topic.key())).as(topic.file()).isEqualTo(inFile(topic));
            codes += topic.codes().size();
        }
        assertThat(codes).isGreaterThan(100);
        assertThat(stored("en", "symptoms")).contains("ICD_10_CM G83.4 Cauda equina syndrome",
                "SNOMED_CT 192970008 Cauda equina syndrome");
        assertThat(jdbc.queryForObject("select count(*) from topic_code c join topic t on t.id = c.topic_id "
                + "where t.language <> 'en'", Integer.class)).as("codes belong to the English row").isZero();
        assertThat(jdbc.queryForObject("select count(*) from content_proposal", Integer.class)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aDatabaseAtV13GainsTheCodesOnUpgradeAndAnEditedTopicGetsThemAsAProposal(String database) throws Exception {
        open(database);
        // The previous release: its files had no codes, its schema stopped at V13.
        shipFiles(false);
        release().migrate();
        // Undo what came after V13 (V14's table, V15's and V16's columns) so the schema is V13's again.
        jdbc.execute("drop table topic_code");
        jdbc.execute("alter table topic_draft drop column submit_note");
        jdbc.execute("alter table editor_user drop column clinical_role_es");
        jdbc.update("delete from \"flyway_schema_history\" where \"version\" in ('14', '15', '16')");
        // An editor changed the English prognosis page in the application.
        jdbc.update("update topic set title = 'An editor''s title', version = version + 1 "
                + "where topic_key = 'prognosis' and language = 'en'");

        shipFiles(true);
        assertThat(release().migrate().migrationsExecuted).as("V14, V15, V16, then the content import").isEqualTo(4);

        for (TopicItem topic : shipped().topics()) {
            if (topic.key().equals("prognosis") && topic.language().equals("en")) {
                assertThat(stored("en", "prognosis")).as("an edited topic keeps what the editor left").isEmpty();
            } else {
                assertThat(stored(topic.language(), topic.key())).as(topic.file()).isEqualTo(inFile(topic));
            }
        }
        assertThat(jdbc.queryForObject("select title from topic where topic_key = 'prognosis' and language = 'en'",
                String.class)).isEqualTo("An editor's title");
        List<String> proposals = jdbc.queryForList("select proposed_text from content_proposal where target = 'TOPIC' "
                + "and change_kind = 'UPDATE' and status = 'PENDING' and item_key = 'prognosis' and language = 'en'",
                String.class);
        assertThat(proposals).singleElement().asString().contains("codes:\n  - icd-10-cm: C41.2\n"
                + "    title: Malignant neoplasm of vertebral column\n");
        assertThat(jdbc.queryForObject("select count(*) from content_proposal", Integer.class))
                .as("no other topic was edited").isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anEditorsChangeToACodeListIsKeptByTheNextRelease(String database) throws Exception {
        open(database);
        shipFiles(true);
        release().migrate();
        // An editor took G95.29 off the symptoms page (a publish of the page's whole file).
        jdbc.update("delete from topic_code where code = 'G95.29' and topic_id = "
                + "(select id from topic where topic_key = 'symptoms' and language = 'en')");
        List<String> edited = stored("en", "symptoms");

        // The next release changes that page's title and the treatment page's codes' order.
        Path symptoms = files.resolve("en/03-symptoms.md");
        Files.writeString(symptoms, Files.readString(symptoms).replace("title: Symptoms\n", "title: Signs and symptoms\n"));
        Path treatment = files.resolve("en/05-treatment.md");
        String text = Files.readString(treatment);
        String g8 = "  - icd-10-cm: G83.4\n    title: Cauda equina syndrome\n";
        Files.writeString(treatment, text.replace(g8, "").replace("codes:\n", "codes:\n" + g8));
        assertThat(release().migrate().migrationsExecuted).isOne();

        assertThat(stored("en", "symptoms")).as("the editor's list stays").isEqualTo(edited)
                .doesNotContain("ICD_10_CM G95.29 Other cord compression");
        assertThat(jdbc.queryForObject("select title from topic where topic_key = 'symptoms' and language = 'en'",
                String.class)).isEqualTo("Symptoms");
        assertThat(jdbc.queryForList("select proposed_text from content_proposal where item_key = 'symptoms' "
                + "and status = 'PENDING'", String.class)).singleElement().asString()
                .contains("title: Signs and symptoms").contains("  - icd-10-cm: G95.29\n");
        assertThat(stored("en", "treatment")).as("an unedited topic takes the release's codes").first()
                .isEqualTo("ICD_10_CM G83.4 Cauda equina syndrome");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
