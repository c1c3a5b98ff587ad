package org.lumbarguide.content.release;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.content.render.RegionWords;
import org.lumbarguide.content.format.SeedContent.RegionItem;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SpellingItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.lumbarguide.content.format.ContentFiles;

/**
 * Hands the content-file import and the legacy checksum fix to Boot's Flyway set-up; reads the region words
 * and spellings.
 */
@Configuration(proxyBeanMethods = false)
class ContentSeedConfig {

    @Bean
    ContentFilesMigration contentFilesMigration(GuideProperties settings, Clock clock) {
        return new ContentFilesMigration(settings.content().location(), clock);
    }

    /** The region words and spellings for this deployment's region, read from the content files the import reads. */
    @Bean
    RegionWords regionWords(GuideProperties settings) {
        Release release = ContentFiles.load(settings.content().location());
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
