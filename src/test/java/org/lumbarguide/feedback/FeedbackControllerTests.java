package org.lumbarguide.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.system.ClientBuckets;
import org.lumbarguide.system.Refusals;
import org.lumbarguide.system.SecurityConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The feedback form as Spring MVC binds and checks it, with the catalog and the store mocked: the security
 * chain, the filters at the door and the one bucket store are the app's own. The other features' beans stay out.
 */
@WebMvcTest(controllers = FeedbackController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.lumbarguide\\.(site|handout|editor|search|api)\\..*"))
@Import({SecurityConfig.class, ClientBuckets.class, Refusals.class, AnswerAllowance.class,
        FeedbackControllerTests.Meters.class})
class FeedbackControllerTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Meters {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    static final String TYPED = "José Müller – ñ ü ¿";
    private static final AtomicInteger READERS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReaderFeedback feedback;

    @MockitoBean
    TopicCatalog catalog;

    /** Each test is its own reader, with an allowance of its own in the shared store. */
    final String reader = "192.0.2." + READERS.incrementAndGet();

    @BeforeEach
    void aCatalogInEachLanguage() {
        given(catalog.catalog(anyString())).willReturn(catalog("xx", Map.of()));
        given(catalog.catalog("en")).willReturn(catalog("en", Map.of("symptoms", page("en", "Symptoms"))));
        given(catalog.catalog("es")).willReturn(catalog("es", Map.of("sintomas", page("es", "Síntomas"))));
    }

    @Test
    void theFormAsksAboutThePageWithTheAnswerChosenAndIsNeverStored() throws Exception {
        MockHttpServletResponse response = send(get("/feedback").param("topic", "symptoms").param("answer", "no"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("p").eachText()).contains("About the page: Symptoms");
        assertThat(page.select("input[name=topic]").val()).isEqualTo("symptoms");
        assertThat(page.select("input#answer-no").hasAttr("checked")).isTrue();
        assertThat(page.select("input#answer-yes").hasAttr("checked")).isFalse();
        assertThat(page.select(".error-summary, .field-error")).isEmpty();
        assertThat(page.title()).startsWith("Was this page helpful?");
    }

    @Test
    void aGoodAnswerIsStoredAsTypedAndTheReaderIsThanked() throws Exception {
        MockHttpServletResponse response = send(post("/feedback").param("topic", "symptoms").param("answer", "yes")
                .param("comment", "More on pain,\r\nplease."));
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/feedback/thanks?topic=symptoms");
        verify(feedback).record("symptoms", "en", true, "More on pain,\nplease.");
    }

    @Test
    void noAnswerIsShownBesideTheQuestionAndInTheSummaryWithEverythingTypedKept() throws Exception {
        MockHttpServletResponse response = send(post("/feedback").param("topic", "symptoms").param("comment", TYPED));
        Document page = problems(response);
        assertThat(page.select("#answer-error").text()).isEqualTo("Please choose Yes or No.");
        assertThat(page.select("fieldset").attr("aria-describedby")).isEqualTo("answer-error");
        assertThat(page.select(".error-summary li")).singleElement()
                .satisfies(item -> assertThat(item.select("a[href=#answer-yes]").text())
                        .isEqualTo("Please choose Yes or No."));
        assertThat(page.select("textarea#comment").text()).isEqualTo(TYPED);
        assertThat(page.select("#comment-error")).isEmpty();
        nothingStored();
    }

    @Test
    void anAnswerOtherThanYesOrNoIsAProblemOfTheQuestion() throws Exception {
        Document page = problems(send(post("/feedback").param("topic", "symptoms").param("answer", "maybe")));
        assertThat(page.select("#answer-error").text()).isEqualTo("Please choose Yes or No.");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#answer-yes");
        assertThat(page.select("input[type=radio][checked]")).isEmpty();
        nothingStored();
    }

    @Test
    void aCommentOverTheColumnsSizeIsShownBesideItAndInTheSummaryAndKeptWhole() throws Exception {
        String tooLong = "é".repeat(ReaderFeedback.MAX_COMMENT) + "!";
        Document page = problems(send(post("/feedback").param("topic", "symptoms").param("answer", "no")
                .param("comment", tooLong)));
        assertThat(page.select("#comment-error").text()).isEqualTo("Please keep your comment to 500 characters or fewer.");
        assertThat(page.select("textarea#comment").hasClass("has-error")).isTrue();
        assertThat(page.select("textarea#comment").attr("aria-describedby")).isEqualTo("comment-hint comment-error");
        assertThat(page.select(".error-summary a[href=#comment]").text())
                .isEqualTo("Please keep your comment to 500 characters or fewer.");
        assertThat(page.select("textarea#comment").text()).isEqualTo(tooLong);
        assertThat(page.select("input#answer-no").hasAttr("checked")).isTrue();
        nothingStored();
    }

    @Test
    void everyProblemIsListedInTheSummaryEachLinkingToItsField() throws Exception {
        Document page = problems(send(post("/feedback").param("topic", "symptoms")
                .param("comment", "x".repeat(ReaderFeedback.MAX_COMMENT + 1))));
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#answer-yes", "#comment");
        for (String target : page.select(".error-summary a").eachAttr("href")) {
            assertThat(page.select(target)).as(target).hasSize(1);
        }
        assertThat(page.title()).startsWith("Error: Was this page helpful?");
        nothingStored();
    }

    @Test
    void anUnknownPageIsRefusedWholeWithoutEchoingIt() throws Exception {
        MockHttpServletResponse response = send(post("/feedback").param("topic", "<script>x</script>")
                .param("answer", "yes"));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("We do not know which page you mean")
                .doesNotContain("<script>x</script>");
        MockHttpServletResponse tooLong = send(post("/feedback").param("topic", "s".repeat(200)).param("answer", "yes"));
        assertThat(tooLong.getStatus()).isEqualTo(400);
        verify(catalog, never()).catalog("s".repeat(200));
        verify(feedback, never()).record(anyString(), anyString(), anyBoolean(), any());
    }

    /** As a browser sends a form: x-www-form-urlencoded with no charset, the bytes UTF-8. */
    @Test
    void everyLetterOfAFormSentWithoutACharsetIsStoredAndShownAgain() throws Exception {
        String body = "topic=symptoms&answer=no&comment=" + URLEncoder.encode(TYPED, StandardCharsets.UTF_8);
        MockHttpServletResponse sent = send(post("/feedback").contentType("application/x-www-form-urlencoded")
                .content(body.getBytes(StandardCharsets.US_ASCII)));
        assertThat(sent.getStatus()).isEqualTo(302);
        verify(feedback).record("symptoms", "en", false, TYPED);

        String noAnswer = "topic=symptoms&comment=" + URLEncoder.encode(TYPED, StandardCharsets.UTF_8);
        Document page = problems(send(post("/feedback").contentType("application/x-www-form-urlencoded")
                .content(noAnswer.getBytes(StandardCharsets.US_ASCII))));
        assertThat(page.select("textarea#comment").text()).isEqualTo(TYPED);
    }

    @Test
    void overTheAllowanceTheReaderIsAskedToComeBackLaterWithNothingTypedLost() throws Exception {
        for (int i = 0; i < AnswerAllowance.PER_HOUR; i++) {
            assertThat(send(post("/feedback").param("topic", "symptoms").param("answer", "yes")).getStatus())
                    .isEqualTo(302);
        }
        MockHttpServletResponse refused = send(post("/feedback").param("topic", "symptoms").param("answer", "no")
                .param("comment", TYPED));
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("3600");
        assertThat(refused.getHeader("Cache-Control")).isEqualTo("no-store");
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select(".error-summary li").text())
                .isEqualTo("Thank you, we have had many answers from you. Please try again in an hour.");
        assertThat(page.select("textarea#comment").text()).isEqualTo(TYPED);
        assertThat(page.select("input#answer-no").hasAttr("checked")).isTrue();
        verify(feedback, times(AnswerAllowance.PER_HOUR)).record("symptoms", "en", true, "");
        // A form with a problem costs nothing from the allowance: the reader can still correct it.
        assertThat(send(post("/feedback").param("topic", "symptoms")).getStatus()).isEqualTo(400);
    }

    /** The page's language is the request's, as Spring's LocaleResolver gives it: never a fixed one. */
    @Test
    void theTopicAndTheStoredAnswerAreInTheRequestsLanguage() throws Exception {
        MockHttpServletResponse form = send(get("/feedback").param("topic", "sintomas").param("answer", "yes")
                .header("Accept-Language", "es"));
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(form.getContentAsString()).select("p").eachText()).contains("Sobre la página: Síntomas");
        assertThat(send(post("/feedback").param("topic", "sintomas").param("answer", "yes")
                .header("Accept-Language", "es")).getStatus()).isEqualTo(302);
        verify(feedback).record("sintomas", "es", true, "");
        assertThat(send(get("/feedback").param("topic", "symptoms").header("Accept-Language", "es")).getStatus())
                .as("an English page is not a Spanish reader's").isEqualTo(400);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML).with(csrf()).with(sent -> {
            sent.setRemoteAddr(reader);
            return sent;
        })).andReturn().getResponse();
    }

    private void nothingStored() {
        verify(feedback, never()).record(anyString(), anyString(), anyBoolean(), any());
    }

    private Document problems(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".error-summary h2").text()).isEqualTo("There is a problem");
        return page;
    }

    private static Catalog catalog(String language, Map<String, TopicPage> pages) {
        return new Catalog(language, List.of(), pages, null, "", List.of(), "v1");
    }

    private static TopicPage page(String language, String title) {
        String slug = language.equals("es") ? "sintomas" : "symptoms";
        return new TopicPage(slug, language, slug, title, "", null, List.of(), List.of(), null, null, 5, "v1");
    }
}
