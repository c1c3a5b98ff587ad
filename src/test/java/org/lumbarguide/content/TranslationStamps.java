package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.ContentHash;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;

/**
 * A developer's tool, not a check: once a translator has checked a translation against the current English,
 * it records that in the file, setting {@code translated-from:} to the hashes of the English as it is now. It
 * runs only when asked, from the project folder:
 *
 * <pre>
 * ./mvnw -q -o test -Dtest=TranslationStamps -Dstamp=es/03-symptoms.md                      # every part of a file
 * ./mvnw -q -o test -Dtest=TranslationStamps -Dstamp=es/03-symptoms.md -Dparts=title,get-help-now  # some parts
 * ./mvnw -q -o test -Dtest=TranslationStamps -Dstamp=es                                     # every file of a folder
 * </pre>
 *
 * It rewrites the files under {@code src/main/resources/content/} in place (only their {@code translated-from:}
 * lines) and prints each line it set. Stamp only what a translator has checked: the stamp is what tells the
 * build, the editors and the readers that the translation says what the English says now.
 */
class TranslationStamps {

    static final Path CONTENT = Path.of("src/main/resources/content");

    @Test
    @EnabledIfSystemProperty(named = "stamp", matches = ".+")
    void stampTheFilesAsked() throws IOException {
        String target = System.getProperty("stamp").strip().replaceAll("/+$", "");
        Set<String> parts = new LinkedHashSet<>();
        String asked = System.getProperty("parts", "");
        Arrays.stream(asked.split(",")).map(String::strip).filter(p -> !p.isEmpty()).forEach(parts::add);
        // Another content tree (a test fixture) with -Dcontent=src/test/resources/...
        Path content = Path.of(System.getProperty("content", CONTENT.toString()));
        Release release = ContentFiles.load(content.toUri().toString());
        List<Path> files = new ArrayList<>();
        Path path = content.resolve(target);
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                list.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        } else {
            files.add(path);
        }
        assertThat(files).as("files to stamp under " + content).isNotEmpty().allMatch(Files::isRegularFile);
        for (Path file : files) {
            String name = content.relativize(file).toString().replace('\\', '/');
            TopicItem translation = release.topics().stream().filter(t -> t.file().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " is not a topic file of the content"));
            TopicItem source = release.topics(TranslationChecks.SOURCE).stream()
                    .filter(t -> t.key().equals(translation.key())).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": no " + TranslationChecks.SOURCE
                            + " topic has the key '" + translation.key() + "'"));
            String before = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, String> set = hashes(translation, source, parts);
            Files.writeString(file, stamp(before, translation, set), StandardCharsets.UTF_8);
            set.forEach((part, hash) -> System.out.println(name + ": translated-from: " + part + ": " + hash));
        }
    }

    /**
     * The current source hashes of the translation's parts named (all of them when none is named): {@code title}
     * and each section anchor the source has too. A name that is no part of the translation is refused.
     */
    static Map<String, String> hashes(TopicItem translation, TopicItem source, Set<String> parts) {
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put(TopicItem.TITLE, ContentHash.ofTitle(source.title(), source.summary()));
        for (SectionItem section : translation.sections()) {
            source.sections().stream().filter(s -> s.anchor().equals(section.anchor())).findFirst()
                    .ifPresent(s -> hashes.put(s.anchor(), ContentHash.ofSection(s.heading(), s.kind(), s.body())));
        }
        if (parts.isEmpty()) {
            return hashes;
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String part : parts) {
            if (!hashes.containsKey(part)) {
                throw new AssertionError(translation.file() + ": '" + part + "' is neither 'title' nor a section "
                        + "both languages have. Parts: " + hashes.keySet());
            }
            chosen.put(part, hashes.get(part));
        }
        return chosen;
    }

    /**
     * The topic file's text with its {@code translated-from:} block holding the translation's stamps and the ones
     * given (which win), title first, then the sections in their order. Nothing else in the file changes.
     */
    static String stamp(String text, TopicItem translation, Map<String, String> set) {
        Map<String, String> stamps = new LinkedHashMap<>(translation.translatedFrom());
        stamps.putAll(set);
        StringBuilder block = new StringBuilder("translated-from:\n");
        if (stamps.containsKey(TopicItem.TITLE)) {
            block.append("  ").append(TopicItem.TITLE).append(": ").append(stamps.get(TopicItem.TITLE)).append('\n');
        }
        for (SectionItem section : translation.sections()) {
            if (stamps.containsKey(section.anchor())) {
                block.append("  ").append(section.anchor()).append(": ").append(stamps.get(section.anchor()))
                        .append('\n');
            }
        }
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
        int close = lines.subList(1, lines.size()).indexOf("---") + 1;
        if (!lines.get(0).equals("---") || close < 1) {
            throw new AssertionError(translation.file() + ": no front matter between two '---' lines");
        }
        for (int i = 1; i < close; i++) {
            if (lines.get(i).startsWith("translated-from:")) {
                int end = i + 1;
                while (end < close && (lines.get(end).startsWith(" ") || lines.get(end).startsWith("\t"))) {
                    end++;
                }
                lines.subList(i, end).clear();
                close -= end - i;
                break;
            }
        }
        lines.add(close, block.toString().stripTrailing());
        String stamped = String.join("\n", lines);
        // What was written reads back as the stamps asked for.
        TopicItem reread = ContentFiles.parseTopic(translation.language(), translation.file(), stamped);
        assertThat(reread.translatedFrom()).containsAllEntriesOf(set);
        return stamped;
    }
}
