package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.lumbarguide.config.Languages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.ReviewStatus;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.system.SecurityConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The handout builder's web layer on its own: binding, Bean Validation and its messages, the handler for
 * each button and their headers. The content catalog, the PDF renderer and its pool are stand-ins; the
 * handout service, the templates and the security set-up are the real ones. The whole stack (real content,
 * real PDFs, the container's own UTF-8 default) is HandoutIT's.
 */
@WebMvcTest(controllers = HandoutController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = {"org\\.lumbarguide\\.(editor|feedback|system|api)\\..*", "org\\.lumbarguide\\.site\\.RenderedPageFilter",
                "org\\.lumbarguide\\.search\\.ResultsPageMemory",
                "org\\.lumbarguide\\.handout\\.BusyPdfFilter"}))
@Import({SecurityConfig.class, HandoutService.class, QrCodes.class, HandoutControllerTests.FixedClock.class})
class HandoutControllerTests {

    /** Two-byte letters, a three-byte dash and an inverted question mark: each breaks differently as ISO-8859-1. */
    static final String NAME = "José Müller – ñ ü ¿";
    static final byte[] PDF = "%PDF-1.7 a stand-in".getBytes(StandardCharsets.US_ASCII);

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TopicCatalog catalog;

    @MockitoBean
    HandoutPdf pdf;

    @MockitoBean
    PdfRenderPool pool;

    @MockitoBean
    BusyPage busyPage;

    @BeforeEach
    void setUp() throws Exception {
        when(catalog.catalog(anyString())).thenReturn(CATALOG);
        when(pool.render(anyString(), any())).thenAnswer(call -> call.<Callable<byte[]>>getArgument(1).call());
        when(pdf.render(any())).thenReturn(PDF);
    }

    // ---- A small catalog: two topics, the questions checklist, and the emergency box. ----------------------

    private static final SectionView URGENT = section("get-help-now", "Get help now", SectionKind.URGENT,
            "<ul><li>new weakness in your legs</li></ul>");
    private static final Catalog CATALOG = catalog(
            page("symptoms", "Symptoms", section("signs", "Signs to know", SectionKind.NORMAL, "<p>Back pain at night.</p>"),
                    section("what-to-do", "What to do", SectionKind.NORMAL, "<p>Call your team.</p>"), URGENT),
            page("questions", "Questions to ask", section("before", "Before your visit", SectionKind.TIP,
                    "<ul><li>What is my scan for?</li></ul>")));

    private static SectionView section(String anchor, String heading, SectionKind kind, String html) {
        return new SectionView(anchor, heading, html, "", html, kind, null);
    }

    private static TopicPage page(String key, String title, SectionView... sections) {
        return new TopicPage(key, "en", key, title, title + " in short.", new ReviewStatus(LocalDate.of(2026, 1, 5),
                null, null, null), List.of(sections), List.of(), null, null, 6, key);
    }

    private static Catalog catalog(TopicPage... pages) {
        Map<String, TopicPage> bySlug = new LinkedHashMap<>();
        for (TopicPage page : pages) {
            bySlug.put(page.slug(), page);
        }
        List<TopicLink> links = bySlug.values().stream()
                .map(p -> new TopicLink(p.key(), p.slug(), p.title(), p.summary(), p.summary())).toList();
        return new Catalog("en", links, bySlug, URGENT, "<ul><li><strong>Never had cancer?</strong> Call 999.</li></ul>",
                List.of(), "v1");
    }

    // ---- Requests ---------------------------------------------------------------------------------------------

    /** A form post as a browser sends it: urlencoded UTF-8 and no charset named. */
    private static MockHttpServletRequestBuilder form(String... pairs) {
        String body = IntStream.range(0, pairs.length / 2)
                .mapToObj(i -> encode(pairs[2 * i]) + "=" + encode(pairs[2 * i + 1]))
                .collect(Collectors.joining("&"));
        return post("/handouts").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(body.getBytes(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static Document page(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ---- Valid forms ------------------------------------------------------------------------------------------

    @Test
    void aValidFormGivesThePrintViewWithEverythingTyped() throws Exception {
        MockHttpServletResponse response = send(form("topic", "symptoms", "paper", "a4", "size", "large",
                "format", "keypoints", "qr", "false", "clinicName", "Hill Clinic", "note", "See you Tuesday.",
                "patientName", "Sam Keep", "helplineNumber", "0800 123", "output", "print"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(response.getContentType()).startsWith("text/html");
        Document view = page(response);
        assertThat(view.select("h1").text()).isEqualTo("Information for Sam Keep");
        assertThat(view.select("body").hasClass("paper-a4")).isTrue();
        assertThat(view.select("body").hasClass("large-print")).isTrue();
        assertThat(view.select(".key-points h2").eachText()).containsExactly("Symptoms");
        assertThat(view.select(".note-text").text()).isEqualTo("See you Tuesday.");
        assertThat(view.select(".urgent-box .helpline").text()).contains("0800 123");
        assertThat(view.select(".qr-image")).as("no QR codes asked for").isEmpty();
        // The toolbar sends every choice on, as the page posted it.
        Map<String, String> hidden = view.select(".toolbar input[type=hidden]").stream()
                .collect(Collectors.toMap(e -> e.attr("name"), Element::val, (a, b) -> a + "," + b));
        assertThat(hidden).containsEntry("topic", "symptoms").containsEntry("paper", "a4").containsEntry("size", "large")
                .containsEntry("format", "keypoints").containsEntry("qr", "false").containsEntry("lang", "en")
                .containsEntry("patientName", "Sam Keep").doesNotContainKey("output");
    }

    @Test
    void aValidFormGivesThePdfWithItsHeadersSetThroughResponseEntity() throws Exception {
        MockHttpServletResponse response = send(form("topic", "symptoms", "paper", "letter", "patientName", "Sam Keep",
                "output", "pdf"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"lumbar-spine-guide-handout.pdf\"");
        assertThat(response.getHeaders(HttpHeaders.CACHE_CONTROL)).containsExactly("no-store");
        assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
        verify(pool).render(eq("127.0.0.1"), any());
        verify(pdf).render(org.mockito.ArgumentMatchers.argThat(handout -> handout.patientName().equals("Sam Keep")
                && handout.paper() == Paper.LETTER && handout.topics().size() == 1));
    }

    @Test
    void aPdfTheRenderPoolHasNoPlaceForGetsTheBusyPage() throws Exception {
        doThrow(new PdfRenderPool.Busy()).when(pool).render(anyString(), any());
        when(busyPage.render(any(), any(), any(), eq("en"))).thenReturn("<p>busy</p>".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = send(form("topic", "symptoms", "output", "pdf"));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(response.getHeaders(HttpHeaders.CACHE_CONTROL)).containsExactly("no-store");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>busy</p>");
    }

    @Test
    void theFormStartsBlankWithoutErrorsAndChangeTheChoicesWithNothingChosenIsNoError() throws Exception {
        MockHttpServletResponse blank = send(get("/handouts"));
        assertThat(blank.getStatus()).isEqualTo(200);
        assertThat(blank.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(page(blank).select(".error-summary, .field-error")).isEmpty();
        assertThat(page(blank).select("#paper-a4").hasAttr("checked")).as("the region's paper").isTrue();

        MockHttpServletResponse edit = send(form("patientName", "Sam Keep", "output", "edit"));
        assertThat(edit.getStatus()).isEqualTo(200);
        assertThat(page(edit).select(".error-summary, .field-error")).isEmpty();
        assertThat(page(edit).select("#patientName").val()).isEqualTo("Sam Keep");
    }

    // ---- Errors ----------------------------------------------------------------------------------------------

    /**
     * Each check, one at a time: the field's message beside it (named by its aria-describedby), the same message
     * in the summary at the top as a link to the field, and the page again with a 400. A PDF request's errors
     * are the same page.
     */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            topic          | nope                    | We could not find these topics: nope. Choose from the list.
            section        | symptoms:nope           | We could not find these parts: symptoms:nope. Choose from the list.
            questions      | maybe                   | Tick the topics you want from the list.
            format         | everything              | Choose the whole text or the key points.
            paper          | b5                      | Choose Letter or A4.
            size           | huge                    | Choose regular or large print.
            lang           | xx                      | Choose a language from the list.
            qr             | perhaps                 | Choose yes or no for the QR code.
            clinicName     | 121                     | Please use 120 characters or fewer.
            clinicPhone    | 41                      | Please use 40 characters or fewer.
            helplineNumber | 41                      | Please use 40 characters or fewer.
            note           | 1001                    | Your note is too long. Please make it 1,000 characters or fewer.
            patientName    | 101                     | Please use 100 characters or fewer.
            output         | zip                     | Choose Show print view or Download PDF.
            """)
    void eachErrorIsShownBesideItsFieldAndInTheSummaryWithALink(String field, String value, String message)
            throws Exception {
        String sent = value.matches("\\d+") ? "x".repeat(Integer.parseInt(value)) : value;
        for (String output : List.of("print", "pdf")) {
            MockHttpServletResponse response = send(field.equals("output") ? form("topic", "symptoms", field, sent)
                    : form("topic", "symptoms", field, sent, "output", output));
            assertThat(response.getStatus()).as(output).isEqualTo(400);
            assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
            Document page = page(response);
            assertErrorShown(page, field, message);
            assertThat(page.select(".field-error")).as("only this field's error").hasSize(1);
            assertThat(page.title()).startsWith("Error: ");
            assertThat(page.select("footer").text()).as("the footer's emergency routing, as on every page")
                    .contains("Never had cancer? Call 999.");
        }
        verify(pdf, never()).render(any());
    }

    @Test
    void nothingChosenIsAnErrorOnlyWhenAHandoutIsAskedFor() throws Exception {
        for (String output : List.of("print", "pdf")) {
            Document page = page(send(form("paper", "a4", "output", output)));
            assertErrorShown(page, "topic", "Choose at least one topic.");
        }
    }

    @Test
    void theSummaryListsTheMessagesInTheOrderOfTheFieldsOnThePage() throws Exception {
        Document page = page(send(form("output", "zip", "patientName", "p".repeat(101), "paper", "b5",
                "topic", "nope")));
        assertThat(page.select(".error-summary li a").eachAttr("href"))
                .containsExactly("#field-topic", "#field-paper", "#field-patientName", "#field-output");
    }

    private static void assertErrorShown(Document page, String field, String message) {
        String anchor = field.equals("questions") ? "topic" : field;
        Element error = page.getElementById("field-" + field + "-error");
        assertThat(error).as("the message beside " + field).isNotNull();
        assertThat(error.text()).isEqualTo("Error: " + message);
        assertThat(error.select(".visually-hidden").text()).isEqualTo("Error:");
        assertThat(page.getElementById("field-" + anchor)).as("the field the summary leads to").isNotNull();
        assertThat(page.getElementById("field-" + anchor).getElementById("field-" + field + "-error"))
                .as("the message is inside the field it is about").isNotNull();
        assertThat(page.select("[aria-describedby~=(^|\\s)field-" + field + "-error(\\s|$)]"))
                .as("the field names its message").isNotEmpty();
        assertThat(page.select(".error-summary[role=alert] h2").text()).isEqualTo("There is a problem");
        assertThat(page.select(".error-summary li a").eachText()).containsExactly(message);
        assertThat(page.select(".error-summary li a").attr("href")).isEqualTo("#field-" + anchor);
    }

    @Test
    void anErrorPageKeepsEverythingTyped() throws Exception {
        Document page = page(send(form("topic", "symptoms", "section", "questions:before", "paper", "letter",
                "size", "large", "format", "keypoints", "qr", "false", "clinicName", "Hill Clinic",
                "clinicPhone", "555 0100", "helplineNumber", "0800 123", "note", "n".repeat(1001),
                "patientName", "Sam Keep", "output", "pdf")));
        assertThat(page.select("#note").text()).hasSize(1001);
        assertThat(page.select("#note-length").text()).isEqualTo("Your note has 1,001 characters.");
        assertThat(page.select("#patientName").val()).isEqualTo("Sam Keep");
        assertThat(page.select("#clinicName").val()).isEqualTo("Hill Clinic");
        assertThat(page.select("#clinicPhone").val()).isEqualTo("555 0100");
        assertThat(page.select("#helplineNumber").val()).isEqualTo("0800 123");
        assertThat(page.select("input[name=topic][checked]").eachAttr("value")).containsExactly("symptoms", "questions");
        assertThat(page.select("input[name=section][checked]").eachAttr("value")).as("every part of it: the whole topic")
                .isEmpty();
        assertThat(page.select("input[name=paper][checked]").eachAttr("value")).containsExactly("letter");
        assertThat(page.select("input[name=size][checked]").eachAttr("value")).containsExactly("large");
        assertThat(page.select("input[name=format][checked]").eachAttr("value")).containsExactly("keypoints");
        assertThat(page.select("input[name=qr][checked]").eachAttr("value")).containsExactly("false");
    }

    @Test
    void aNameInEveryLanguagePostedWithoutACharsetComesBackIntact() throws Exception {
        Document again = page(send(form("topic", "nope", "patientName", NAME, "note", NAME, "output", "print")));
        assertThat(again.select("#patientName").val()).isEqualTo(NAME);
        assertThat(again.select("#note").text()).isEqualTo(NAME);

        Document handout = page(send(form("topic", "symptoms", "patientName", NAME, "clinicName", NAME,
                "output", "print")));
        assertThat(handout.select("h1").text()).isEqualTo("Information for " + NAME);
        assertThat(handout.select(".clinic strong").text()).isEqualTo(NAME);
        assertThat(handout.select(".toolbar input[name=patientName]").val()).isEqualTo(NAME);
    }

    // ---- What the binder refuses or ignores ---------------------------------------------------------------------

    @Test
    void aFieldTheBinderDoesNotAllowIsIgnored() throws Exception {
        // An address never sets the note, the patient's name or their helpline (a bookmark must not carry them).
        Document bookmarked = page(send(get("/handouts").param("topic", "symptoms").param("patientName", "Robin")
                .param("note", "Secret").param("helplineNumber", "0800 999")));
        assertThat(bookmarked.select("#topic-symptoms").hasAttr("checked")).isTrue();
        assertThat(bookmarked.select("#patientName").val()).isEmpty();
        assertThat(bookmarked.select("#note").text()).isEmpty();
        assertThat(bookmarked.select("#helplineNumber").val()).as("this deployment's own, which is none").isEmpty();
        // Names the form does not have, nested ones included, bind nothing and are no error.
        MockHttpServletResponse post = send(form("topic", "symptoms", "class.module.classLoader.URLs[0]", "x",
                "topic.x", "y", "handout", "z", "output", "print"));
        assertThat(post.getStatus()).isEqualTo(200);
        assertThat(page(post).select(".toolbar input[name=topic]").eachAttr("value")).containsExactly("symptoms");
    }

    @Test
    void anOverLongCollectionIsRefusedWith400AndAnIndexedNameIsNeverBound() throws Exception {
        String[] pairs = new String[2 * (HandoutForm.MAX_CHOICES + 1) + 2];
        for (int i = 0; i <= HandoutForm.MAX_CHOICES; i++) {
            pairs[2 * i] = "section";
            pairs[2 * i + 1] = "symptoms:signs";
        }
        pairs[pairs.length - 2] = "output";
        pairs[pairs.length - 1] = "print";
        MockHttpServletResponse tooMany = send(form(pairs));
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertErrorShown(page(tooMany), "section", "Please choose 256 parts or fewer.");

        // Indexed names are not among the form's fields: past the binder's collection limit or not, they are
        // ignored, never a list of a hundred thousand places (or a 500).
        for (String name : List.of("section[100000]", "topic[2147483646]", "section[1]", "topic[-1]")) {
            MockHttpServletResponse indexed = send(form("topic", "symptoms", name, "questions", "output", "print"));
            assertThat(indexed.getStatus()).as(name).isEqualTo(200);
            assertThat(page(indexed).select(".toolbar input[name=topic]").eachAttr("value")).as(name)
                    .containsExactly("symptoms");
            assertThat(page(indexed).select(".toolbar input[name=section]")).as(name).isEmpty();
        }
    }

    @Test
    void aChoiceIsReadWhateverItsCaseAndOldBookmarksQuestionsAreTheQuestionsTopic() throws Exception {
        Document page = page(send(get("/handouts").param("questions", "true").param("paper", " A4 ")
                .param("size", "LARGE").param("format", "KeyPoints").param("qr", "no")));
        assertThat(page.select(".field-error")).isEmpty();
        assertThat(page.select("#topic-questions").hasAttr("checked")).isTrue();
        assertThat(page.select("#paper-a4").hasAttr("checked")).isTrue();
        assertThat(page.select("#paper-letter").hasAttr("checked")).isFalse();
        assertThat(page.select("#size-large").hasAttr("checked")).isTrue();
        assertThat(page.select("#format-keypoints").hasAttr("checked")).isTrue();
        assertThat(page.select("#qr-no").hasAttr("checked")).isTrue();
        assertThat(page.select("#qr-yes").hasAttr("checked")).isFalse();
        assertThat(page.select(".bookmark a").attr("href"))
                .isEqualTo("/handouts?topic=questions&paper=a4&size=large&lang=en&qr=false&format=keypoints");
    }

    @Test
    void aLanguageTheGuideDoesNotHaveIsNeverLookedUp() throws Exception {
        MockHttpServletResponse typed = send(form("topic", "symptoms", "lang", "xx", "output", "print"));
        assertThat(typed.getStatus()).isEqualTo(400);
        MockHttpServletResponse asked = send(form("topic", "symptoms", "output", "print")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR, fr;q=0.9"));
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(page(asked).select("html").attr("lang")).as("made in the language the guide was written in")
                .isEqualTo(Languages.defaultCode());
        verify(catalog, never()).catalog("xx");
        verify(catalog, never()).catalog("fr");
    }

    // ---- Bilingual handouts (Spanish, then the same part in English) ------------------------------------------

    private static final SectionView URGENT_ES = section("get-help-now", "Busque ayuda ahora", SectionKind.URGENT,
            "<ul><li>debilidad nueva en las piernas</li></ul>");

    /** The small catalog in Spanish: the same keys and anchors, other words. */
    private static final Catalog SPANISH = spanish(
            page("symptoms", "Síntomas", section("signs", "Señales que debe conocer", SectionKind.NORMAL,
                            "<p>Dolor de espalda de noche.</p>"),
                    section("what-to-do", "Qué hacer", SectionKind.NORMAL, "<p>Llame a su equipo.</p>"), URGENT_ES),
            page("questions", "Preguntas para hacer", section("before", "Antes de su consulta", SectionKind.TIP,
                    "<ul><li>¿Para qué es mi estudio?</li></ul>")));

    private static Catalog spanish(TopicPage... pages) {
        Map<String, TopicPage> bySlug = new LinkedHashMap<>();
        for (TopicPage page : pages) {
            bySlug.put(page.slug(), page);
        }
        List<TopicLink> links = bySlug.values().stream()
                .map(p -> new TopicLink(p.key(), p.slug(), p.title(), p.summary(), p.summary())).toList();
        return new Catalog("es", links, bySlug, URGENT_ES, "<ul><li>Llame al 911.</li></ul>", List.of(), "v1");
    }

    @Test
    void theBuilderOffersSpanishWithEnglishAfterTheSingleLanguagesAndABookmarkKeepsIt() throws Exception {
        Document page = page(send(get("/handouts").param("topic", "symptoms").param("lang", "es-en")));
        assertThat(page.select(".field-error")).isEmpty();
        assertThat(page.select("#lang option").eachAttr("value")).containsExactly("en", "es", "es-en");
        assertThat(page.select("#lang option[selected]").text()).isEqualTo("Español + English");
        assertThat(page.select("#field-lang-hint").text()).contains("Spanish, then the same part in English");
        assertThat(page.select(".bookmark a").attr("href")).contains("lang=es-en");
        assertThat(Languages.codes()).as("the guide's own languages stay single").doesNotContain("es-en");
    }

    @ParameterizedTest(name = "lang={0} is refused")
    @CsvSource({"en-es", "es-fr", "es-en-en", "bilingual"})
    void aPairTheBuilderDoesNotOfferIsAFieldError(String lang) throws Exception {
        MockHttpServletResponse response = send(form("topic", "symptoms", "lang", lang, "output", "print"));
        assertThat(response.getStatus()).isEqualTo(400);
        assertErrorShown(page(response), "lang", "Choose a language from the list.");
        verify(catalog, never()).catalog(lang);
    }

    @Test
    void aBilingualHandoutGivesEachPartInSpanishThenInEnglishWithTheNameAndNoteOnce() throws Exception {
        when(catalog.catalog("es")).thenReturn(SPANISH);
        MockHttpServletResponse response = send(form("topic", "symptoms", "lang", "es-en", "qr", "false",
                "patientName", NAME, "note", "Vuelva en dos semanas.", "clinicName", "Clínica Sur", "output", "print"));
        assertThat(response.getStatus()).isEqualTo(200);
        Document view = page(response);
        assertThat(view.select("html").attr("lang")).isEqualTo("es");
        assertThat(view.select("h1 > span").eachAttr("lang")).containsExactly("es", "en");
        assertThat(view.select("h1").text()).contains("Información para " + NAME).contains("Information for you");
        assertThat(view.select(".handout-section").eachAttr("lang")).containsExactly("es", "en", "es", "en");
        assertThat(view.select(".handout-section > h3").eachText()).containsExactly("Señales que debe conocer",
                "Signs to know", "Qué hacer", "What to do");
        assertThat(view.select(".urgent-box").eachAttr("lang")).containsExactly("es", "en");
        assertThat(view.select(".urgent-box h2").eachText()).containsExactly("Busque ayuda ahora", "Get help now");
        assertThat(view.select(".urgent-box .callout-label").eachText()).containsExactly("\u26A0 Emergencia",
                "\u26A0 Emergency");
        assertThat(view.select(".handout-topic h2 span[lang]").eachText()).containsExactly("Síntomas", "Symptoms");
        assertThat(view.text().split(java.util.regex.Pattern.quote(NAME), -1)).as("the name once").hasSize(2);
        assertThat(view.select(".note-text").eachText()).containsExactly("Vuelva en dos semanas.");
        assertThat(view.select(".clinic")).hasSize(1);
        assertThat(view.select("p.printed").text()).as("a date as a Spanish reader writes it")
                .isEqualTo("Impreso el 2 de marzo de 2026");
    }

    @Test
    void aBilingualHandoutOfSomePartsPrintsTheSamePartsInBothLanguages() throws Exception {
        when(catalog.catalog("es")).thenReturn(SPANISH);
        Document view = page(send(form("section", "symptoms:what-to-do", "lang", "es-en", "qr", "false",
                "output", "print")));
        assertThat(view.select(".handout-section > h3").eachText()).containsExactly("Qué hacer", "What to do");
    }
}
