package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The editor ITs' one set-up, for any {@code @SiteIntegrationTest} that signs editors in and changes a topic:
 * <pre>
 * &#64;RegisterExtension
 * final EditorFixture editors = EditorFixture.forTopic("en", "prognosis")
 *         .account("wf-author", Role.AUTHOR).account("wf-reviewer", Role.REVIEWER);
 * </pre>
 * Before each test it creates the accounts that do not exist yet (the context, and so the database, is shared by
 * every IT) and keeps the topics' published text; after it, it puts that text back and forgets the drafts and
 * versions made meanwhile, as other tests read the seeded text. During the test, {@link #signedIn} gives a client
 * signed in as one of the accounts and {@link #original} the text as it was.
 */
public final class EditorFixture implements BeforeEachCallback, AfterEachCallback {

    /** The clinical role of every test account that reviews: the words a published review prints. */
    public static final String CLINICAL_ROLE = "consultant clinical oncologist";
    /**
     * The same role in Spanish, which a review of a Spanish page prints: {@link #create} is the one place a test
     * account's roles are set.
     */
    public static final String CLINICAL_ROLE_ES = "oncólogo clínico especialista";

    private record Topic(String language, String key) {
    }

    private final List<Topic> topics = new ArrayList<>();
    private final Map<String, Set<Role>> accounts = new LinkedHashMap<>();
    private String forwardedFor;

    private int port;
    private final Map<Topic, TopicItem> originals = new LinkedHashMap<>();

    private EditorFixture() {
    }

    /** A fixture that puts this topic's published text back after each test. */
    public static EditorFixture forTopic(String language, String key) {
        return new EditorFixture().andTopic(language, key);
    }

    /** Another topic (or the same topic in another language) to put back after each test. */
    public EditorFixture andTopic(String language, String key) {
        topics.add(new Topic(language, key));
        return this;
    }

    /** An account the tests sign in as, with these roles; a reviewer has {@link #CLINICAL_ROLE}. */
    public EditorFixture account(String username, Role role, Role... more) {
        accounts.put(username, EnumSet.of(role, more));
        return this;
    }

    /**
     * Every client of this fixture comes from this address, as the trusted proxy on loopback reports it, so the
     * sign-in throttle and the rate limit count it apart from other tests.
     */
    public EditorFixture from(String address) {
        this.forwardedFor = address;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        Accounts users = app.getBean(Accounts.class);
        accounts.forEach((username, roles) -> create(users, username, roles));
        ContentWrites rows = app.getBean(ContentWrites.class);
        originals.clear();
        topics.forEach(t -> originals.put(t, rows.published(t.language(), t.key()).orElseThrow()));
    }

    /** Puts the topics' text (and review) back exactly, and forgets the drafts and versions made by the test. */
    @Override
    public void afterEach(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        ContentWrites rows = app.getBean(ContentWrites.class);
        for (String key : topics.stream().map(Topic::key).collect(Collectors.toCollection(LinkedHashSet::new))) {
            jdbc.update("delete from topic_draft where topic_key = ?", key);
            jdbc.update("delete from topic_revision where topic_key = ?", key);
        }
        originals.values().forEach(original -> rows.publish(original, original.reviewed(), original.reviewerRole()));
        app.getBean(TopicCatalog.class).evictAll();
    }

    /** The first topic's published text as the test began. */
    public TopicItem original() {
        return originals.get(topics.get(0));
    }

    /** A topic's published text as the test began. */
    public TopicItem original(String language, String key) {
        TopicItem original = originals.get(new Topic(language, key));
        assertThat(original).as(language + "/" + key + " is one of this fixture's topics").isNotNull();
        return original;
    }

    /** The address of the first topic's edit page: {@code /editor/topics/en/prognosis}. */
    public String editPage() {
        Topic topic = topics.get(0);
        return "/editor/topics/" + topic.language() + "/" + topic.key();
    }

    /** A client that is not signed in. */
    public EditorClient client() {
        return new EditorClient(port, forwardedFor);
    }

    /** A client signed in as one of this fixture's accounts (or any account with the test password). */
    public EditorClient signedIn(String username) {
        return EditorClient.signedIn(port, username, EditorClient.PASSWORD, forwardedFor);
    }

    /**
     * The first topic with a history and a draft waiting: the author's change published by the reviewer (a second
     * row in the history), then another change by the author sent for review.
     */
    public void publishAVersionAndLeaveADraftAwaitingReview(String author, String reviewer) {
        String topic = editPage();
        EditorClient writer = signedIn(author);
        saveAndSubmit(writer, topic, "A summary published by the editor pages' checks.");
        assertThat(signedIn(reviewer).review(topic, "approve", "Checked against the sources; the wording is plain.")
                .statusCode()).as("approved").isEqualTo(302);
        saveAndSubmit(writer, topic, "A summary awaiting review in the editor pages' checks.");
    }

    private void saveAndSubmit(EditorClient author, String topic, String summary) {
        assertThat(author.saveDraft(topic, EditorClient.withSummary(original(), summary)).statusCode()).as("saved")
                .isEqualTo(302);
        assertThat(author.press(topic, "submit").statusCode()).as("submitted").isEqualTo(302);
    }

    /**
     * Creates the account unless it exists: the one place test accounts are made, through the accounts service (the
     * form's rules, no sign-in needed). Its display name is "Test" and its roles; a reviewer has the clinical roles
     * a review prints, {@link #CLINICAL_ROLE} on English pages and {@link #CLINICAL_ROLE_ES} on Spanish ones.
     */
    static void create(Accounts accounts, String username, Set<Role> roles) {
        if (!accounts.exists(username)) {
            boolean reviewer = roles.contains(Role.REVIEWER);
            accounts.create(new Accounts.NewAccount(username, "Test " + roles.stream().map(Role::name)
                    .collect(Collectors.joining(" ")), reviewer ? CLINICAL_ROLE : null,
                    reviewer ? CLINICAL_ROLE_ES : null, EditorClient.PASSWORD, EnumSet.copyOf(roles)));
        }
    }
}
