package org.lumbarguide.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.lumbarguide.content.format.SectionKind;

/** Flyway builds an empty H2 from the migrations, and the seeded topics come back through JPA. */
@SiteIntegrationTest
@Transactional(readOnly = true)
class SeededContentIT {

    @Autowired
    TopicRepository topics;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationRanOnTheEmptyDatabase() {
        List<Boolean> results = jdbc.queryForList("select \"success\" from \"flyway_schema_history\"", Boolean.class);
        assertThat(results).isNotEmpty().containsOnly(true);
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
            assertThat(topic.getSources()).as(topic.getSlug() + " sources").isNotEmpty();
            assertThat(topic.getWrittenOn()).isNotNull();
            assertThat(topic.getReviewedOn()).as("no clinician has reviewed it here").isNull();
        });
    }

    @Test
    void symptomsCarryAnUrgentSection() {
        Topic symptoms = topics.findWithSectionsByLanguage("en").stream()
                .filter(t -> t.getTopicKey().equals("symptoms")).findFirst().orElseThrow();
        assertThat(symptoms.getSections()).extracting(Section::getKind).contains(SectionKind.URGENT);
    }
}
