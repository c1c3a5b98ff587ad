package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every editor page gets the editor's layout from the layout fragment alone: full width (editor.css), and the
 * editor's footer (who is signed in, dashboard, help, sign out) instead of the readers' footer and its emergency box.
 * (The signed-out sign-in page, which this slice's default security does not serve, is checked by EditorLayoutBrowserIT.)
 */
@EditorWebTest
class EditorLayoutTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Dashboard dashboard;

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theDashboardHasTheEditorsFooterAndNoEmergencyBox() throws Exception {
        when(dashboard.topics()).thenReturn(List.of());
        when(dashboard.renderFailures(anyList())).thenReturn(List.of());
        Document page = page("/editor");
        assertThat(page.body().hasClass("editor-page")).isTrue();
        assertThat(page.select("link[rel=stylesheet]")).extracting(l -> l.attr("href")).anyMatch(h -> h.contains("/css/editor"));
        assertThat(page.select("footer")).singleElement().satisfies(footer -> {
            assertThat(footer.text()).contains("Signed in as ana");
            assertThat(footer.select("a")).extracting(a -> a.attr("href")).contains("/editor", "/editor/help", "/");
            assertThat(footer.select("form[action=/editor/sign-out] button").text()).isEqualTo("Sign out");
        });
        assertThat(page.select(".footer-emergency")).isEmpty();
        assertThat(page.text()).doesNotContain("Emergency?");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void theHelpPageSaysHowAChangeReachesReaders() throws Exception {
        Document page = page("/editor/help");
        assertThat(page.select("h1").text()).isEqualTo("Help for editors");
        assertThat(page.title()).isEqualTo("Help for editors – Lumbar Spine Cancer Guide");
        assertThat(page.select("main").text()).contains("A second clinician with the reviewer role");
    }
}
