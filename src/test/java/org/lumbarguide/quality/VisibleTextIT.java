package org.lumbarguide.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumbarguide.Http;
import org.lumbarguide.SiteClient;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.editor.EditorFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The words on every page: each editor page as each role sees it (signed in, with a published version in a topic's
 * history and a draft awaiting review), and every public page the quality crawl finds, show no template source,
 * no missing message key, no raw expression and no machine timestamp ({@link VisibleText}).
 */
@SiteIntegrationTest
class VisibleTextIT {

    static final String TOPIC = EditorPages.TOPIC;
    /** A bound on the editor crawl (public pages have a crawl of their own; a sign-out is a form, not a link). */
    private static final int MAX_PAGES = 400;

    @RegisterExtension
    final EditorFixture editors = EditorPages.fixture();

    @LocalServerPort
    int port;

    @Test
    void theCheckFindsEachKindOfLeak() {
        String leaky = "<!DOCTYPE html><html lang=en><head><title>Edit: &lt;title th:text=\"x\"&gt;Edit&lt;/title&gt;</title>"
                + "</head><body><h1>History: &lt;title th:text=\"#{editor.history.title(${title})}\"&gt;</h1>"
                + "<p>??editor.x_en??</p><p>*{name} and @{/editor}</p><p>Published 2026-12-03T19:12:19.172+0000</p>"
                + "<p>At 2026-12-03T19:12</p><img src=x alt=\"??alt_en??\"></body></html>";
        List<String> found = VisibleText.problems("/sample", leaky);
        assertThat(found).anyMatch(p -> p.startsWith("/sample – <title>: template attribute"))
                .anyMatch(p -> p.startsWith("/sample – <title>: markup tag"))
                .anyMatch(p -> p.startsWith("/sample – <h1>: template attribute"))
                .anyMatch(p -> p.startsWith("/sample – <h1>: raw expression"))
                .anyMatch(p -> p.startsWith("/sample – text: missing message in «??editor.x_en??"))
                .anyMatch(p -> p.startsWith("/sample – text: raw expression"))
                .anyMatch(p -> p.startsWith("/sample – img @alt: missing message"));
        assertThat(found).filteredOn(p -> p.startsWith("/sample – text: ISO timestamp")).singleElement()
                .asString().contains("2026-12-03T19:12:19");
        assertThat(VisibleText.problems("/short", "<title>t</title><p>Saved at 2026-12-03T19:12</p>"))
                .singleElement().asString().startsWith("/short – text: ISO timestamp");
        String clean = "<!DOCTYPE html><html lang=en><head><title>History: Symptoms – Guide</title></head><body>"
                + "<h1>History: Symptoms</h1><p>Published 3 Dec 2026, 19:12. 5 &lt; 6 and {#anchor .urgent}.</p>"
                + "<textarea>written: '2026-11-25T10:00'</textarea></body></html>";
        assertThat(VisibleText.problems("/clean", clean)).isEmpty();
    }

    @Test
    void everyEditorPageShowsEachRoleOnlyWords() {
        EditorPages.withHistoryAndADraftAwaitingReview(editors);
        List<String> problems = new ArrayList<>();
        SiteClient signedOut = editors.client();
        HttpResponse<String> signIn = signedOut.get("/editor/sign-in");
        problems.addAll(VisibleText.problems("/editor/sign-in", signIn.body()));
        Set<String> opened = new LinkedHashSet<>();
        for (String username : EditorPages.ACCOUNTS) {
            SiteClient editor = editors.signedIn(username);
            for (Map.Entry<String, String> page : crawlEditor(editor).entrySet()) {
                opened.add(page.getKey());
                problems.addAll(VisibleText.problems(page.getKey() + " (as " + username + ")", page.getValue()));
            }
        }
        assertThat(opened).as("the crawl reaches the editor's pages")
                .contains("/editor", "/editor/feedback", "/editor/proposals", "/editor/users", "/editor/audit",
                        "/editor/account/password", TOPIC, TOPIC + "/history", TOPIC + "/diff?from=1&to=2",
                        "/editor/topics/es/" + EditorPages.KEY);
        assertThat(opened).as("an account\'s clinical roles page").anyMatch(path -> path.endsWith("/clinical-roles"));
        assertThat(problems).as("words on editor pages that are not meant to be read").isEmpty();
    }

    @Test
    void everyPublicPageShowsOnlyWords() {
        List<String> problems = new ArrayList<>();
        SiteCrawler.Site site = SiteCrawler.crawl(new Http(port));
        for (SiteCrawler.Page page : site.pages()) {
            if (page.response().headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                problems.addAll(VisibleText.problems(page.path(), page.response().body()));
            }
        }
        assertThat(site.pages()).hasSizeGreaterThan(20);
        assertThat(problems).as("words on public pages that are not meant to be read").isEmpty();
    }

    /** Every editor page this client can reach by links from the dashboard, with its HTML. */
    private static Map<String, String> crawlEditor(SiteClient client) {
        Map<String, String> pages = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/editor"));
        Set<String> seen = new LinkedHashSet<>(queue);
        while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
            String path = queue.poll();
            HttpResponse<String> response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            pages.put(path, response.body());
            for (Element link : Jsoup.parse(response.body()).select("a[href]")) {
                String target = SiteCrawler.sameSitePath(link.attr("href"));
                if (target != null && target.startsWith("/editor") && seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        return pages;
    }
}
