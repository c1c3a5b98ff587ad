package org.lumbarguide.content.format;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Whatever an editor types, reading it as a topic file either works or says what is wrong (ContentFileException). */
class TopicParseFuzzTests {

    static final List<String> TEXTS = List.of(
            "---\nkey: x\n\tslug: y\n---\n## A {#a}\ntext\n",
            "---\nkey: [unclosed\n---\n",
            "---\nkey: x\nslug: y\n---\n",
            "---\n&a [*a]\n---\n",
            "---\nkey: !!java.io.File /etc\n---\n",
            "---\nkey: x\nkey: y\n---\n",
            "---\n: : :\n---\n",
            "---\nkey: \"\\uZZZZ\"\n---\n",
            "---\nkey: x\nslug: y\ntitle: t\nsummary: s\nposition: 99999999999999999999\nsources: []\n---\n## A {#a}\nx\n",
            "---\nkey: x\nslug: y\ntitle: t\nsummary: s\nposition: 1\nsources: {a: b}\nreview: 5\n---\n## A {#a}\nx\n",
            "---\nkey: x\nslug: y\ntitle: t\nsummary: s\nposition: 1\nsources: [[a]]\nreview: {written: 2026-13-45}\n---\n## A {#a}\nx\n",
            "---\nkey: x\n---\n## {#}\n",
            "---\nkey: x\n---\n## A {#a .nope}\n",
            "\u0000\u0001---",
            "---\n" + "[".repeat(5000) + "\n---\n",
            "---\nkey: x\nslug: y\ntitle: t\nsummary: s\nposition: 1\nsources: []\nreview:\n  written: '2026-11-25'\n  reviewed: yes\n---\n## A {#a}\nx\n",
            "");

    @ParameterizedTest
    @FieldSource("TEXTS")
    void anyTextIsReadOrRefusedWithAReason(String text) {
        assertThatCode(() -> {
            try {
                ContentFiles.parseTopic("en", "x.md", text);
            } catch (ContentFileException expected) {
                // a clear refusal
            }
        }).doesNotThrowAnyException();
    }
}
