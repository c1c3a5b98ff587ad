package org.lumbarguide.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lumbarguide.api.InfobuttonRequest.Parsed;
import org.lumbarguide.api.InfobuttonRequest.ResponseType;
import org.lumbarguide.content.catalog.CodeSystem;

class InfobuttonRequestTests {

    static Parsed parse(String... pairs) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = pairs[i];
            String[] before = parameters.getOrDefault(name, new String[0]);
            String[] after = java.util.Arrays.copyOf(before, before.length + 1);
            after[before.length] = pairs[i + 1];
            parameters.put(name, after);
        }
        return InfobuttonRequest.parse(parameters);
    }

    @Test
    void readsMedlinePlusConnectsParameters() {
        Parsed parsed = parse("mainSearchCriteria.v.c", " C79.51 ", "mainSearchCriteria.v.cs", "2.16.840.1.113883.6.90",
                "mainSearchCriteria.v.dn", "Secondary malignant neoplasm of bone",
                "mainSearchCriteria.v.c1", "1000004", "mainSearchCriteria.v.cs1", "2.16.840.1.113883.6.96",
                "informationRecipient.languageCode.c", "es", "knowledgeResponseType", "application/json");
        assertThat(parsed.problem()).isNull();
        InfobuttonRequest request = parsed.request();
        assertThat(request.language()).isEqualTo("es");
        assertThat(request.type()).isEqualTo(ResponseType.JSON);
        assertThat(request.recipient()).isEqualTo("PAT");
        assertThat(request.criteria()).hasSize(2);
        assertThat(request.criteria().get(0).code()).isEqualTo("C79.51");
        assertThat(request.criteria().get(0).system()).contains(CodeSystem.ICD_10_CM);
        assertThat(request.criteria().get(1).suffix()).isEqualTo("1");
        assertThat(request.criteria().get(1).system()).contains(CodeSystem.SNOMED_CT);
    }

    @Test
    void anOidTheGuideHasNoCodesInIsNoError() {
        Parsed parsed = parse("mainSearchCriteria.v.c", "198.5", "mainSearchCriteria.v.cs", "2.16.840.1.113883.6.103");
        assertThat(parsed.problem()).isNull();
        assertThat(parsed.request().criteria().get(0).system()).isEmpty();
    }

    @Test
    void languagesAreReadAsTheGuideServesThem() {
        assertThat(InfobuttonRequest.language(null)).isEqualTo("en");
        assertThat(InfobuttonRequest.language("es-MX")).isEqualTo("es");
        assertThat(InfobuttonRequest.language("ES")).isEqualTo("es");
        assertThat(InfobuttonRequest.language("spa")).isEqualTo("es");
        assertThat(InfobuttonRequest.language("fr")).isEqualTo("en");
        assertThat(InfobuttonRequest.language("'><script>")).isEqualTo("en");
    }

    @Test
    void problemsNameTheParameterAndAreToldInTheAskedFormatAndLanguage() {
        Parsed parsed = parse("mainSearchCriteria.v.c2", "C41.2", "informationRecipient.languageCode.c", "es",
                "knowledgeResponseType", "text/html");
        assertThat(parsed.problem().messageKey()).isEqualTo("infobutton.error.systemMissing");
        assertThat(parsed.problem().parameter()).isEqualTo("mainSearchCriteria.v.cs2");
        assertThat(parsed.type()).isEqualTo(ResponseType.HTML);
        assertThat(parsed.language()).isEqualTo("es");
        assertThat(parse("mainSearchCriteria.v.dn", "a\u0007b").problem().messageKey()).isEqualTo("infobutton.error.display");
        assertThat(parse("mainSearchCriteria.v.c", "C".repeat(41), "mainSearchCriteria.v.cs", "2.16.840.1.113883.6.90")
                .problem().messageKey()).isEqualTo("infobutton.error.code");
        assertThat(parse("informationRecipient", "PAT", "informationRecipient", "PROV", "mainSearchCriteria.v.dn", "x")
                .problem().messageKey()).isEqualTo("infobutton.error.repeated");
    }

    @Test
    void theSameQuestionAskedAnotherWayIsOneKey() {
        String one = parse("mainSearchCriteria.v.c", "C41.2", "mainSearchCriteria.v.cs", "2.16.840.1.113883.6.90")
                .request().canonical();
        String two = parse("mainSearchCriteria.v.cs", " 2.16.840.1.113883.6.90", "mainSearchCriteria.v.c", "C41.2 ",
                "knowledgeResponseType", "text/xml", "informationRecipient.languageCode.c", "en-US").request().canonical();
        assertThat(two).isEqualTo(one);
        assertThat(parse("mainSearchCriteria.v.c", "C41.2", "mainSearchCriteria.v.cs", "2.16.840.1.113883.6.96")
                .request().canonical()).isNotEqualTo(one);
    }
}
