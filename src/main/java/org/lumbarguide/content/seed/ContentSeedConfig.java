package org.lumbarguide.content.seed;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands the content-file import and the legacy checksum fix to Boot's Flyway set-up. */
@Configuration(proxyBeanMethods = false)
class ContentSeedConfig {

    @Bean
    ContentFilesMigration contentFilesMigration(
            @Value("${lumbarguide.content.location:" + ContentFiles.DEFAULT_LOCATION + "}") String location,
            Clock clock) {
        return new ContentFilesMigration(location, clock);
    }

    @Bean
    LegacySeedChecksums legacySeedChecksums() {
        return new LegacySeedChecksums();
    }
}
