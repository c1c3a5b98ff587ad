package org.lumbarguide.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.lumbarguide.content.catalog.TopicCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Builds the catalog and renders every public page once before the application reports itself ready
 * (Spring Boot marks readiness after the runners), so the first visitor never waits for a render.
 * The pages are every path of {@link CachedRoute}'s table, asked for over HTTP (plain and gzip), so each
 * lands in {@link RenderedPageFilter}'s cache as it would for a visitor.
 */
@Component
class PageWarmer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PageWarmer.class);

    /**
     * Pages rendered once to warm their templates, but never kept: the handout builder's form carries a
     * CSRF token, so it is rendered for every visitor. Every page that is kept comes from {@link CachedRoute}.
     */
    private static final String[] RENDERED_NOT_CACHED = {"/handouts"};

    private final TopicCatalog catalog;
    private final ApplicationContext context;
    private final String address;
    private final Set<String> warmed = ConcurrentHashMap.newKeySet();

    PageWarmer(TopicCatalog catalog, ApplicationContext context, @Value("${server.address:}") String address) {
        this.catalog = catalog;
        this.context = context;
        this.address = address;
    }

    /** The paths the last run had answered with 200 (for tests). */
    Set<String> warmed() {
        return Set.copyOf(warmed);
    }

    @Override
    public void run(ApplicationArguments args) {
        // Every language's pages: each address names its language, so no Accept-Language is sent.
        List<String> paths = new ArrayList<>(CachedRoute.allPaths(catalog::catalog));
        paths.addAll(List.of(RENDERED_NOT_CACHED));
        if (!(context instanceof WebServerApplicationContext web) || web.getWebServer().getPort() <= 0) {
            return;
        }
        String host = address.isEmpty() || address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1" : address;
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + web.getWebServer().getPort();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int rendered = 0;
        warmed.clear();
        for (String path : paths) {
            for (String encoding : List.of("gzip", "identity")) {
                try {
                    HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept-Encoding", encoding)
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        rendered++;
                        warmed.add(path);
                    }
                } catch (java.io.IOException e) {
                    log.warn("Could not pre-render {}: {}", path, e.getClass().getSimpleName());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        log.info("Pre-rendered {} public pages before taking traffic", rendered / 2);
    }
}
