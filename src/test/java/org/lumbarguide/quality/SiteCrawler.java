package org.lumbarguide.quality;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lumbarguide.Http;

/**
 * Finds every page the site serves by starting at "/" and following every same-site link, so a new
 * page is checked the day it is linked. The error pages are added as seeds: a missing page (404)
 * and the test-only failing endpoint (500); so is the feedback form, which a GET form opens.
 */
final class SiteCrawler {

    static final List<String> ERROR_SEEDS = List.of("/topics/no-such-topic-for-crawler", "/test-only/fail");
    /**
     * Pages reached by a GET form rather than a link: the reader-feedback form, and search in both languages with
     * results, with a spelling suggestion and emergency words, and with nothing found.
     */
    static final List<String> FORM_SEEDS = List.of("/feedback?topic=symptoms&answer=yes", "/search?q=back+pain",
            "/search?q=cant+feel+my+legs", "/search?q=tumer", "/search?q=xqzwvbjk", "/es/buscar?q=dolor+de+espalda",
            "/es/buscar?q=no+puedo+orinar", "/es/buscar?q=xqzwvbjk");
    /** The content API's page, for developers: linked from no reader's page, so it is a seed (its JSON examples follow). */
    static final List<String> API_SEEDS = List.of("/api");
    private static final int MAX_PAGES = 500;
    /**
     * Linked from /api but not a page of ours: the Swagger UI is springdoc's webjar, a single-page app that draws
     * itself with JavaScript (no main landmark, skip link or footer), so the site's page checks do not apply to it.
     * Its own test (api/ContentApiIT) holds it to what does: served from this site only, no inline script, the CSP.
     */
    static final List<String> NOT_OUR_PAGES = List.of("/swagger-ui/");

    record Page(String path, HttpResponse<String> response) {

        Document document() {
            return Jsoup.parse(response.body(), "http://localhost" + path);
        }
    }

    record Site(List<Page> pages, Set<String> assets) {
    }

    private SiteCrawler() {
    }

    static Site crawl(Http http) {
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> assets = new LinkedHashSet<>();
        List<Page> pages = new ArrayList<>();
        queue.add("/");
        queue.addAll(ERROR_SEEDS);
        queue.addAll(FORM_SEEDS);
        queue.addAll(API_SEEDS);
        seen.addAll(queue);
        while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
            String path = queue.poll();
            HttpResponse<String> response = http.get(path);
            pages.add(new Page(path, response));
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            Document document = Jsoup.parse(response.body());
            for (Element link : document.select("a[href]")) {
                String target = sameSitePath(link.attr("href"));
                if (target != null && NOT_OUR_PAGES.stream().noneMatch(target::startsWith) && seen.add(target)) {
                    queue.add(target);
                }
            }
            for (Element resource : document.select("link[href], img[src], script[src]")) {
                String target = sameSitePath(resource.hasAttr("href") ? resource.attr("href") : resource.attr("src"));
                if (target != null) {
                    assets.add(target);
                }
            }
        }
        return new Site(List.copyOf(pages), Set.copyOf(assets));
    }

    /** The path of a same-site link without its #fragment, or null for other sites and non-HTTP links. */
    static String sameSitePath(String href) {
        if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("//")) {
            return null;
        }
        URI uri = URI.create(href.replace(" ", "%20"));
        if (uri.getScheme() != null || uri.getHost() != null) {
            return null;
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            return null;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
