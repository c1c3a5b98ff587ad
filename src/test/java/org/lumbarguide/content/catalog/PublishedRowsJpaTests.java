package org.lumbarguide.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.release.ContentFilesMigration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read model's repositories as a slice: Flyway builds an empty in-memory H2 from the migrations, the content
 * files' import (the repeatable Java migration, as the app registers it) fills it, and the seeded topics and glossary
 * come back through the package-private JPA repositories the catalog reads.
 */
@DataJpaTest(showSql = false)
@Import(PublishedRowsJpaTests.ContentImport.class)
class PublishedRowsJpaTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class ContentImport {
        @Bean
        ContentFilesMigration contentFilesMigration() {
            return new ContentFilesMigration(ContentFiles.DEFAULT_LOCATION, Clock.systemUTC());
        }
    }

    @Autowired
    TopicRepository topics;

    @Autowired
    GlossaryRepository glossary;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationAndTheImportRanOnTheEmptyDatabase() {
        List<Boolean> results = jdbc.sql("select \"success\" from \"flyway_schema_history\"").query(Boolean.class).list();
        assertThat(results).hasSizeGreaterThan(12).containsOnly(true);
        assertThat(jdbc.sql("select count(*) from \"flyway_schema_history\" where \"type\" = 'JDBC'")
                .query(Long.class).single()).as("the content files' import").isOne();
    }

    @Test
    void seededTopicsComeBackInReadingOrderWithSectionsAndSources() {
        List<Topic> english = topics.findWithSectionsByLanguage("en");
        topics.fetchSources(english);

        assertThat(english).extracting(Topic::getTopicKey)
                .containsSubsequence("overview", "symptoms", "diagnosis", "treatment", "prognosis");
        assertThat(english).extracting(Topic::getPosition).isSorted();
        assertThat(english).allSatisfy(topic -> {
            assertThat(topic.getSections()).as(topic.getSlug() + " sections").isNotEmpty();
            assertThat(topic.getSections()).extracting(Section::getPosition).isSorted();
            assertThat(topic.getWrittenOn()).isNotNull();
            assertThat(topic.getSources()).as(topic.getSlug() + " sources").isNotEmpty();
            assertThat(topic.getReviewedOn()).as("no clinician has reviewed it here").isNull();
        });
    }

    /** V14 through JPA: each code with its topic's key, in reading order, in one query; only English rows have them. */
    @Test
    void topicCodesComeBackWithTheirTopicsKeysInReadingOrder() {
        List<TopicCodeRow> codes = topics.findCodesByLanguage("en");
        assertThat(codes).extracting(TopicCodeRow::getTopicKey).startsWith("overview").contains("living-with")
                .doesNotContain("shared", "questions");
        assertThat(codes).filteredOn(c -> c.getTopicKey().equals("symptoms"))
                .extracting(c -> c.getCodeSystem() + " " + c.getCode() + " " + c.getDisplay())
                .startsWith("ICD_10_CM C41.2 Malignant neoplasm of vertebral column")
                .endsWith("SNOMED_CT 192970008 Cauda equina syndrome");
        assertThat(topics.findCodesByLanguage("es")).isEmpty();
    }

    @Test
    void symptomsCarryAnUrgentSection() {
        Topic symptoms = topics.findWithSectionsByLanguage("en").stream()
                .filter(t -> t.getTopicKey().equals("symptoms")).findFirst().orElseThrow();
        assertThat(symptoms.getSections()).extracting(Section::getKind).contains(SectionKind.URGENT);
    }

    @Test
    void theGlossaryComesBackInAlphabeticalOrder() {
        List<GlossaryTerm> terms = glossary.findByLanguageOrderByTermAsc("en");
        assertThat(terms).hasSizeGreaterThan(10);
        assertThat(terms).extracting(GlossaryTerm::getTerm).isSortedAccordingTo(String::compareTo);
    }
}
