package org.lumbarguide.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The Infobutton endpoint against recorded requests in the MedlinePlus Connect style
 * ({@code src/test/resources/infobutton/NN-name.request}, a query string) and the answers expected of them
 * ({@code NN-name.expected}: status, content type or location, then the body exactly). Every XML answer is also
 * checked as Atom 1.0 against RFC 4287's grammar. To record a new sample, add its {@code .request} and run with
 * {@code -Dinfobutton.record=true}, then read the {@code .expected} file it wrote before committing it.
 */
@InfobuttonSlice
class InfobuttonControllerTests {

    static final Path SAMPLES = Path.of("src/test/resources/infobutton");

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicCatalog catalog;

    @BeforeEach
    void guide() {
        when(catalog.catalog("en")).thenReturn(InfobuttonFixtures.english());
        when(catalog.catalog("es")).thenReturn(InfobuttonFixtures.spanish());
    }

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".request"))
                    .map(name -> name.substring(0, name.length() - ".request".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void recordedSampleGetsItsRecordedAnswer(String sample) throws Exception {
        String query = Files.readString(SAMPLES.resolve(sample + ".request")).strip();
        MvcResult result = mvc.perform(get(URI.create("/infobutton" + (query.isEmpty() ? "" : "?" + query))))
                .andReturn();
        String answer = answer(result);
        Path expected = SAMPLES.resolve(sample + ".expected");
        if (Boolean.getBoolean("infobutton.record") && !Files.exists(expected)) {
            Files.writeString(expected, answer);
        }
        assertThat(answer).isEqualTo(Files.readString(expected));
        if (result.getResponse().getStatus() == 200 && result.getResponse().getContentType().startsWith("text/xml")) {
            assertThat(InfobuttonAtom.problems(result.getResponse().getContentAsByteArray())).isEmpty();
        }
    }

    @Test
    void medlinePlusPathAnswersTheSame() throws Exception {
        String query = Files.readString(SAMPLES.resolve("07-several-codes-en-xml.request")).strip();
        MvcResult ours = mvc.perform(get(URI.create("/infobutton?" + query))).andReturn();
        MvcResult theirs = mvc.perform(get(URI.create("/service?" + query))).andReturn();
        assertThat(theirs.getResponse().getContentAsString()).isEqualTo(ours.getResponse().getContentAsString());
        assertThat(theirs.getResponse().getHeader("ETag")).isEqualTo(ours.getResponse().getHeader("ETag"));
    }

    @Test
    void aCachedAnswerIsRevalidatedWithItsETag() throws Exception {
        String url = "/infobutton?mainSearchCriteria.v.c=C41.2&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90";
        MvcResult first = mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(header().string("Access-Control-Allow-Origin", "*")).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).matches("\"[0-9a-f]+\"");
        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get(url).header("If-None-Match", "W/" + etag + ", \"other\"")).andExpect(status().isNotModified());
        // The same question asked another way (order, spacing) is the same answer.
        mvc.perform(get("/infobutton?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c= C41.2")
                .header("If-None-Match", etag)).andExpect(status().isNotModified());
        // Another format, language or code is another answer.
        mvc.perform(get(url + "&knowledgeResponseType=application/json").header("If-None-Match", etag))
                .andExpect(status().isOk());
        mvc.perform(get(url + "&informationRecipient.languageCode.c=es").header("If-None-Match", etag))
                .andExpect(status().isOk());
    }

    @Test
    void aNewContentVersionIsANewETag() throws Exception {
        String url = "/infobutton?mainSearchCriteria.v.c=C41.2&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90";
        String before = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");
        var english = InfobuttonFixtures.english();
        when(catalog.catalog("en")).thenReturn(new org.lumbarguide.content.catalog.TopicViews.Catalog("en",
                english.topics(), english.pagesBySlug(), null, "", List.of(), "etag-en-2", List.of(),
                InfobuttonFixtures.CODES));
        mvc.perform(get(url).header("If-None-Match", before)).andExpect(status().isOk())
                .andExpect(header().string("ETag", org.hamcrest.Matchers.not(before)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mainSearchCriteria.v.c=%00%01&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90",
            "mainSearchCriteria.v.dn=%EF%BF%BE",
            "mainSearchCriteria.v.dn=%F0%9F%98%80+%E2%80%AE",
            "mainSearchCriteria.v.c=C41.2&mainSearchCriteria.v.cs=1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.22.23.24.25.26.27.28.29.30.31.32",
            "mainSearchCriteria.v.c=C41.2&mainSearchCriteria.v.cs=99999999999999999999999999999999999999",
            "mainSearchCriteria.v.c99=C41.2&mainSearchCriteria.v.cs99=2.16.840.1.113883.6.90",
            "knowledgeResponseType=&informationRecipient.languageCode.c=&mainSearchCriteria.v.dn=+",
            "knowledgeResponseType=text/html&knowledgeResponseType=application/json&mainSearchCriteria.v.dn=x",
            "informationRecipient=NURSE&mainSearchCriteria.v.dn=x",
            "informationRecipient.languageCode.c=%27%22%3E%3Cscript%3E&mainSearchCriteria.v.dn=Symptoms",
            "mainSearchCriteria.v.dn=" + "x%20" + "",
    })
    void hostileInputIsNeverAServerError(String query) throws Exception {
        for (String type : List.of("", "&knowledgeResponseType=application/json", "&knowledgeResponseType=text/html")) {
            MvcResult result = mvc.perform(get(URI.create("/infobutton?" + query + type))).andReturn();
            assertThat(result.getResponse().getStatus()).as(query + type).isIn(200, 303, 400);
            if (result.getResponse().getStatus() == 200 && result.getResponse().getContentType().startsWith("text/xml")) {
                assertThat(InfobuttonAtom.problems(result.getResponse().getContentAsByteArray())).isEmpty();
            }
        }
    }

    @Test
    void aLongDisplayNameIsRefusedNotEchoed() throws Exception {
        String longName = "a".repeat(InfobuttonRequest.MAX_DISPLAY + 1);
        MvcResult result = mvc.perform(get("/infobutton").param("mainSearchCriteria.v.dn", longName)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(longName)
                .contains("mainSearchCriteria.v.dn");
    }

    /** Status, then content type (or the redirect's location), a blank line, then the body as sent. */
    private static String answer(MvcResult result) throws IOException {
        var response = result.getResponse();
        StringBuilder answer = new StringBuilder().append(response.getStatus()).append('\n');
        if (response.getHeader("Location") != null) {
            answer.append("Location: ").append(response.getHeader("Location")).append('\n');
        } else {
            answer.append("Content-Type: ").append(response.getContentType()).append('\n');
        }
        return answer.append('\n').append(response.getContentAsString(StandardCharsets.UTF_8)).toString();
    }
}
