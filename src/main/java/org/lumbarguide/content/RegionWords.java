package org.lumbarguide.content;

import java.util.Map;

/**
 * The region words of the deployment's region, per language: what fills {@code {{name}}} in the text.
 * Built once at start-up from the content files ({@code <language>/regions.yaml}).
 */
public record RegionWords(Region region, Map<String, Map<String, String>> byLanguage) {

    public RegionWords {
        byLanguage = Map.copyOf(byLanguage);
    }

    public Map<String, String> words(String language) {
        return byLanguage.getOrDefault(language, Map.of());
    }
}
