package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.OutOfDateTranslation;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.content.catalog.TopicViews.TranslationStatus;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.ContentHash;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.release.ContentFilesMigration;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.RegionWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Translation status over the database, as a slice: the bilingual fixture imported by Flyway into an empty H2, the
 * catalog reading the English and Spanish rows through JPA, and an editor's publish (TopicRows) changing the English
 * at runtime. The Spanish is measured against the English rows as they are now, not the files.
 */
@DataJpaTest(showSql = false)
@Import({TopicRows.class, TopicCatalog.class, MarkdownRenderer.class, TranslationRowsJpaTests.Beans.class})
class TranslationRowsJpaTests {

    static final String FIXTURE = "classpath:content-fixtures/bilingual/";
    static final Instant NOW = Instant.parse("2026-12-20T10:15:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        ContentFilesMigration contentFilesMigration() {
            return new ContentFilesMigration(FIXTURE, Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC));
        }

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        RegionWords regionWords() {
            Release release = ContentFiles.load(FIXTURE);
            return new RegionWords(Region.UK, Map.of("en", release.regionWords("en", Region.UK),
                    "es", release.regionWords("es", Region.UK)));
        }

        @Bean
        MessageSource messageSource() {
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasename("messages");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            return messages;
        }
    }

    @Autowired
    TopicRows rows;

    @Autowired
    TopicCatalog catalog;

    @Autowired
    TestEntityManager entities;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theImportedSpanishIsCurrentAgainstTheEnglishRows() {
        TopicPage symptoms = catalog.catalog("es").page("sintomas").orElseThrow();
        assertThat(symptoms.sections()).extracting(s -> s.translation().status())
                .containsOnly(TranslationStatus.CURRENT);
        assertThat(catalog.outOfDateTranslations(List.of("en", "es"))).isEmpty();
        assertThat(rows.load("es", "symptoms").orElseThrow().translatedFrom())
                .containsEntry("title", "5eb4e2a6c7a7").containsEntry("get-help-now", "42453fd9505d").hasSize(6);
        assertThat(rows.load("en", "symptoms").orElseThrow().translatedFrom()).isEmpty();
    }

    @Test
    void anEditorsEnglishChangeMakesTheSpanishOutOfDateAndARenewedStampMakesItCurrent() {
        TopicItem english = rows.load("en", "shared").orElseThrow();
        rows.publish(withSection(english, "tier-care-team", "Call your team within 24 hours if you have new back pain."),
                LocalDate.of(2026, 12, 20), "consultant clinical oncologist");
        entities.flush();
        entities.clear();
        catalog.evictAll();

        TopicPage symptoms = catalog.catalog("es").page("sintomas").orElseThrow();
        SectionView careTeam = symptoms.sections().get(2);
        assertThat(careTeam.translation().status()).isEqualTo(TranslationStatus.OUT_OF_DATE);
        assertThat(careTeam.translation().showsSource()).isTrue();
        assertThat(careTeam.html()).contains("within 24 hours").startsWith("<div lang=\"en\">");
        assertThat(careTeam.translation().sourceChangedAt()).isEqualTo(NOW);
        assertThat(symptoms.sections().get(1).translation().status()).isEqualTo(TranslationStatus.CURRENT);
        List<OutOfDateTranslation> stale = catalog.outOfDateTranslations(List.of("en", "es"));
        assertThat(stale).extracting(OutOfDateTranslation::anchor).containsExactly("tier-care-team", "contact-care-team");
        assertThat(stale.get(0).sourceChangedAt()).isEqualTo(NOW);
        // The unchanged English blocks keep the time the import wrote them.
        assertThat(jdbc.sql("select s.text_changed_at from section s join topic t on t.id = s.topic_id where "
                        + "t.language = 'en' and t.topic_key = 'shared' and s.anchor = 'routing'")
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(Instant.parse("2026-12-04T09:00:00Z"));

        // A translator updates the Spanish and an editor publishes it with the new stamp, in its front matter.
        TopicItem spanish = rows.load("es", "shared").orElseThrow();
        SectionItem changed = rows.load("en", "shared").orElseThrow().sections().stream()
                .filter(s -> s.anchor().equals("tier-care-team")).findFirst().orElseThrow();
        TopicItem draft = ContentFiles.parseTopic("es", "es/00-shared.md", ContentFiles.write(spanish)
                .replace("Llame hoy a su equipo", "Llame a su equipo en menos de 24 horas")
                .replace("tier-care-team: d3bb5f31c693", "tier-care-team: "
                        + ContentHash.ofSection(changed.heading(), changed.kind(), changed.body())));
        rows.publish(draft, LocalDate.of(2026, 12, 21), "consultant clinical oncologist");
        entities.flush();
        entities.clear();
        catalog.evictAll();

        assertThat(catalog.catalog("es").page("sintomas").orElseThrow().sections())
                .extracting(s -> s.translation().status()).containsOnly(TranslationStatus.CURRENT);
        assertThat(catalog.outOfDateTranslations(List.of("es"))).isEmpty();
    }

    private static TopicItem withSection(TopicItem topic, String anchor, String body) {
        List<SectionItem> sections = topic.sections().stream().map(s -> s.anchor().equals(anchor)
                ? new SectionItem(s.anchor(), s.heading(), s.kind(), body, s.origin(), s.bodyLine()) : s).toList();
        Map<String, String> stamps = new LinkedHashMap<>(topic.translatedFrom());
        return new TopicItem(topic.language(), topic.key(), topic.slug(), topic.title(), topic.summary(),
                topic.position(), topic.sourceKeys(), topic.written(), topic.reviewed(), topic.reviewerRole(), sections,
                topic.origin(), stamps);
    }
}
