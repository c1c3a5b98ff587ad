package org.lumbarguide.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a deployment says about where it serves: {@code lumbarguide.region} (uk, us or international)
 * and, optionally, {@code lumbarguide.helpline-number}: the 24-hour cancer helpline the emergency box
 * shows when a hospital runs the guide for its own patients.
 */
@ConfigurationProperties("lumbarguide")
public record GuideSettings(@DefaultValue("international") Region region, @DefaultValue("") String helplineNumber) {

    public GuideSettings {
        region = region == null ? Region.INTERNATIONAL : region;
        helplineNumber = helplineNumber == null ? "" : helplineNumber.strip();
    }

    public boolean hasHelpline() {
        return !helplineNumber.isEmpty();
    }
}
