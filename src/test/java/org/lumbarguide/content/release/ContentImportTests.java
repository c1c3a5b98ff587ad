package org.lumbarguide.content.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.ContentHash;
import org.lumbarguide.content.format.ContentFileException;
import org.lumbarguide.content.format.SeedContent;

/**
 * The import, through Flyway as the application runs it, on a private in-memory H2: a fresh database,
 * a release that changes the files, and the upgrade from a database made by release 0.1.
 */
class ContentImportTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path files;

    DriverManagerDataSource dataSource;
    JdbcTemplate jdbc;

    @BeforeEach
    void copyTheShippedFilesAndOpenAnEmptyDatabase() throws IOException {
        Path shipped = Path.of("src/main/resources/content");
        try (Stream<Path> all = Files.walk(shipped)) {
            for (Path from : all.toList()) {
                Path to = files.resolve(shipped.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        jdbc = new JdbcTemplate(dataSource);
    }

    private Flyway currentRelease() {
        return currentRelease(CLOCK);
    }

    private Flyway currentRelease(Clock clock) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new ContentFilesMigration(files.toUri().toString(), clock))
                .callbacks(new LegacySeedChecksums())
                .load();
    }

    private Release files() {
        return ContentFiles.load(files.toUri().toString());
    }

    @Test
    void aFreshDatabaseHoldsExactlyWhatTheFilesSay() {
        currentRelease().migrate();
        assertDatabaseMatchesFiles();
        assertThat(jdbc.queryForObject("select count(*) from content_proposal", Integer.class)).isZero();
    }

    @Test
    void aChangedFileUpdatesUneditedContentAndNeverOverwritesAnEditorsChange() throws IOException {
        currentRelease().migrate();
        // An editor changes one Symptoms section in the application.
        String editorsText = "An editor rewrote this section in the application.";
        assertThat(jdbc.update("update section set body_markdown = ?, version = version + 1 where anchor = "
                + "'symptom-diary' and topic_id = (select id from topic where topic_key = 'symptoms' and language = 'en')", editorsText))
                .isOne();

        // The next release changes that section and an unedited one in the same file.
        Path symptoms = files.resolve("en/03-symptoms.md");
        String text = Files.readString(symptoms);
        String edited = text
                .replace("## Keep a symptom diary {#symptom-diary .tip}\n",
                        "## Keep a symptom diary {#symptom-diary .tip}\n\nA new first line from the release.\n")
                .replace("## Contact your care team within 24 hours {#contact-care-team-within-a-day}\n",
                        "## Contact your care team within 24 hours {#contact-care-team-within-a-day}\n\n"
                                + "Release 2 says this.\n");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(symptoms, edited);

        assertThat(currentRelease().migrate().migrationsExecuted).as("Flyway notices the changed files").isOne();

        assertThat(body("symptoms", "contact-care-team-within-a-day")).startsWith("Release 2 says this.");
        assertThat(body("symptoms", "symptom-diary")).isEqualTo(editorsText);
        List<Map<String, Object>> proposals = jdbc.queryForList("select target, change_kind, topic_key, item_key, "
                + "proposed_text, status from content_proposal");
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("TARGET", "SECTION").containsEntry("CHANGE_KIND", "UPDATE")
                    .containsEntry("TOPIC_KEY", "symptoms").containsEntry("ITEM_KEY", "symptom-diary")
                    .containsEntry("STATUS", "PENDING");
            assertThat((String) p.get("PROPOSED_TEXT")).startsWith("## Keep a symptom diary {#symptom-diary .tip}")
                    .contains("A new first line from the release.");
        });

        // Starting again with the same files does nothing; the editor's text still stands.
        assertThat(currentRelease().migrate().migrationsExecuted).isZero();
        // A later release that does not touch the section makes no second proposal.
        Files.writeString(symptoms, edited.replace("Release 2 says this.", "Release 3 says this."));
        currentRelease().migrate();
        assertThat(body("symptoms", "contact-care-team-within-a-day")).startsWith("Release 3 says this.");
        assertThat(body("symptoms", "symptom-diary")).isEqualTo(editorsText);
        assertThat(jdbc.queryForObject("select count(*) from content_proposal", Integer.class)).isOne();
    }

    @Test
    void theSharedEmergencyBoxFollowsTheSameRuleAndRegionWordsAreReadNotImported() throws IOException {
        currentRelease().migrate();
        // An editor rewords the shared emergency box in the application.
        String editorsText = "An editor's emergency box.";
        assertThat(jdbc.update("update section set body_markdown = ? where anchor = 'emergency' and topic_id = "
                + "(select id from topic where topic_key = 'shared' and language = 'en')", editorsText)).isOne();
        Path shared = files.resolve("en/00-shared.md");
        String text = Files.readString(shared);
        String release2 = text.replace("**Get help now, for anyone, if there is:**",
                "**Release 2: get help now, for anyone, if there is:**")
                .replace("- **Have cancer, or had it?** Call your **24-hour cancer helpline** now.",
                        "- Release 2: **Have cancer, or had it?** Call your **24-hour cancer helpline** now.");
        assertThat(release2).as("both changes are made").contains("Release 2: get help", "- Release 2: **Have");
        Files.writeString(shared, release2);
        // A region word changes too: it changes the release (Flyway runs again) but is not stored.
        Path regions = files.resolve("en/regions.yaml");
        Files.writeString(regions, Files.readString(regions).replace("NHS 111", "NHS 111 (free)"));

        assertThat(currentRelease().migrate().migrationsExecuted).isOne();

        assertThat(body("shared", "emergency")).isEqualTo(editorsText);
        assertThat(body("shared", "routing")).startsWith("- Release 2: **Have cancer");
        assertThat(jdbc.queryForList("select item_key from content_proposal where topic_key = 'shared'", String.class))
                .containsExactly("emergency");
        assertThat(jdbc.queryForObject("select count(*) from section where body_markdown like '%NHS 111 (free)%'",
                Integer.class)).isZero();
        assertThat(files().regionWords("en", Region.UK)).containsEntry("advice-line",
                "NHS 111 (free)");
    }

    @Test
    void aReleaseCanAddRemoveAndReorderSectionsOfAnUneditedTopic() throws IOException {
        currentRelease().migrate();
        Path prognosis = files.resolve("en/06-prognosis.md");
        String text = Files.readString(prognosis);
        TopicItem before = files().topics().stream().filter(t -> t.key().equals("prognosis")).findFirst().orElseThrow();
        SectionItem first = before.sections().get(0);
        SectionItem second = before.sections().get(1);
        String firstBlock = text.substring(text.indexOf("## " + first.heading()), text.indexOf("## " + second.heading()));
        String changed = text.replace(firstBlock, "") + "\n## A new part {#a-new-part}\n\nThis part is new.\n";
        Files.writeString(prognosis, changed);

        currentRelease().migrate();

        List<String> anchors = jdbc.queryForList("select s.anchor from section s join topic t on t.id = s.topic_id "
                + "where t.topic_key = 'prognosis' and t.language = 'en' order by s.position", String.class);
        assertThat(anchors).doesNotContain(first.anchor()).startsWith(second.anchor()).endsWith("a-new-part");
        assertDatabaseMatchesFiles();
    }

    @Test
    void aDatabaseMadeByRelease01UpgradesAndMatchesTheFiles() {
        Flyway release01 = Flyway.configure().dataSource(dataSource).locations("classpath:release-0.1/db/migration")
                .load();
        assertThat(release01.migrate().migrationsExecuted).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from section", Integer.class)).isEqualTo(77);

        currentRelease().migrate();

        assertThat(jdbc.queryForList("select \"success\" from \"flyway_schema_history\"", Boolean.class))
                .containsOnly(true);
        assertThat(jdbc.queryForList("select \"description\" from \"flyway_schema_history\" where \"version\" = '5' "
                + "or \"version\" is null", String.class)).contains("content files import", "content files");
        currentRelease().validate();
        assertDatabaseMatchesFiles();
        // Release 0.1 claimed a review that never happened; the files do not.
        assertThat(jdbc.queryForObject("select count(*) from topic where reviewed_on is not null", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from content_proposal", Integer.class)).isZero();
    }

    @Test
    void onlyTheExactRelease01ChecksumsAreRealigned() {
        Flyway.configure().dataSource(dataSource).locations("classpath:release-0.1/db/migration").load().migrate();
        jdbc.update("update \"flyway_schema_history\" set \"checksum\" = 12345 where \"version\" = '4'");

        assertThatThrownBy(() -> currentRelease().migrate()).isInstanceOf(FlywayException.class)
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void aSourcesRegionsAreTheReleasesEvenOnASourceAnEditorChangedAndMakeNoProposal() throws IOException {
        currentRelease().migrate();
        assertThat(regions("samaritans")).isEqualTo("uk");
        assertThat(regions("lifeline-988")).isEqualTo("us");
        assertThat(regions("nice-ng234")).isNull();
        // A reviewer applied a new title to Samaritans in the application.
        assertThat(jdbc.update("update source set title = 'Talk to us' where source_key = 'samaritans'")).isOne();

        Path sources = files.resolve("sources.yaml");
        String text = Files.readString(sources);
        String next = text.replace("url: https://www.samaritans.org/how-we-can-help/contact-samaritan/\n  regions: [uk]",
                        "url: https://www.samaritans.org/how-we-can-help/contact-samaritan/\n  regions: [uk, international]")
                .replace("url: https://988lifeline.org/\n  regions: [us]", "url: https://988lifeline.org/");
        assertThat(next).isNotEqualTo(text);
        Files.writeString(sources, next);
        assertThat(currentRelease().migrate().migrationsExecuted).as("a change of regions is a release").isOne();

        assertThat(regions("samaritans")).isEqualTo("uk,international");
        assertThat(regions("lifeline-988")).as("no regions: every region").isNull();
        assertThat(jdbc.queryForObject("select title from source where source_key = 'samaritans'", String.class))
                .isEqualTo("Talk to us");
        assertThat(jdbc.queryForObject("select count(*) from content_proposal", Integer.class)).isZero();
    }

    /**
     * A translation's {@code translated-from:} is stored with its rows (the title's with the topic, each section's
     * with the section; English rows have none), follows the release while the row has the release's text, and is
     * left alone on a row an editor changed. Every row records when its text last changed.
     */
    @Test
    void aTranslationsStampsAreImportedWithTheTextTheyDescribe() throws IOException {
        // One Spanish topic written here, without the release's own translation beside it.
        org.springframework.util.FileSystemUtils.deleteRecursively(files.resolve("es"));
        TopicItem english = files().topics("en").stream().filter(t -> t.key().equals("symptoms")).findFirst()
                .orElseThrow();
        SectionItem box = english.sections().get(0);
        SectionItem helpline = english.sections().get(1);
        String titleHash = ContentHash.ofTitle(english.title(), english.summary());
        String boxHash = ContentHash.ofSection(box.heading(), box.kind(), box.body());
        String helplineHash = ContentHash.ofSection(helpline.heading(), helpline.kind(), helpline.body());
        Path spanish = files.resolve("es/03-symptoms.md");
        Files.createDirectories(spanish.getParent());
        // Codes belong to the topic, listed in its English file only: the copy leaves them out.
        String translation = Files.readString(files.resolve("en/03-symptoms.md"))
                .replaceFirst("(?s)\\ncodes:\\n.*?(?=\\n---\\n)", "").replace("slug: symptoms",
                "slug: sintomas").replace("title: Symptoms", "title: Síntomas").replaceFirst("\\n---\\n",
                "\ntranslated-from:\n  title: " + titleHash + "\n  " + box.anchor() + ": " + boxHash + "\n---\n");
        Files.writeString(spanish, translation);

        currentRelease().migrate();

        assertDatabaseMatchesFiles();
        assertThat(topicStamp("es")).isEqualTo(titleHash);
        assertThat(stamp("es", box.anchor())).isEqualTo(boxHash);
        assertThat(stamp("es", helpline.anchor())).as("not stamped yet").isNull();
        assertThat(topicStamp("en")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from section where translated_from is not null", Integer.class))
                .isOne();
        assertThat(jdbc.queryForList("select text_changed_at from section union all select text_changed_at from topic",
                Timestamp.class)).allMatch(t -> t.toInstant().equals(CLOCK.instant()));

        // A translator checks another section: only its stamp changes, and that is a release too.
        Files.writeString(spanish, translation.replaceFirst("\\n---\\n", "\n  " + helpline.anchor() + ": "
                + helplineHash + "\n---\n"));
        Clock later = Clock.offset(CLOCK, Duration.ofDays(3));
        assertThat(currentRelease(later).migrate().migrationsExecuted).isOne();
        assertThat(stamp("es", helpline.anchor())).isEqualTo(helplineHash);
        assertThat(changedAt("es", helpline.anchor())).as("the text did not change").isEqualTo(CLOCK.instant());
        assertThat(jdbc.queryForObject("select count(*) from content_proposal", Integer.class)).isZero();

        // An editor rewrote the Spanish box in the application: a release's new stamp is not the stamp of that text.
        jdbc.update("update section set body_markdown = 'Texto de un editor.', translated_from = 'a1b2c3d4e5f6' where "
                + "anchor = ? and topic_id = (select id from topic where topic_key = 'symptoms' and language = 'es')",
                box.anchor());
        Files.writeString(spanish, Files.readString(spanish).replace(boxHash, "0123456789ab"));
        currentRelease(later).migrate();
        assertThat(stamp("es", box.anchor())).isEqualTo("a1b2c3d4e5f6");

        // The English changes: its row records when, and the Spanish stamps stay as they were.
        Path englishFile = files.resolve("en/03-symptoms.md");
        Files.writeString(englishFile, Files.readString(englishFile).replace("{{include tier-helpline}}",
                "{{include tier-helpline}}\n\nA new English line."));
        currentRelease(later).migrate();
        assertThat(changedAt("en", helpline.anchor())).isEqualTo(later.instant());
        assertThat(changedAt("en", box.anchor())).isEqualTo(CLOCK.instant());
        assertThat(stamp("es", helpline.anchor())).isEqualTo(helplineHash);
    }

    private String topicStamp(String language) {
        return jdbc.queryForObject("select translated_from from topic where topic_key = 'symptoms' and language = ?",
                String.class, language);
    }

    private String stamp(String language, String anchor) {
        return jdbc.queryForObject("select s.translated_from from section s join topic t on t.id = s.topic_id "
                + "where t.topic_key = 'symptoms' and t.language = ? and s.anchor = ?", String.class, language, anchor);
    }

    private Instant changedAt(String language, String anchor) {
        return jdbc.queryForObject("select s.text_changed_at from section s join topic t on t.id = s.topic_id "
                + "where t.topic_key = 'symptoms' and t.language = ? and s.anchor = ?", Timestamp.class,
                language, anchor).toInstant();
    }

    private String regions(String sourceKey) {
        return jdbc.queryForObject("select regions from source where source_key = ?", String.class, sourceKey);
    }

    @Test
    void aBrokenFileIsReportedWithItsFileAndLine() throws IOException {
        Path overview = files.resolve("en/01-overview.md");
        Files.writeString(overview, Files.readString(overview).replaceFirst("\\{#[a-z-]+}", ""));
        assertThatThrownBy(this::files).isInstanceOf(ContentFileException.class)
                .hasMessageStartingWith("en/01-overview.md:").hasMessageContaining("need an anchor");
    }

    private String body(String topicKey, String anchor) {
        return jdbc.queryForObject("select s.body_markdown from section s join topic t on t.id = s.topic_id "
                + "where t.topic_key = ? and t.language = 'en' and s.anchor = ?", String.class, topicKey, anchor);
    }

    private void assertDatabaseMatchesFiles() {
        Release release = files();
        for (TopicItem topic : release.topics()) {
            Map<String, Object> row = jdbc.queryForMap("select slug, title, summary, position, written_on, reviewed_on "
                    + "from topic where topic_key = ? and language = ?", topic.key(), topic.language());
            assertThat(row.get("SLUG")).isEqualTo(topic.slug());
            assertThat(row.get("TITLE")).isEqualTo(topic.title());
            assertThat(row.get("SUMMARY")).isEqualTo(topic.summary());
            assertThat(row.get("POSITION")).isEqualTo(topic.position());
            assertThat(row.get("WRITTEN_ON").toString()).isEqualTo(topic.written().toString());
            assertThat(jdbc.queryForObject("select translated_from from topic where topic_key = ? and language = ?",
                    String.class, topic.key(), topic.language())).isEqualTo(topic.translatedFrom().get(TopicItem.TITLE));
            for (SectionItem section : topic.sections()) {
                assertThat(jdbc.queryForObject("select s.translated_from from section s join topic t on t.id = "
                        + "s.topic_id where t.topic_key = ? and t.language = ? and s.anchor = ?", String.class,
                        topic.key(), topic.language(), section.anchor()))
                        .as(topic.file() + "#" + section.anchor()).isEqualTo(topic.translatedFrom().get(section.anchor()));
            }
            List<String> sections = jdbc.queryForList("select s.anchor || '|' || s.heading || '|' || s.kind || '|' || "
                    + "s.body_markdown from section s join topic t on t.id = s.topic_id where t.topic_key = ? and "
                    + "t.language = ? order by s.position", String.class, topic.key(), topic.language());
            assertThat(sections).containsExactlyElementsOf(topic.sections().stream()
                    .map(s -> s.anchor() + "|" + s.heading() + "|" + s.kind() + "|" + s.body()).toList());
            assertThat(jdbc.queryForList("select s.source_key from topic_source ts join source s on s.id = ts.source_id "
                    + "join topic t on t.id = ts.topic_id where t.topic_key = ? and t.language = ? order by ts.position",
                    String.class, topic.key(), topic.language())).containsExactlyElementsOf(topic.sourceKeys());
        }
        assertThat(jdbc.queryForObject("select count(*) from topic", Integer.class)).isEqualTo(release.topics().size());
        assertThat(jdbc.queryForList("select term_key || '|' || term || '|' || aliases || '|' || short_definition "
                + "from glossary_term order by term_key", String.class))
                .containsExactlyInAnyOrderElementsOf(release.glossary().stream()
                        .map(t -> t.key() + "|" + t.term() + "|" + String.join("|", t.otherForms()) + "|" + t.definition())
                        .toList());
        assertThat(jdbc.queryForList("select source_key || '|' || title || '|' || published_year || '|' || year_kind "
                + "|| '|' || url from source", String.class))
                .containsExactlyInAnyOrderElementsOf(release.sources().stream()
                        .map(s -> s.key() + "|" + s.title() + "|" + s.year() + "|" + s.yearKind() + "|" + s.url())
                        .toList());
        for (SeedContent.SourceItem source : release.sources()) {
            assertThat(jdbc.queryForObject("select regions from source where source_key = ?", String.class,
                    source.key())).as(source.key()).isEqualTo(Region.keys(source.regions()));
        }
    }
}
