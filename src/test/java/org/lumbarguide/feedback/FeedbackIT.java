package org.lumbarguide.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.SiteClient;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.quality.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Was this page helpful?": on every topic page, CSRF-protected, stored without the reader's address, rate-limited. */
@SiteIntegrationTest
class FeedbackIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReaderFeedback feedback;

    private static final AtomicInteger READERS = new AtomicInteger();
    private static final String FORM = "/feedback?topic=symptoms&answer=no";

    /**
     * Each test is its own reader, coming through a trusted proxy on loopback (as behind nginx): its answers
     * count against an allowance of its own, whatever earlier tests sent.
     */
    final String address = "192.0.2." + (150 + READERS.incrementAndGet());

    SiteClient reader;

    @BeforeEach
    void clean() {
        jdbc.update("delete from reader_feedback");
        reader = new SiteClient(port, "X-Forwarded-For", address);
    }

    /** Fetches the form (its CSRF cookie and token), then posts the fields, with the form's token or without it. */
    private HttpResponse<String> post(Map<String, String> fields, boolean withToken) {
        if (withToken) {
            return reader.submit(FORM, "/feedback", fields);
        }
        reader.get(FORM);
        return reader.post("/feedback", fields);
    }

    @Test
    void everyTopicPageEndsByAskingWhetherItHelped() {
        Http http = new Http(port);
        for (String slug : jdbc.queryForList("select slug from topic where language = 'en' and topic_key <> 'shared'",
                String.class)) {
            org.jsoup.nodes.Document page = Jsoup.parse(http.get("/topics/" + slug).body());
            assertThat(page.select("article > section").last().select("h2").text()).as(slug)
                    .isEqualTo("Was this page helpful?");
            assertThat(page.select("form[action=/feedback] button[value=yes]")).hasSize(1);
        }
    }

    @Test
    void anAnswerAndCommentAreStoredWithTheDayButNoAddress() throws Exception {
        HttpResponse<String> form = reader.get(FORM);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Please do not type your name or details about your own health");
        assertThat(jdbc.queryForObject("select count(*) from reader_feedback", Integer.class)).as("GET stores nothing")
                .isZero();

        HttpResponse<String> sent = post(Map.of("topic", "symptoms", "answer", "no", "comment", "More on pain, please."),
                true);
        assertThat(sent.statusCode()).isEqualTo(302);
        Map<String, Object> row = jdbc.queryForMap("select * from reader_feedback");
        assertThat(row).containsEntry("TOPIC_KEY", "symptoms").containsEntry("HELPFUL", false)
                .containsEntry("COMMENT", "More on pain, please.").containsEntry("STATUS", "OPEN");
        assertThat(row.keySet()).containsExactlyInAnyOrder("ID", "TOPIC_KEY", "LANGUAGE", "HELPFUL", "COMMENT",
                "CREATED_ON", "STATUS", "CLOSED_BY");
        assertThat(row.values().toString()).doesNotContain("127.0.0.1");
    }

    @Test
    void aCommentAtTheLimitIsStoredEvenWithLineBreaksSentAsABrowserSendsThem() throws Exception {
        // The form's maxlength counts a line break as one character; the browser sends it as two (CR LF).
        String typed = String.join("\n", "a".repeat(100), "b".repeat(100), "c".repeat(100), "d".repeat(100),
                "e".repeat(96));
        assertThat(typed).hasSize(ReaderFeedback.MAX_COMMENT);
        HttpResponse<String> sent = post(Map.of("topic", "symptoms", "answer", "no", "comment",
                typed.replace("\n", "\r\n")), true);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select comment from reader_feedback", String.class)).isEqualTo(typed);
    }

    @Test
    void badInputGetsAClearMessageAndNothingIsStored() throws Exception {
        assertThat(post(Map.of("topic", "symptoms", "answer", "yes"), false).statusCode()).as("no CSRF token")
                .isEqualTo(403);
        HttpResponse<String> tooLong = post(Map.of("topic", "symptoms", "answer", "yes", "comment", "x".repeat(501)),
                true);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("500 characters or fewer");
        assertThat(post(Map.of("topic", "symptoms", "answer", "maybe"), true).statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = post(Map.of("topic", "<script>x</script>", "answer", "yes"), true);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).doesNotContain("<script>x</script>");
        assertThat(jdbc.queryForObject("select count(*) from reader_feedback", Integer.class)).isZero();
    }

    @Test
    void aFormWithAProblemComesBackWithEveryLetterTypedThoughSentWithoutACharset() throws Exception {
        String typed = "José Müller – ñ ü ¿";
        HttpResponse<String> refused = post(Map.of("topic", "symptoms", "comment", typed), true);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
        org.jsoup.nodes.Document page = Jsoup.parse(refused.body());
        assertThat(page.select("textarea#comment").text()).isEqualTo(typed);
        assertThat(page.select(".error-summary a[href=#answer-yes]").text()).isEqualTo("Please choose Yes or No.");
        assertThat(page.select("#answer-error").text()).isEqualTo("Please choose Yes or No.");
        assertThat(HtmlChecker.errors(refused.body())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from reader_feedback", Integer.class)).isZero();
    }

    @Test
    void oneClientIsLimitedToTenAnswersAnHour() throws Exception {
        for (int i = 0; i < AnswerAllowance.PER_HOUR; i++) {
            assertThat(post(Map.of("topic", "overview", "answer", "yes"), true).statusCode()).isEqualTo(302);
        }
        HttpResponse<String> refused = post(Map.of("topic", "overview", "answer", "yes", "comment", "kept"), true);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("3600");
        assertThat(Jsoup.parse(refused.body()).select("textarea#comment").text()).as("nothing typed is lost")
                .isEqualTo("kept");
        assertThat(jdbc.queryForObject("select count(*) from reader_feedback", Integer.class))
                .isEqualTo(AnswerAllowance.PER_HOUR);
    }

    @Test
    void editorsSeeCountsAndCloseComments() throws Exception {
        post(Map.of("topic", "diagnosis", "answer", "no", "comment", "Explain MRI noise."), true);
        post(Map.of("topic", "diagnosis", "answer", "yes"), true);
        List<ReaderFeedback.Comment> open = feedback.openComments();
        assertThat(open).singleElement().satisfies(c -> assertThat(c.comment()).isEqualTo("Explain MRI noise."));
        assertThat(feedback.countsByTopic("en").get("diagnosis")).isEqualTo(new ReaderFeedback.Counts(1, 1, 1));
        assertThat(feedback.close(open.get(0).id(), "someone")).isTrue();
        assertThat(feedback.openComments()).isEmpty();
        assertThat(feedback.countsByTopic("en").get("diagnosis").openComments()).isZero();
    }
}
