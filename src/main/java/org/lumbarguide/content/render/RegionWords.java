package org.lumbarguide.content.render;

import java.util.Map;

import org.lumbarguide.config.Region;

/**
 * The region words of the deployment's region, per language: what fills {@code {{name}}} in the text;
 * and the region's spellings, per language ({@link Spellings}). Built once at start-up from the content
 * files ({@code <language>/regions.yaml} and {@code <language>/spellings.yaml}).
 */
public record RegionWords(Region region, Map<String, Map<String, String>> byLanguage,
                          Map<String, Map<String, String>> spellingsByLanguage) {

    public RegionWords {
        byLanguage = Map.copyOf(byLanguage);
        spellingsByLanguage = Map.copyOf(spellingsByLanguage);
    }

    /** Region words without spellings: the text keeps the spelling it is written in. */
    public RegionWords(Region region, Map<String, Map<String, String>> byLanguage) {
        this(region, byLanguage, Map.of());
    }

    public Map<String, String> words(String language) {
        return byLanguage.getOrDefault(language, Map.of());
    }

    /** The region's spelling of words in that language: as written on the left, the region's on the right. */
    public Map<String, String> spellings(String language) {
        return spellingsByLanguage.getOrDefault(language, Map.of());
    }

    /** What fills a language's text in this region: its shared blocks, region words and spellings. */
    public ContentText text(String language, Map<String, String> blocks) {
        return new ContentText(blocks, words(language), spellings(language));
    }
}
