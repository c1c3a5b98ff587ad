package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.SiteIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.lumbarguide.content.catalog.TopicCatalog;

/**
 * Issue 17 item 9: a source URL such as {@code javascript:alert(92)} (an accepted release proposal can
 * store one) is shown as plain text; only http, https and mailto sources are links.
 */
@SiteIntegrationTest
class SourceLinksIT {

    static final String SOURCE = "nice-ng234";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TopicCatalog catalog;

    String url;
    String title;

    @BeforeEach
    void theStoredSource() {
        url = jdbc.queryForObject("select url from source where source_key = ?", String.class, SOURCE);
        title = jdbc.queryForObject("select title from source where source_key = ?", String.class, SOURCE);
    }

    @AfterEach
    void putItBack() {
        jdbc.update("update source set url = ? where source_key = ?", url, SOURCE);
        catalog.evictAll();
    }

    @Test
    void aJavascriptSourceUrlIsPlainTextNotALink() {
        for (String bad : new String[] {"javascript:alert(92)", " JavaScript:alert(92)", "data:text/html,<b>x</b>",
                "vbscript:msgbox(1)", "ftp://example.org/guide.pdf", "/topics/symptoms"}) {
            jdbc.update("update source set url = ? where source_key = ?", bad, SOURCE);
            catalog.evictAll();
            Document page = Jsoup.parse(new Http(port).get("/topics/symptoms").body());
            assertThat(page.select(".sources li").text()).as(bad).contains(title);
            assertThat(page.select(".sources a").eachAttr("href")).as(bad).noneMatch(href -> href.equals(bad.strip())
                    || href.toLowerCase(java.util.Locale.ROOT).contains("script:") || href.startsWith("data:")
                    || href.startsWith("ftp:") || !href.matches("(?i)(https?|mailto):.*"));
        }
        jdbc.update("update source set url = ? where source_key = ?", url, SOURCE);
        catalog.evictAll();
        Document page = Jsoup.parse(new Http(port).get("/topics/symptoms").body());
        assertThat(page.select(".sources a").eachAttr("href")).contains(url);
    }
}
