package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.feedback.ReaderFeedback;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Readers' comments: every editor reads them; only a reviewer or an administrator closes one. */
@EditorWebTest
class FeedbackAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReaderFeedback feedback;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void oneOpenComment() {
        when(feedback.openComments()).thenReturn(List.of(new ReaderFeedback.Comment(4, "symptoms", "en", false,
                "Explain MRI noise, por favor: ¿qué es?", LocalDate.of(2026, 12, 1))));
    }

    @Test
    void anAuthorReadsTheCommentsButIsOfferedNoClose() throws Exception {
        String page = mvc.perform(get("/editor/feedback").with(user("ana").roles("AUTHOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("td").text()).contains("¿qué es?");
        assertThat(Jsoup.parse(page).select("form[action*=close]")).isEmpty();
    }

    @Test
    void aReviewerOrAnAdministratorClosesAComment() throws Exception {
        when(feedback.close(4, "ben")).thenReturn(true);
        for (String[] editor : new String[][] {{"ben", "REVIEWER"}, {"boss", "ADMIN"}}) {
            mvc.perform(post("/editor/feedback/4/close").with(user(editor[0]).roles(editor[1])).with(csrf()))
                    .andExpect(redirectedUrl("/editor/feedback?closed"));
            verify(feedback).close(4, editor[0]);
        }
        verify(audit).record("ben", AuditLog.Action.FEEDBACK_CLOSED, "feedback 4", null);
        verify(audit, never()).record("boss", AuditLog.Action.FEEDBACK_CLOSED, "feedback 4", null);
    }

    /** Fails if @ReviewersOrAdministrators (its @PreAuthorize) is taken off close. */
    @Test
    void anAuthorCannotCloseAComment() throws Exception {
        String page = mvc.perform(post("/editor/feedback/4/close").with(user("ana").roles("AUTHOR")).with(csrf()))
                .andExpect(status().isForbidden()).andExpect(view().name("editor/forbidden"))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".error-summary").text())
                .isEqualTo("Only a reviewer or an administrator can close a reader's comment.");
        verify(feedback, never()).close(anyLong(), anyString());
        verifyNoInteractions(audit);
    }
}
