package org.lumbarguide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lumbarguide.content.format.ContentFiles;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * The analysers, token by token: what the guide's text and a reader's words become in English and in Spanish.
 * (The Spanish content is not written yet: these pin the analyser the Spanish index will be built with.)
 */
class LanguageAnalysisTests {

    static final LanguageAnalysis EN = SearchFixtures.analysis("en");
    static final LanguageAnalysis ES = SearchFixtures.analysis("es");

    @Test
    void britishAndAmericanSpellingsAreOneWordInTheIndexAndInQueries() {
        for (String[] pair : new String[][] {{"tumour", "tumor"}, {"tumours", "tumors"}, {"oesophagus", "esophagus"},
                {"haematologist", "hematologist"}, {"diarrhoea", "diarrhea"}, {"orthopaedic", "orthopedic"}}) {
            assertThat(LanguageAnalysis.terms(EN.index, pair[0])).as(pair[0])
                    .isEqualTo(LanguageAnalysis.terms(EN.index, pair[1]));
            assertThat(LanguageAnalysis.terms(EN.query, pair[0])).as(pair[0])
                    .containsAll(LanguageAnalysis.terms(EN.index, pair[1]));
        }
        assertThat(LanguageAnalysis.terms(EN.index, "Tumours")).containsExactly("tumor");
    }

    @Test
    void theContentsOwnSpellingListIsUsedToo() {
        // "jewellery" is in content/en/spellings.yaml only, not in search/en-spellings.txt.
        assertThat(LanguageAnalysis.terms(EN.index, "jewellery")).isEqualTo(LanguageAnalysis.terms(EN.index, "jewelry"));
        Map<String, String> yaml = ContentFiles.load(ContentFiles.DEFAULT_LOCATION).spellings().stream()
                .filter(s -> s.language().equals("en")).findFirst().orElseThrow().words();
        yaml.forEach((written, spelled) -> assertThat(LanguageAnalysis.terms(EN.index, written)).as(written)
                .isEqualTo(LanguageAnalysis.terms(EN.index, spelled)));
    }

    @Test
    void englishIsStemmedByPorterAndFoldedAndPossessivesGo() {
        assertThat(LanguageAnalysis.terms(EN.index, "walking numbness scans")).containsExactly("walk", "numb", "scan");
        assertThat(LanguageAnalysis.terms(EN.index, "urinate urine")).containsExactly("urin", "urin");
        assertThat(LanguageAnalysis.terms(EN.index, "the patient's café")).containsExactly("patient", "cafe");
        assertThat(LanguageAnalysis.terms(EN.index, "What is a tumour?")).containsExactly("tumor");
    }

    @Test
    void curlyApostrophesAreStraight() {
        assertThat(LanguageAnalysis.terms(EN.words, "can’t pee")).containsExactly("can't", "pee");
        assertThat(LanguageAnalysis.terms(EN.query, "can’t walk")).isEqualTo(LanguageAnalysis.terms(EN.query, "can't walk"));
    }

    @Test
    void englishSynonymsApplyToQueriesOnly() {
        assertThat(LanguageAnalysis.terms(EN.query, "backache")).contains("back", "pain", "backach");
        assertThat(LanguageAnalysis.terms(EN.index, "backache")).containsExactly("backach");
        assertThat(LanguageAnalysis.terms(EN.query, "pee")).contains("urin", "pee", "wee");
        assertThat(LanguageAnalysis.terms(EN.query, "stool")).contains("poo", "bowel");
        assertThat(LanguageAnalysis.terms(EN.query, "can't walk")).contains("weak");
        assertThat(LanguageAnalysis.terms(EN.query, "numb")).contains("numb", "feel");
        assertThat(LanguageAnalysis.terms(EN.query, "chemo")).contains("chemotherapi");
        assertThat(LanguageAnalysis.terms(EN.query, "MRI")).contains("mri", "magnet", "reson");
        // One way only: a lump may be a tumour, but a tumour is not called a lump.
        assertThat(LanguageAnalysis.terms(EN.query, "lump")).contains("tumor");
        assertThat(LanguageAnalysis.terms(EN.query, "tumour")).doesNotContain("lump");
        // And never wider: cancer is not a synonym of tumour.
        assertThat(LanguageAnalysis.terms(EN.query, "cancer")).containsExactly("cancer");
    }

    @Test
    void spanishPluralsAndGendersShareAStem() {
        assertThat(LanguageAnalysis.terms(ES.index, "tumores")).isEqualTo(LanguageAnalysis.terms(ES.index, "tumor"));
        assertThat(LanguageAnalysis.terms(ES.index, "piernas")).isEqualTo(LanguageAnalysis.terms(ES.index, "pierna"));
        assertThat(LanguageAnalysis.terms(ES.index, "entumecida")).isEqualTo(LanguageAnalysis.terms(ES.index, "entumecido"));
    }

    @Test
    void spanishAccentsDoNotCount() {
        assertThat(LanguageAnalysis.terms(ES.index, "médula")).isEqualTo(LanguageAnalysis.terms(ES.index, "medula"));
        assertThat(LanguageAnalysis.terms(ES.index, "Metástasis")).isEqualTo(LanguageAnalysis.terms(ES.index, "metastasis"));
        assertThat(LanguageAnalysis.terms(ES.words, "Médula")).containsExactly("medula");
    }

    @Test
    void spanishStopWordsGoEvenWithoutTheirAccents() {
        assertThat(LanguageAnalysis.terms(ES.index, "el dolor de la espalda")).isEqualTo(
                LanguageAnalysis.terms(ES.index, "dolor espalda"));
        assertThat(LanguageAnalysis.terms(ES.index, "está más")).isEqualTo(LanguageAnalysis.terms(ES.index, "esta mas"));
    }

    @Test
    void spanishSynonymsApplyToQueriesOnly() {
        List<String> backPain = LanguageAnalysis.terms(ES.query, "dolor de espalda");
        assertThat(backPain).contains(term(ES, "lumbalgia"), term(ES, "lumbar"));
        assertThat(LanguageAnalysis.terms(ES.index, "dolor de espalda")).doesNotContain(term(ES, "lumbalgia"));
        assertThat(LanguageAnalysis.terms(ES.query, "orinar")).contains(term(ES, "pis"), term(ES, "micción"));
        assertThat(LanguageAnalysis.terms(ES.query, "hacer pis")).contains(term(ES, "orinar"));
        assertThat(LanguageAnalysis.terms(ES.query, "popó")).contains(term(ES, "heces"), term(ES, "deposiciones"));
        assertThat(LanguageAnalysis.terms(ES.query, "popo")).contains(term(ES, "heces"));
        assertThat(LanguageAnalysis.terms(ES.query, "no puedo caminar")).contains(term(ES, "debilidad"));
        assertThat(LanguageAnalysis.terms(ES.query, "resonancia")).contains("rm", "rmn");
        assertThat(LanguageAnalysis.terms(ES.query, "quimio")).contains(term(ES, "quimioterapia"));
    }

    @Test
    void aBrokenSynonymFileStopsStartUpWithItsName() {
        DefaultResourceLoader broken = new DefaultResourceLoader() {
            @Override
            public Resource getResource(String location) {
                return location.endsWith("en-synonyms.txt")
                        ? new ByteArrayResource("pee, wee\nbad => \n".getBytes()) : super.getResource(location);
            }
        };
        assertThatThrownBy(() -> LanguageAnalysis.of("en", broken, ContentFiles.DEFAULT_LOCATION))
                .hasMessageContaining("en-synonyms.txt");
    }

    @Test
    void aLanguageWithoutFilesIsFoldedAndLowercasedOnly() {
        LanguageAnalysis french = LanguageAnalysis.of("fr", new DefaultResourceLoader(), ContentFiles.DEFAULT_LOCATION);
        assertThat(LanguageAnalysis.terms(french.index, "Les Tumeurs")).containsExactly("les", "tumeurs");
    }

    private static String term(LanguageAnalysis analysis, String word) {
        List<String> terms = LanguageAnalysis.terms(analysis.index, word);
        assertThat(terms).as(word).hasSize(1);
        return terms.get(0);
    }
}
