package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.Origin;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.context.MessageSourceResolvable;

/** The topic tables' rules, without a database: each limit passes, one more is named. */
class TopicDraftChecksTests {

    private static final Origin HERE = new Origin("t.md", 1);

    private static TopicItem topic(String slug, String title, String summary, List<String> sources, String anchor,
                                   String heading, String body) {
        return new TopicItem("en", "t", slug, title, summary, 1, sources, LocalDate.of(2026, 1, 1), null, null,
                List.of(new SectionItem(anchor, heading, SectionKind.NORMAL, body, HERE, 2)), HERE);
    }

    private static List<String> codes(TopicItem topic) {
        return TopicDraftChecks.check(topic, slug -> slug.equals("taken")).stream()
                .map(MessageSourceResolvable::getCodes).map(c -> c[0]).toList();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"slug, 120", "title, 200", "summary, 2000", "anchor, 120", "heading, 300", "section, 20000"})
    void eachLimitPassesAndOneMoreIsNamed(String field, int limit) {
        assertThat(codes(with(field, "a".repeat(limit)))).isEmpty();
        assertThat(codes(with(field, "a".repeat(limit + 1)))).containsExactly("editor.problem." + field);
    }

    @Test
    void charactersAreCountedAsTheDatabaseCountsThemNotAsJavaChars() {
        // 200 characters outside the BMP: 400 Java chars, but 200 in a varchar(200).
        assertThat(codes(with("title", "\uD83D\uDE00".repeat(200)))).isEmpty();
        assertThat(codes(with("title", "é".repeat(201)))).containsExactly("editor.problem.title");
    }

    @Test
    void aTakenSlugAndASourceListedTwiceAreNamed() {
        assertThat(codes(topic("taken", "T", "S", List.of("a", "b", "a", "a"), "x", "H", "B")))
                .containsExactly("editor.problem.slugTaken", "editor.problem.sourceTwice");
    }

    private static TopicItem with(String field, String value) {
        return switch (field) {
            case "slug" -> topic(value, "T", "S", List.of(), "x", "H", "B");
            case "title" -> topic("s", value, "S", List.of(), "x", "H", "B");
            case "summary" -> topic("s", "T", value, List.of(), "x", "H", "B");
            case "anchor" -> topic("s", "T", "S", List.of(), value, "H", "B");
            case "heading" -> topic("s", "T", "S", List.of(), "x", value, "B");
            default -> topic("s", "T", "S", List.of(), "x", "H", value);
        };
    }
}
