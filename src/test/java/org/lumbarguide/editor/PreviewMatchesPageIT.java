package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.ContentWrites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 19 over HTTP: an editor previewing a topic's published text sees each section as the public page
 * serves it: the box's class and label (level of urgency), heading, body with glossary links, the words it
 * defines, and the page's reading ease. (The preview's heading level differs by design: its sections sit
 * under the editor page's "Preview" heading, so they are h3 where the page's are h2.) Every region's render
 * is compared in content/PreviewMatchesPageTests; this is the deployment's region, through the templates.
 */
@SiteIntegrationTest
class PreviewMatchesPageIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ContentWrites rows;

    @Autowired
    TopicCatalog catalog;

    @Test
    void everyTopicsPreviewShowsItsSectionsAsThePageDoes() {
        EditorClient.account(accounts, "pm-author", Role.AUTHOR);
        EditorClient editor = EditorClient.signedIn(port, "pm-author");
        Http site = new Http(port);
        catalog.evictAll();
        int compared = 0;
        int tiers = 0;
        for (String key : rows.topicKeys("en")) {
            if (key.equals(TopicCatalog.SHARED_TOPIC)) {
                continue;
            }
            TopicItem published = rows.published("en", key).orElseThrow();
            HttpResponse<String> response = editor.submit("/editor/topics/en/" + key, "/editor/topics/en/" + key,
                    EditorClient.draft("preview", ContentFiles.write(published), null));
            assertThat(response.statusCode()).as(key).isEqualTo(200);
            Element preview = Jsoup.parse(response.body()).selectFirst(".preview-page");
            assertThat(preview).as(key + ": the preview").isNotNull();
            Document page = Jsoup.parse(site.get("/topics/" + published.slug()).body());

            assertThat(preview.selectFirst(".preview-title").text()).as(key).isEqualTo(page.selectFirst("h1").text());
            assertThat(preview.selectFirst(".lead").text()).as(key).isEqualTo(page.selectFirst("article .lead").text());
            assertThat(preview.selectFirst(".reading-level").text()).as(key + ": reading ease")
                    .isEqualTo(page.selectFirst("article .reading-level").text());

            Elements previewed = preview.select(".topic-section");
            Elements shown = page.select("article section.topic-section");
            assertThat(previewed).as(key).hasSameSizeAs(shown);
            for (int i = 0; i < shown.size(); i++) {
                Element box = shown.get(i).child(0);
                Element previewBox = previewed.get(i).child(0);
                String where = key + "#" + box.selectFirst("h2").id();
                assertThat(previewBox.className()).as(where + ": the box").isEqualTo(box.className());
                assertThat(html(previewBox.select(".callout-label"))).as(where + ": the label")
                        .isEqualTo(html(box.select(".callout-label")));
                assertThat(previewBox.selectFirst("h3").text()).as(where + ": the heading")
                        .isEqualTo(box.selectFirst("h2").text());
                assertThat(html(previewBox.select(".helpline"))).as(where).isEqualTo(html(box.select(".helpline")));
                assertThat(previewBox.selectFirst(".prose").html()).as(where + ": the body")
                        .isEqualTo(box.selectFirst(".prose").html());
                assertThat(html(previewed.get(i).select(".section-terms"))).as(where + ": the words it defines")
                        .isEqualTo(html(shown.get(i).select(".section-terms")));
                compared++;
                tiers += box.hasClass("callout-tier") || box.hasClass("callout-urgent") ? 1 : 0;
            }
        }
        assertThat(compared).as("sections compared").isGreaterThan(50);
        assertThat(tiers).as("sections with a level of urgency").isGreaterThan(5);
    }

    private static List<String> html(Elements elements) {
        return elements.stream().map(Element::outerHtml).toList();
    }
}
