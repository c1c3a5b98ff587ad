package org.lumbarguide.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;

import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.ReviewStatus;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.content.format.ContentHash;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What search engines read before the pages: {@code /sitemap.xml} and {@code /robots.txt}, which names it.
 * <p>
 * The sitemap (sitemaps.org protocol 0.9) lists every page of the route table ({@link CachedRoute}) in every
 * language, at its absolute address ({@link PublicBase}). Each page that exists in every language lists them all
 * and {@code x-default} (the default language's) as {@code xhtml:link rel="alternate" hreflang}, as Google reads
 * alternates in a sitemap: the same set the page's own head carries. {@code lastmod} is what the catalog knows of
 * when a page's text last changed: a topic's review date when a clinician reviewed it (publishing in the editor
 * sets it), else the date its text was written; the home page and the list of topics, which show every topic,
 * take the latest of those. The glossary has no date in the catalog, so it has no {@code lastmod} (the protocol
 * makes it optional, and a made-up date would only mislead). Forms (the handout builder, feedback, search) are not
 * listed: they are tools, not content.
 * <p>
 * Both files are built from memory, revalidated like the pages ({@code no-cache} and a strong ETag; Spring MVC
 * answers a matching {@code If-None-Match} with 304) and kept while the catalogs and the address are the same.
 */
@Controller
class SitemapController {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    /** One built file: what it was built from, its bytes and its ETag. */
    private record Built(String from, byte[] bytes, String etag) {
    }

    private final TopicCatalog catalog;
    private final PublicBase base;
    private final String robotsRules;
    /** The last sitemap built: crawlers ask rarely, and always for the current one. */
    private final AtomicReference<Built> lastSitemap = new AtomicReference<>();

    SitemapController(TopicCatalog catalog, GuideProperties settings) {
        this.catalog = catalog;
        this.base = new PublicBase(settings);
        this.robotsRules = readRobotsRules();
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap(HttpServletRequest request) {
        String address = base.of(request);
        Map<String, Catalog> catalogs = new LinkedHashMap<>();
        StringBuilder from = new StringBuilder(address);
        for (String language : Languages.codes()) {
            Catalog current = catalog.catalog(language);
            catalogs.put(language, current);
            from.append(' ').append(current.etag());
        }
        Built built = lastSitemap.get();
        if (built == null || !built.from().equals(from.toString())) {
            byte[] bytes = sitemap(address, catalogs);
            built = new Built(from.toString(), bytes, etag(bytes));
            lastSitemap.set(built);
        }
        return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.noCache()).eTag(built.etag())
                .body(built.bytes());
    }

    /** The rules of {@code static/robots.txt}, and where the sitemap is (the protocol asks for a whole address). */
    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        // The Sitemap line stands apart from the user-agent groups: it applies to every crawler.
        String robots = robotsRules + "\nSitemap: " + base.of(request) + "/sitemap.xml\n";
        return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache())
                .eTag(etag(robots.getBytes(StandardCharsets.UTF_8))).body(robots);
    }

    /** The sitemap of these catalogs (by language) at this address. */
    static byte[] sitemap(String address, Map<String, Catalog> catalogs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(SITEMAP_NS);
            xml.setPrefix("xhtml", XHTML_NS);
            xml.writeStartElement(SITEMAP_NS, "urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("xhtml", XHTML_NS);
            for (CachedRoute route : CachedRoute.values()) {
                Catalog own = catalogs.get(route.language());
                if (own == null) {
                    continue;
                }
                for (Page page : pages(route, own)) {
                    xml.writeCharacters("\n");
                    xml.writeStartElement(SITEMAP_NS, "url");
                    element(xml, "loc", address + page.path());
                    if (page.lastModified() != null) {
                        element(xml, "lastmod", page.lastModified().toString());
                    }
                    for (Map.Entry<String, String> alternate : alternates(route.kind(), page.key(), catalogs).entrySet()) {
                        xml.writeEmptyElement(XHTML_NS, "link");
                        xml.writeAttribute("rel", "alternate");
                        xml.writeAttribute("hreflang", alternate.getKey());
                        xml.writeAttribute("href", address + alternate.getValue());
                    }
                    xml.writeEndElement();
                }
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The sitemap could not be written", e);
        }
        return out.toByteArray();
    }

    /** A page of a route: its path, its topic key (null but for topics) and when its text last changed. */
    private record Page(String path, String key, LocalDate lastModified) {
    }

    private static List<Page> pages(CachedRoute route, Catalog catalog) {
        return switch (route.kind()) {
            case TOPIC -> {
                List<Page> pages = new ArrayList<>();
                for (TopicLink link : catalog.topics()) {
                    Optional<TopicPage> page = catalog.page(link.slug());
                    pages.add(new Page(route.path(link.slug()), link.key(),
                            page.map(p -> lastModified(p.review())).orElse(null)));
                }
                yield pages;
            }
            case HOME, TOPICS -> List.of(new Page(route.path(null), null, latest(catalog)));
            case GLOSSARY -> List.of(new Page(route.path(null), null, null));
        };
    }

    /**
     * The page in every language and {@code x-default}, when every language has it (alternates are a complete
     * set or none, as on the page itself).
     */
    private static Map<String, String> alternates(CachedRoute.Kind kind, String key, Map<String, Catalog> catalogs) {
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Map.Entry<String, Catalog> language : catalogs.entrySet()) {
            Optional<String> path = CachedRoute.of(kind, language.getKey())
                    .flatMap(route -> route.pathOf(key, language.getValue()));
            if (path.isEmpty()) {
                return Map.of();
            }
            alternates.put(language.getKey(), path.get());
        }
        alternates.put("x-default", alternates.get(Languages.defaultCode()));
        return alternates;
    }

    private static LocalDate lastModified(ReviewStatus review) {
        if (review == null) {
            return null;
        }
        LocalDate written = review.written();
        LocalDate reviewed = review.reviewed();
        if (written == null || (reviewed != null && reviewed.isAfter(written))) {
            return reviewed;
        }
        return written;
    }

    /** The latest change of any topic of the catalog, or null when none has a date. */
    private static LocalDate latest(Catalog catalog) {
        LocalDate latest = null;
        for (TopicPage page : catalog.pagesBySlug().values()) {
            LocalDate changed = lastModified(page.review());
            if (changed != null && (latest == null || changed.isAfter(latest))) {
                latest = changed;
            }
        }
        return latest;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(SITEMAP_NS, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String etag(byte[] bytes) {
        return "\"" + ContentHash.of(new String(bytes, StandardCharsets.UTF_8)) + "\"";
    }

    private static String readRobotsRules() {
        try (InputStream in = new ClassPathResource("static/robots.txt").getInputStream()) {
            String rules = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return rules.isEmpty() ? "" : rules.replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("static/robots.txt cannot be read", e);
        }
    }
}
