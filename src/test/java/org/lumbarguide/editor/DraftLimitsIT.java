package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.quality.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every length, uniqueness and format rule the schema holds is checked before anything is written: the
 * limit itself saves and publishes, one more is a 400 with a message beside the text, which is kept as typed.
 */
@SiteIntegrationTest
class DraftLimitsIT {

    static final String TOPIC = "/editor/topics/en/types";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentWrites rows;

    @Autowired
    TopicCatalog catalog;

    TopicItem original;
    EditorClient author;
    EditorClient reviewer;

    @BeforeEach
    void accounts() {
        EditorClient.account(accounts, "lim-author", Role.AUTHOR);
        EditorClient.account(accounts, "lim-reviewer", Role.REVIEWER);
        original = rows.published("en", "types").orElseThrow();
        author = EditorClient.signedIn(port, "lim-author");
        reviewer = EditorClient.signedIn(port, "lim-reviewer");
    }

    @AfterEach
    void putBack() {
        jdbc.update("delete from content_proposal");
        jdbc.update("delete from topic_draft where topic_key = 'types'");
        jdbc.update("delete from topic_revision where topic_key = 'types'");
        rows.publish(original, original.reviewed(), original.reviewerRole());
        catalog.evictAll();
    }

    /** A field of the topic, set to a value of a given length. */
    record Field(String name, int limit, Function<Integer, Function<TopicItem, TopicItem>> set,
                 String message) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                new Field("title", 200, n -> t -> topic(t, t.slug(), words(n), t.summary(), t.sourceKeys()),
                        "The title has 201 characters: the most is 200."),
                new Field("slug", 120, n -> t -> topic(t, "a".repeat(n), t.title(), t.summary(), t.sourceKeys()),
                        "The slug has 121 characters: the most is 120."),
                new Field("summary", 2_000, n -> t -> topic(t, t.slug(), t.title(), words(n), t.sourceKeys()),
                        "The summary has 2,001 characters: the most is 2,000."),
                new Field("anchor", 120, n -> t -> section(t, "a".repeat(n), t.sections().get(0).heading(),
                        t.sections().get(0).body()), "characters: the most is 120."),
                new Field("heading", 300, n -> t -> section(t, t.sections().get(0).anchor(), words(n),
                        t.sections().get(0).body()), "has 301 characters: the most is 300."),
                new Field("section", 20_000, n -> t -> section(t, t.sections().get(0).anchor(),
                        t.sections().get(0).heading(), words(n)), "has 20,001 characters: the most is 20,000."))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void theLimitPublishesAndOneMoreIsRefusedBesideTheTextWhichIsKept(Field field) {
        String over = ContentFiles.write(field.set().apply(field.limit() + 1).apply(original));
        HttpResponse<String> refused = save(over);
        assertThat(refused.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".error-summary li").text()).contains(field.message());
        assertThat(HtmlChecker.errors(refused.body())).isEmpty();
        assertThat(page.selectFirst("textarea#text").wholeText()).isEqualTo(over);
        assertThat(jdbc.queryForObject("select count(*) from topic_draft where topic_key = 'types'", Integer.class))
                .isZero();

        String atLimit = ContentFiles.write(field.set().apply(field.limit()).apply(original));
        assertThat(save(atLimit).statusCode()).as("the limit itself is saved").isEqualTo(302);
        assertThat(author.press(TOPIC, "submit").statusCode())
                .isEqualTo(302);
        HttpResponse<String> approved = reviewer.submit(TOPIC, TOPIC + "/review", Map.of("version", version(),
                "decision", "approve"));
        assertThat(approved.statusCode()).as("and published").isEqualTo(302);
        assertThat(ContentFiles.write(rows.published("en", "types").orElseThrow())).isEqualTo(
                ContentFiles.write(field.set().apply(field.limit()).apply(withReview(original))));
    }

    @Test
    void aSlugAnotherPageUsesAndASourceListedTwiceAreRefusedBeforeTheDatabase() {
        String taken = ContentFiles.write(topic(original, "questions-to-ask", original.title(), original.summary(),
                original.sourceKeys()));
        HttpResponse<String> slug = save(taken);
        assertThat(slug.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(slug.body()).select(".error-summary li").text())
                .contains("The slug \"questions-to-ask\" is already the address of another page.");

        List<String> twice = new ArrayList<>(original.sourceKeys());
        twice.add(twice.get(0));
        String doubled = ContentFiles.write(topic(original, original.slug(), original.title(), original.summary(),
                twice));
        HttpResponse<String> source = save(doubled);
        assertThat(source.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(source.body()).select(".error-summary li").text())
                .contains("The source \"" + twice.get(0) + "\" is listed twice.");
        assertThat(Jsoup.parse(source.body()).selectFirst("textarea#text").wholeText()).isEqualTo(doubled);
    }

    @Test
    void aDraftSavedBeforeTheseChecksIsRefusedAtApprovalWithTheProblemNotA500() {
        String over = ContentFiles.write(topic(original, original.slug(), words(201), original.summary(),
                original.sourceKeys()));
        jdbc.update("insert into topic_draft (topic_key, language, topic_text, status, contributors, updated_by, "
                + "updated_at, submitted_by) values ('types', 'en', ?, 'SUBMITTED', 'lim-author', 'lim-author', "
                + "current_timestamp, 'lim-author')", over);

        HttpResponse<String> refused = reviewer.submit(TOPIC, TOPIC + "/review", Map.of("version", version(),
                "decision", "approve", "comment", "Looks right."));

        assertThat(refused.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".error-summary li").text()).contains("The title has 201 characters");
        assertThat(page.selectFirst("textarea#comment").wholeText()).isEqualTo("Looks right.");
        assertThat(rows.published("en", "types").orElseThrow().title()).isEqualTo(original.title());
    }

    @Test
    void aSendBackCommentOfTwoThousandCharactersIsKeptWholeAndOneMoreIsRefusedAndKept() {
        save(ContentFiles.write(topic(original, original.slug(), original.title(), "A new summary.",
                original.sourceKeys())));
        author.press(TOPIC, "submit");

        String tooLong = words(2_001);
        HttpResponse<String> refused = reviewer.submit(TOPIC, TOPIC + "/review", Map.of("version", version(),
                "decision", "return", "comment", tooLong));
        assertThat(refused.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#comment-error").text()).contains("longer than 2,000 characters");
        assertThat(page.selectFirst("textarea#comment").wholeText()).isEqualTo(tooLong);
        assertThat(HtmlChecker.errors(refused.body())).isEmpty();
        assertThat(jdbc.queryForObject("select status from topic_draft where topic_key = 'types'", String.class))
                .isEqualTo("SUBMITTED");

        String comment = words(2_000);
        HttpResponse<String> returned = reviewer.submit(TOPIC, TOPIC + "/review", Map.of("version", version(),
                "decision", "return", "comment", comment));
        assertThat(returned.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select return_comment from topic_draft where topic_key = 'types'",
                String.class)).isEqualTo(comment);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'DRAFT_RETURNED' and actor = "
                + "'lim-reviewer' order by id desc limit 1", String.class)).as("the audit keeps it all")
                .isEqualTo(comment);
    }

    @Test
    void aTopicOverTheDraftLimitIsRefusedWithItsLengthAndKept() {
        String text = ContentFiles.write(section(original, original.sections().get(0).anchor(),
                original.sections().get(0).heading(), words(TopicEditorController.MAX_TEXT)));
        HttpResponse<String> refused = save(text);
        assertThat(refused.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".error-summary li").text()).contains("the most a topic can have is 50,000");
        assertThat(page.selectFirst("textarea#text").wholeText()).isEqualTo(text);
    }

    /** Markdown nested 14,000 deep (a draft of Types stays under 50,000 characters) is previewed, not an error page. */
    @Test
    void aPreviewOfMarkdownNestedAsDeepAsTheLimitsAllowIsShownBesideTheText() {
        String text = ContentFiles.write(section(original, original.sections().get(0).anchor(),
                original.sections().get(0).heading(), ">".repeat(14_000) + " deep"));
        HttpResponse<String> shown = author.submit(TOPIC, TOPIC, EditorClient.draft("preview", text, null));
        assertThat(shown.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Document page = Jsoup.parse(shown.body());
        assertThat(page.select(".preview-page").text()).contains("deep");
        assertThat(page.selectFirst("textarea#text").wholeText()).isEqualTo(text);
    }

    @Test
    void aBodyOverTheFormLimitGetsAClearMessageNotABare400() {
        // 30,000 accented letters: under the character limit, but 180 KB once a browser has encoded them.
        String text = ContentFiles.write(section(original, original.sections().get(0).anchor(),
                original.sections().get(0).heading(), "é".repeat(30_000)));
        HttpResponse<String> refused = save(text);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("The text is too long to send");
        assertThat(refused.body()).contains("at most 50,000 characters").contains("your browser still has your text");
        assertThat(HtmlChecker.errors(refused.body())).isEmpty();
    }

    @Test
    void aReleaseProposalThatIsNotValidYamlOrTooLongIsRefusedWithAMessage() {
        for (String[] bad : new String[][] {
                {"term: [Biopsy\ndefinition: {unclosed\n", "not in the format the content release writes"},
                {"term: Biopsy\nother-forms: []\ndefinition: " + words(1_001) + "\n",
                        "the field \"definition\" is longer than 1,000 characters"}}) {
            jdbc.update("insert into content_proposal (target, change_kind, language, item_key, proposed_text, "
                    + "created_at, status) values ('GLOSSARY_TERM', 'UPDATE', 'en', 'biopsy', ?, current_timestamp, "
                    + "'PENDING')", bad[0]);
            long id = jdbc.queryForObject("select max(id) from content_proposal", Long.class);
            HttpResponse<String> refused = reviewer.submit("/editor/proposals/" + id, "/editor/proposals/" + id,
                    Map.of("decision", "apply"));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).select(".error-summary").text()).contains(bad[1]);
            assertThat(HtmlChecker.errors(refused.body())).isEmpty();
            assertThat(jdbc.queryForObject("select status from content_proposal where id = ?", String.class, id))
                    .isEqualTo("PENDING");
        }
    }

    private HttpResponse<String> save(String text) {
        return author.saveDraft(TOPIC, text);
    }

    private String version() {
        return author.draftVersion(TOPIC);
    }

    /** Words of plain text, exactly n characters long. */
    static String words(int n) {
        StringBuilder text = new StringBuilder();
        while (text.length() < n) {
            text.append("Word ");
        }
        return text.substring(0, n - 1) + ".";
    }

    private static TopicItem topic(TopicItem t, String slug, String title, String summary, List<String> sources) {
        return new TopicItem(t.language(), t.key(), slug, title, summary, t.position(), sources, t.written(),
                t.reviewed(), t.reviewerRole(), t.sections(), t.origin());
    }

    private static TopicItem section(TopicItem t, String anchor, String heading, String body) {
        List<SectionItem> sections = new ArrayList<>(t.sections());
        SectionItem first = sections.get(0);
        sections.set(0, new SectionItem(anchor, heading, first.kind(), body, first.origin(), first.bodyLine()));
        return new TopicItem(t.language(), t.key(), t.slug(), t.title(), t.summary(), t.position(), t.sourceKeys(),
                t.written(), t.reviewed(), t.reviewerRole(), sections, t.origin());
    }

    /** The topic as a reviewer's approval leaves it: reviewed today, with the reviewer's clinical role. */
    private static TopicItem withReview(TopicItem t) {
        return new TopicItem(t.language(), t.key(), t.slug(), t.title(), t.summary(), t.position(), t.sourceKeys(),
                t.written(), java.time.LocalDate.now(), "consultant clinical oncologist", t.sections(), t.origin());
    }
}
