package org.lumbarguide.config;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Where a deployment serves its readers: it chooses the emergency number, the names of services and
 * medicines, and the default paper size. The words themselves live in the content files
 * ({@code <language>/regions.yaml}), one set per region.
 */
public enum Region {
    UK("a4"), US("letter"), INTERNATIONAL("a4");

    private final String defaultPaper;

    Region(String defaultPaper) {
        this.defaultPaper = defaultPaper;
    }

    /** The region's name in the content files and in {@code lumbarguide.region}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The region with this key ({@code uk}, {@code us}, {@code international}), or null if there is none. */
    public static Region ofKey(String key) {
        for (Region region : values()) {
            if (region.key().equals(key)) {
                return region;
            }
        }
        return null;
    }

    /**
     * Regions as the database keeps them: their keys, comma-separated ({@code "uk,us"}); null for an empty
     * list, which means every region.
     */
    public static String keys(Collection<Region> regions) {
        return regions == null || regions.isEmpty() ? null
                : String.join(",", regions.stream().map(Region::key).toList());
    }

    /** Whether an item for the given regions is shown here: an empty list is for every region. */
    public boolean isIn(Collection<Region> regions) {
        return regions.isEmpty() || regions.contains(this);
    }

    /**
     * The same for regions as the database keeps them ({@link #keys}): null or blank is every region. A
     * row whose keys are all unknown (only a hand-edited one could be) is shown nowhere, not everywhere.
     */
    public boolean isIn(String keys) {
        return keys == null || keys.isBlank()
                || Arrays.stream(keys.split(",")).map(String::strip).anyMatch(key()::equals);
    }

    /** The paper clinics there print on: A4 in most of the world, Letter in the US. */
    public String defaultPaper() {
        return defaultPaper;
    }
}
