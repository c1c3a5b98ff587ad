package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicViews.OutOfDateTranslation;
import org.lumbarguide.editor.EditorViews.ReviewState;
import org.lumbarguide.editor.EditorViews.TopicRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard lists every translated part whose English changed since it was translated, in the order the
 * catalog gives (most urgent first): its topic, the part, since when the English changed, what readers see
 * meanwhile and the translated-from line to set once a translator has checked it. Nothing when all is current.
 */
@EditorWebTest
class EditorTranslationsDashboardTests {

    static final TopicRow SINTOMAS = new TopicRow("symptoms", "es", "Síntomas", "sintomas", LocalDate.of(2026, 12, 4),
            null, null, null, ReviewState.NEVER_REVIEWED, 0, null, 0, 0, 0);

    static final OutOfDateTranslation BOX = new OutOfDateTranslation("es", "shared", "Texto compartido", "emergency",
            "Emergencia: pida ayuda ya", false, 1, true, true, "/", Instant.parse("2026-12-20T10:15:00Z"),
            "8df70b5beb5e", "3f2a9c1b0d4e");
    static final OutOfDateTranslation PAIN = new OutOfDateTranslation("es", "symptoms", "Síntomas", "back-pain",
            "Dolor de espalda", false, 5, false, false, "/topics/symptoms#back-pain", null, null, "0123456789ab");
    static final OutOfDateTranslation TITLE = new OutOfDateTranslation("es", "symptoms", "Síntomas", "title",
            "Síntomas", true, 6, false, false, "/topics/symptoms", null, "5eb4e2a6c7a7", null);

    @Autowired
    MockMvc mvc;

    @Autowired
    Dashboard dashboard;

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void everyOutOfDateTranslatedPartIsListedInTheOrderGivenUrgentOnesMarked() throws Exception {
        when(dashboard.topics()).thenReturn(List.of(SINTOMAS));
        when(dashboard.renderFailures(anyList())).thenReturn(List.of());
        when(dashboard.outOfDateTranslations(List.of(SINTOMAS))).thenReturn(List.of(BOX, PAIN, TITLE));

        Document page = Jsoup.parse(mvc.perform(get("/editor").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        Element section = page.selectFirst("section.translations");
        assertThat(section.selectFirst("h2").text()).isEqualTo("Translations out of date");
        List<Element> rows = section.select("tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).hasClass("needs-attention")).isTrue();
        assertThat(rows.get(0).selectFirst("th a").attr("href")).isEqualTo("/editor/topics/es/shared");
        assertThat(rows.get(0).select("td")).extracting(Element::text).containsExactly("Spanish",
                "Emergencia: pida ayuda ya Urgent", "20 Dec 2026", "The current English text",
                "emergency: 3f2a9c1b0d4e");
        assertThat(rows.get(1).hasClass("needs-attention")).isFalse();
        assertThat(rows.get(1).select("td")).extracting(Element::text).containsExactly("Spanish", "Dolor de espalda",
                "Not recorded", "The translation, with a notice", "back-pain: 0123456789ab");
        assertThat(rows.get(1).select("td a").attr("href")).isEqualTo("/topics/symptoms#back-pain");
        assertThat(rows.get(2).select("td")).extracting(Element::text).containsExactly("Spanish", "Title and summary",
                "Not recorded", "The translation, with a notice", "The English no longer has this part");
        // The topics table is still there, after the list.
        assertThat(page.select("table.editor-table caption")).extracting(Element::text)
                .containsExactly("Translated parts whose English text changed", "Topics and their review status");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void nothingIsListedWhenEveryTranslationIsCurrent() throws Exception {
        when(dashboard.topics()).thenReturn(List.of(SINTOMAS));
        when(dashboard.renderFailures(anyList())).thenReturn(List.of());
        when(dashboard.outOfDateTranslations(anyList())).thenReturn(List.of());
        Document page = Jsoup.parse(mvc.perform(get("/editor").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("section.translations")).isEmpty();
    }
}
