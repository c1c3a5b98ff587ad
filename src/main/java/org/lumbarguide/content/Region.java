package org.lumbarguide.content;

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

    /** The paper clinics there print on: A4 in most of the world, Letter in the US. */
    public String defaultPaper() {
        return defaultPaper;
    }
}
