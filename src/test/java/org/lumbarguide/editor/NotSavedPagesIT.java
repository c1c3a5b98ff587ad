package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbarguide.SiteIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The pages an editor meets when a save could not be kept (a lost race: 409; the database away: 503) give
 * back what was typed, whole, for copying, and the way back to the dashboard.
 */
@SiteIntegrationTest
class NotSavedPagesIT {

    @Autowired
    ITemplateEngine templates;

    @ParameterizedTest
    @CsvSource({"editor/changed, Someone else changed this at the same moment",
            "editor/unavailable, The database is not available just now"})
    void whatWasTypedComesBackForCopying(String view, String heading) {
        MockServletContext servletContext = new MockServletContext();
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(new MockHttpServletRequest(servletContext, "POST", "/editor/topics/en/symptoms"),
                        new MockHttpServletResponse()), Locale.UK,
                Map.of("typed", "José Müller – ñ ü ¿ wrote this.", "comment", "Mi comentario ¿sí?"));
        Document page = Jsoup.parse(templates.process(view, context));
        assertThat(page.select("h1").text()).isEqualTo(heading);
        assertThat(page.selectFirst("textarea#typed").wholeText()).isEqualTo("José Müller – ñ ü ¿ wrote this.");
        assertThat(page.selectFirst("textarea#typed-comment").wholeText()).isEqualTo("Mi comentario ¿sí?");
        assertThat(page.select("main a[href=/editor]").text()).isEqualTo("Back to the dashboard");
    }
}
