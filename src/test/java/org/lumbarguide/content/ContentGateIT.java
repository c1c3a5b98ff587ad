package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The readability gate and the content coverage rules, on the content exactly as Flyway seeds it:
 * every section at grade 8 or below (7 for Symptoms and the home page), no sentence over 25 words,
 * every topic present with sources and a review date, the three tiers of action on Symptoms.
 */
@SiteIntegrationTest
class ContentGateIT {

    static final int MAX_SENTENCE_WORDS = 25;
    static final Map<String, Double> MAX_GRADE = Map.of("symptoms", 7.0);
    static final double DEFAULT_MAX_GRADE = 8.0;
    static final double HOME_MAX_GRADE = 7.0;
    static final List<String> REQUIRED_TOPICS = List.of("overview", "types", "symptoms", "diagnosis", "treatment",
            "prognosis", "living-with", "questions");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MarkdownRenderer markdown;

    @Autowired
    MessageSource messages;

    record SeededSection(String topicKey, String anchor, String body) {
    }

    @Test
    void everySectionIsPlainEnough() {
        List<SeededSection> sections = jdbc.query("select t.topic_key, s.anchor, s.body_markdown from section s "
                        + "join topic t on t.id = s.topic_id where t.language = 'en' order by t.position, s.position",
                (rs, i) -> new SeededSection(rs.getString(1), rs.getString(2), rs.getString(3)));
        assertThat(sections).hasSizeGreaterThan(40);
        List<String> failures = new ArrayList<>();
        for (SeededSection section : sections) {
            double max = MAX_GRADE.getOrDefault(section.topicKey(), DEFAULT_MAX_GRADE);
            check(section.topicKey() + "#" + section.anchor(), markdown.toPlainText(section.body()), max, failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void glossaryDefinitionsAreAsPlainAsTheGuide() {
        List<String> failures = new ArrayList<>();
        jdbc.query("select term, short_definition from glossary_term where language = 'en'",
                rs -> {
                    check("glossary " + rs.getString(1), rs.getString(2), DEFAULT_MAX_GRADE, failures);
                });
        assertThat(failures).isEmpty();
    }

    @Test
    void theHomePageTextIsPlainerStill() {
        List<String> failures = new ArrayList<>();
        for (String key : List.of("home.intro", "home.audience", "care.note", "layout.footer.emergencyText")) {
            check("message " + key, messages.getMessage(key, null, Locale.ENGLISH), HOME_MAX_GRADE, failures);
        }
        String urgent = jdbc.queryForObject("select s.body_markdown from section s join topic t on t.id = s.topic_id "
                + "where t.topic_key = 'symptoms' and t.language = 'en' and s.kind = 'URGENT' order by s.position "
                + "fetch first 1 rows only", String.class);
        check("home urgent callout", markdown.toPlainText(urgent), HOME_MAX_GRADE, failures);
        assertThat(failures).isEmpty();
    }

    @Test
    void theGateRejectsHardText() {
        List<String> failures = new ArrayList<>();
        check("sample", "Metastatic epidural spinal cord compression necessitates expeditious multidisciplinary "
                + "evaluation incorporating magnetic resonance imaging and neurosurgical consultation.", 8, failures);
        assertThat(failures).hasSize(1);
    }

    private static void check(String where, String text, double maxGrade, List<String> failures) {
        Readability.Score score = Readability.score(text);
        if (score.grade() > maxGrade) {
            failures.add(String.format(Locale.ROOT, "%s: grade %.1f over %.0f", where, score.grade(), maxGrade));
        }
        if (score.longestSentenceWords() > MAX_SENTENCE_WORDS) {
            failures.add(where + ": sentence of " + score.longestSentenceWords() + " words: " + score.longestSentence());
        }
    }

    @Test
    void everyTopicExistsWithSourcesAndAReviewDate() {
        List<String> keys = jdbc.queryForList("select topic_key from topic where language = 'en'", String.class);
        assertThat(keys).containsAll(REQUIRED_TOPICS);
        for (String key : REQUIRED_TOPICS) {
            Integer sources = jdbc.queryForObject("select count(*) from topic_source ts join topic t on t.id = ts.topic_id "
                    + "where t.topic_key = ? and t.language = 'en'", Integer.class, key);
            assertThat(sources).as(key + " sources").isGreaterThanOrEqualTo(3);
            assertThat(jdbc.queryForObject("select reviewed_on from topic where topic_key = ? and language = 'en'",
                    java.sql.Date.class, key)).as(key + " reviewed").isNotNull();
        }
        Set<String> publishers = Set.copyOf(jdbc.queryForList("select publisher from source", String.class));
        assertThat(publishers).anyMatch(p -> p.contains("National Cancer Institute"))
                .anyMatch(p -> p.contains("NICE")).anyMatch(p -> p.contains("American Cancer Society"))
                .anyMatch(p -> p.contains("Cancer Research UK")).anyMatch(p -> p.contains("MedlinePlus"));
    }

    @Test
    void theGlossaryHasAtLeastSixtyTerms() {
        assertThat(jdbc.queryForObject("select count(*) from glossary_term where language = 'en'", Integer.class))
                .isGreaterThanOrEqualTo(60);
    }

    @Test
    void symptomsCarryTheThreeTiersOfActionWithTheEmergencyTierFirst() {
        List<Map<String, Object>> tiers = jdbc.queryForList("select s.anchor, s.kind, s.position from section s "
                + "join topic t on t.id = s.topic_id where t.topic_key = 'symptoms' and t.language = 'en' "
                + "and s.anchor in ('call-999-now', 'contact-care-team-today', 'mention-at-next-appointment') "
                + "order by s.position");
        assertThat(tiers).extracting(row -> row.get("anchor"))
                .containsExactly("call-999-now", "contact-care-team-today", "mention-at-next-appointment");
        assertThat(tiers.get(0).get("kind")).isEqualTo("URGENT");
        assertThat(((Number) tiers.get(0).get("position")).intValue()).isEqualTo(1);
    }
}
