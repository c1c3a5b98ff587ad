package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every topic file the guide ships goes through the structured form unchanged: parse, form, write back gives the
 * same text, byte for byte (the summary wrapped by hand, the unquoted dates, the translation stamps, every section).
 */
class TopicFormRoundTripTests {

    static Stream<Resource> topicFiles() throws IOException {
        List<Resource> files = new ArrayList<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String language : List.of("en", "es")) {
            files.addAll(List.of(resolver.getResources("classpath:content/" + language + "/*.md")));
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(18);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("topicFiles")
    void everyTopicFileRoundTripsThroughTheForm(Resource file) throws IOException {
        String text = file.getContentAsString(StandardCharsets.UTF_8);
        String language = file.getURL().toString().contains("/es/") ? "es" : "en";
        TopicItem topic = ContentFiles.parseTopic(language, file.getFilename(), text);

        TopicForm form = TopicFormAdapter.form(topic, 3L);

        assertThat(form.getSections()).hasSameSizeAs(topic.sections());
        assertThat(TopicFormAdapter.text(form, topic, text)).isEqualTo(text);
    }
}
