package org.lumbarguide.content.seed;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.lumbarguide.content.GuideSettings;
import org.lumbarguide.content.RegionWords;
import org.lumbarguide.content.seed.SeedContent.RegionItem;
import org.lumbarguide.content.seed.SeedContent.Release;
import org.lumbarguide.content.seed.SeedContent.SpellingItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the content-file import and the legacy checksum fix to Boot's Flyway set-up; reads the region words
 * and spellings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GuideSettings.class)
class ContentSeedConfig {

    @Bean
    ContentFilesMigration contentFilesMigration(
            @Value("${lumbarguide.content.location:" + ContentFiles.DEFAULT_LOCATION + "}") String location,
            Clock clock) {
        return new ContentFilesMigration(location, clock);
    }

    /** The region words and spellings for this deployment's region, read from the content files the import reads. */
    @Bean
    RegionWords regionWords(
            @Value("${lumbarguide.content.location:" + ContentFiles.DEFAULT_LOCATION + "}") String location,
            GuideSettings settings) {
        Release release = ContentFiles.load(location);
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (String language : release.regions().stream().map(RegionItem::language).distinct().toList()) {
            byLanguage.put(language, release.regionWords(language, settings.region()));
        }
        Map<String, Map<String, String>> spellings = new HashMap<>();
        for (String language : release.spellings().stream().map(SpellingItem::language).distinct().toList()) {
            spellings.put(language, release.spellings(language, settings.region()));
        }
        return new RegionWords(settings.region(), byLanguage, spellings);
    }

    @Bean
    LegacySeedChecksums legacySeedChecksums() {
        return new LegacySeedChecksums();
    }
}
