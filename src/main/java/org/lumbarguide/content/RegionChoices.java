package org.lumbarguide.content;

import java.util.HashMap;
import java.util.Map;

import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.render.RegionWords;
import org.springframework.stereotype.Component;

/**
 * The region words and spellings of every region, for the editor's preview of a page as another region reads it.
 * The deployment's own are the ones pages use; the others are read from the same content files once, when an
 * editor first asks for them (region words are deployment settings, not editable content).
 */
@Component
class RegionChoices {

    private final RegionWords deployment;
    private final String location;
    private volatile Map<Region, RegionWords> all;

    @org.springframework.beans.factory.annotation.Autowired
    RegionChoices(RegionWords deployment, GuideProperties settings) {
        this(deployment, settings.content().location());
    }

    RegionChoices(RegionWords deployment, String location) {
        this.deployment = deployment;
        this.location = location;
    }

    RegionWords words(Region region) {
        if (region == null || region == deployment.region()) {
            return deployment;
        }
        Map<Region, RegionWords> loaded = all;
        if (loaded == null) {
            loaded = load();
            all = loaded;
        }
        return loaded.getOrDefault(region, deployment);
    }

    Region deploymentRegion() {
        return deployment.region();
    }

    private Map<Region, RegionWords> load() {
        Release release = ContentFiles.load(location);
        Map<Region, RegionWords> byRegion = new HashMap<>();
        for (Region region : Region.values()) {
            Map<String, Map<String, String>> words = new HashMap<>();
            Map<String, Map<String, String>> spellings = new HashMap<>();
            for (String language : deployment.byLanguage().keySet()) {
                words.put(language, release.regionWords(language, region));
            }
            for (String language : deployment.spellingsByLanguage().keySet()) {
                spellings.put(language, release.spellings(language, region));
            }
            byRegion.put(region, new RegionWords(region, words, spellings));
        }
        return Map.copyOf(byRegion);
    }
}
