package org.lumbarguide.site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares a message bundle's translations with its base file, as spring-petclinic's I18nPropertiesSyncTest
 * does: every key of {@code messages.properties} must be in each {@code messages_<language>.properties} beside
 * it, or a reader in that language gets English (Spring falls back to the base file) in the middle of a page.
 * Files are read as UTF-8, as Spring Boot reads them ({@code spring.messages.encoding}).
 */
final class MessageFiles {

    private MessageFiles() {
    }

    /**
     * For each translation of {@code baseName} in {@code folder} (such as {@code messages_es.properties}) that
     * lacks keys of the base file, its file name and the missing keys, sorted; empty when all are in step.
     */
    static Map<String, SortedSet<String>> missingKeys(Path folder, String baseName) throws IOException {
        Properties base = load(folder.resolve(baseName + ".properties"));
        Map<String, SortedSet<String>> missing = new TreeMap<>();
        for (Path translation : translations(folder, baseName)) {
            SortedSet<String> keys = new TreeSet<>(base.stringPropertyNames());
            keys.removeAll(load(translation).stringPropertyNames());
            if (!keys.isEmpty()) {
                missing.put(translation.getFileName().toString(), keys);
            }
        }
        return missing;
    }

    /** The translations of {@code baseName} in the folder: {@code baseName_<suffix>.properties}. */
    static List<Path> translations(Path folder, String baseName) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(baseName + "_") && name.endsWith(".properties");
            }).sorted().toList();
        }
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
