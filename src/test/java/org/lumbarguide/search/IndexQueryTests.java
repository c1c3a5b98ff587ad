package org.lumbarguide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumbarguide.search.SearchFixtures.page;
import static org.lumbarguide.search.SearchFixtures.section;
import static org.lumbarguide.search.SearchFixtures.urgent;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;

/** One search of one index: what is found, how it is shown, and what is suggested. */
class IndexQueryTests {

    static final LanguageAnalysis EN = SearchFixtures.analysis("en");

    @Test
    void aSnippetIsTheTextEscapedWithOnlyTheMatchesMarked() {
        // The renderer escapes raw HTML in the text, so the section holds the words "<script>" as text.
        Catalog catalog = SearchFixtures.catalog("en", List.of(page("en", "odd", "Odd text",
                section("markup", "Markup", "<p>Type &lt;script&gt;alert('x')&lt;/script&gt; &amp; a tumour &lt;b&gt;here&lt;/b&gt;.</p>"))),
                List.of());
        LanguageIndex index = LanguageIndex.build(catalog, EN);

        SearchHit hit = IndexQuery.run(index, EN, "tumour").pages().get(0);

        assertThat(hit.href()).isEqualTo("/topics/odd#markup");
        assertThat(hit.snippetHtml()).doesNotContain("<script", "<b>", "</b>")
                .contains("&lt;script&gt;", "&amp;", "<mark>tumour</mark>");
        assertThat(hit.snippetHtml().replaceAll("</?mark>", "")).doesNotContain("<", ">");
        // Searching for the markup itself finds the words, still escaped.
        SearchHit script = IndexQuery.run(index, EN, "<script>alert(1)</script>").pages().get(0);
        assertThat(script.snippetHtml()).doesNotContain("<script").contains("&lt;<mark>script</mark>&gt;");
    }

    @Test
    void sectionsComeWithTheirTopicAndGlossaryWordsApart() {
        Catalog catalog = SearchFixtures.catalog("en", List.of(page("en", "types", "Types of tumour",
                section("myeloma", "Myeloma", "<p>Myeloma is a cancer of plasma cells.</p>"))),
                List.of(new GlossaryEntry("Multiple myeloma", "multiple-myeloma", "A cancer of plasma cells.",
                        List.of("Multiple myeloma", "myeloma"))));
        IndexQuery.Found found = IndexQuery.run(LanguageIndex.build(catalog, EN), EN, "myeloma");

        assertThat(found.pages()).extracting(SearchHit::href).containsExactly("/topics/types#myeloma");
        assertThat(found.pages().get(0).topic()).isEqualTo("Types of tumour");
        assertThat(found.pages().get(0).name()).isEqualTo("Myeloma");
        assertThat(found.terms()).extracting(SearchHit::href, SearchHit::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/glossary#multiple-myeloma", "Multiple myeloma"));
    }

    @Test
    void theEmergencyBoxIsIndexedOnceAtTheSectionTheSitesEmergencyLinksGoTo() {
        String box = "<p>Get help now if your legs give way.</p>";
        Catalog catalog = SearchFixtures.catalog("en", List.of(
                page("en", "overview", "Overview", urgent("get-help-now", "Emergency", box)),
                page("en", "symptoms", "Symptoms", urgent("get-help-now", "Emergency", box))), List.of());
        LanguageIndex index = LanguageIndex.build(catalog, EN);

        assertThat(index.emergencyHref).isEqualTo("/topics/symptoms#get-help-now");
        assertThat(IndexQuery.run(index, EN, "legs give way").pages()).extracting(SearchHit::href)
                .containsExactly("/topics/symptoms#get-help-now");
    }

    @Test
    void withoutASymptomsTopicTheFirstUrgentSectionIsTheEmergencyBox() {
        Catalog catalog = SearchFixtures.catalog("en", List.of(
                page("en", "overview", "Overview", section("a", "A", "<p>Text.</p>"), urgent("help", "Emergency", "<p>Call.</p>"))),
                List.of());
        assertThat(LanguageIndex.build(catalog, EN).emergencyHref).isEqualTo("/topics/overview#help");
        assertThat(LanguageIndex.build(SearchFixtures.catalog("en", List.of(), List.of()), EN).emergencyHref)
                .isEqualTo("/");
    }

    @Test
    void aMisspeltWordFindsItsNearSpellingAndTheGuidesSpellingIsSuggested() {
        LanguageIndex uk = SearchFixtures.englishIndex(Region.UK);
        IndexQuery.Found found = IndexQuery.run(uk, EN, "tumer in my back");
        assertThat(found.suggestion()).isEqualTo("tumour in my back");
        assertThat(found.pages()).isNotEmpty();
        assertThat(IndexQuery.run(SearchFixtures.englishIndex(Region.US), EN, "tumer").suggestion()).isEqualTo("tumor");
        // Words the guide uses, synonyms of them, stop words and phrases of a synonym are never "corrected".
        assertThat(IndexQuery.run(uk, EN, "tumour").suggestion()).isNull();
        assertThat(IndexQuery.run(uk, EN, "chemo").suggestion()).isNull();
        assertThat(IndexQuery.run(uk, EN, "what is it").suggestion()).isNull();
        assertThat(IndexQuery.run(uk, EN, "unable to walk").suggestion()).isNull();
        assertThat(IndexQuery.run(uk, EN, "can't pee").suggestion()).isNull();
    }

    @Test
    void aSpanishSuggestionKeepsTheGuidesAccents() {
        Catalog catalog = SearchFixtures.catalog("es", List.of(page("es", "sintomas", "Síntomas",
                section("medula", "La médula espinal", "<p>La médula espinal lleva los mensajes del cerebro.</p>"))),
                List.of());
        LanguageAnalysis es = SearchFixtures.analysis("es");
        LanguageIndex index = LanguageIndex.build(catalog, es);

        IndexQuery.Found found = IndexQuery.run(index, es, "medla");
        assertThat(found.suggestion()).isEqualTo("médula");
        assertThat(found.pages()).extracting(SearchHit::href).containsExactly("/es/temas/sintomas#medula");
        assertThat(IndexQuery.run(index, es, "medula espinal").pages()).isNotEmpty();
    }

    @Test
    void wordsNobodyWroteFindNothingAndSuggestNothing() {
        IndexQuery.Found found = IndexQuery.run(SearchFixtures.englishIndex(Region.UK), EN, "xqzt wibblefrotz");
        assertThat(found.isEmpty()).isTrue();
        assertThat(found.suggestion()).isNull();
    }

    @Test
    void onlyTheFirstWordsAreSearched() {
        String many = "pain ".repeat(IndexQuery.MAX_WORDS) + "myeloma";
        IndexQuery.Found found = IndexQuery.run(SearchFixtures.englishIndex(Region.UK), EN, many);
        assertThat(found.wordsIgnored()).isTrue();
        assertThat(found.pages()).extracting(SearchHit::href).doesNotContain("/topics/types-of-tumour#myeloma-plasmacytoma");
        assertThat(IndexQuery.run(SearchFixtures.englishIndex(Region.UK), EN, "back pain").wordsIgnored()).isFalse();
    }
}
