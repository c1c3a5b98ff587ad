package org.lumbarguide.content.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicViews;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;

/**
 * Glossary words in Spanish: accents and ñ are letters of the word (whole words only, by Unicode letters), case
 * is folded the Unicode way, an accent typed as a combining mark is the same word, and a word's other forms
 * (plurals) link only when they are listed. Spanish words link to the Spanish glossary page.
 */
class GlossaryLinkerTests {

    static final List<GlossaryEntry> SPANISH = List.of(
            new GlossaryEntry("Médula espinal", "spinal-cord", "Los nervios de la columna.", List.of("médula espinal",
                    "médula")),
            new GlossaryEntry("Tumor", "tumour", "Un bulto.", List.of("Tumor")),
            new GlossaryEntry("Riñón", "kidney", "Un órgano.", List.of("Riñón", "riñones")),
            new GlossaryEntry("Resonancia magnética", "mri", "Una prueba.", List.of("resonancia magnética", "RM")),
            new GlossaryEntry("Daño nervioso", "nerve-damage", "Cuando un nervio se lastima.", List.of("daño")));

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** The words a text links (each glossary entry once per page), as the page's HTML shows them. */
    private List<String> linked(String text) {
        GlossaryLinker linker = new GlossaryLinker(SPANISH, TopicViews.glossaryPath("es"));
        String html = markdown.toSafeHtml(text, linker, "s", "Palabras").body();
        return org.jsoup.Jsoup.parse(html).select("a.term").eachText();
    }

    @Test
    void aWordIsNotFoundInsideALongerWord() {
        assertThat(linked("Un tumor intramédula. Una lesión intramedular.")).containsExactly("tumor");
        assertThat(linked("Los tumores crecen.")).as("tumores is not listed as a form of tumor").isEmpty();
        assertThat(linked("Hay tumores y un tumor.")).containsExactly("tumor");
        assertThat(linked("Sin daños. Con daño.")).containsExactly("daño");
        assertThat(linked("La médula-espinal")).as("a hyphen joins a longer word").isEmpty();
    }

    @Test
    void listedOtherFormsLink() {
        assertThat(linked("Los riñones filtran la sangre.")).containsExactly("riñones");
        assertThat(linked("Un riñón sano.")).containsExactly("riñón");
    }

    @Test
    void caseIsFoldedWithAccentsAndEnye() {
        assertThat(linked("MÉDULA espinal dañada.")).containsExactly("MÉDULA espinal");
        assertThat(linked("Médula y más.")).containsExactly("Médula");
        assertThat(linked("RIÑÓN.")).containsExactly("RIÑÓN");
        assertThat(linked("Un TUMOR.")).containsExactly("TUMOR");
    }

    @Test
    void accentsAreStillPartOfTheWord() {
        assertThat(linked("La medula sin tilde es otra palabra.")).isEmpty();
        assertThat(linked("Un rinon.")).isEmpty();
    }

    @Test
    void anAccentTypedAsACombiningMarkIsTheSameWord() {
        assertThat(linked("La me\u0301dula espinal.")).containsExactly("médula espinal");
        assertThat(linked("Un tumor intrame\u0301dula.")).containsExactly("tumor");
    }

    @Test
    void aFormInCapitalsMatchesOnlyInCapitals() {
        assertThat(linked("Le harán una RM.")).containsExactly("RM");
        assertThat(linked("Le harán una rm.")).isEmpty();
        assertThat(linked("Una resonancia magnética.")).containsExactly("resonancia magnética");
    }

    @Test
    void theLongestFormWinsAndEachEntryLinksOncePerPage() {
        assertThat(linked("La médula espinal y la médula.")).containsExactly("médula espinal");
    }

    @Test
    void spanishWordsLinkToTheSpanishGlossaryAndEnglishOnesToTheEnglishOne() {
        GlossaryLinker spanish = new GlossaryLinker(SPANISH, TopicViews.glossaryPath("es"));
        MarkdownRenderer.LinkedHtml html = markdown.toSafeHtml("Un tumor.", spanish, "dolor", "Palabras");
        assertThat(html.body()).contains("<a href=\"/es/glosario#tumour\" class=\"term\" "
                + "aria-describedby=\"def-dolor-tumour\"");
        assertThat(html.terms()).contains("<a href=\"/es/glosario#tumour\" rel=\"noopener noreferrer\">Tumor</a>");
        GlossaryLinker english = new GlossaryLinker(List.of(new GlossaryEntry("Tumour", "tumour", "A lump.",
                List.of("Tumour"))));
        assertThat(markdown.toSafeHtml("A tumour.", english, "pain", "Words").body())
                .contains("<a href=\"/glossary#tumour\" class=\"term\"");
    }
}
