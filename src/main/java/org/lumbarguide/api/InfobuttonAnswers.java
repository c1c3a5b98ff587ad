package org.lumbarguide.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.lumbarguide.api.InfobuttonRequest.Criterion;
import jakarta.servlet.http.HttpServletRequest;

import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.CodeSystem;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.ReviewStatus;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.content.format.ContentHash;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers Infobutton requests from the published catalog, as pages are answered: the ETag is the catalog's content
 * version combined with the request said one way ({@link InfobuttonRequest#canonical()}) and the public address,
 * so a revalidation costs one hash and no lookup; the bytes of each answer are kept (a bounded cache, emptied in
 * effect by a new content version, as the ETag keys it).
 * <p>
 * A Spanish request is looked up in the Spanish catalog and in the English one (a topic not yet translated, a
 * display name in English), and each topic found is given in Spanish where it is translated and in English
 * otherwise (its entry says {@code xml:lang="en"}), so a Spanish request never gets less than an English one.
 */
@Component
class InfobuttonAnswers {

    /** Answers kept: far more than the distinct questions records ask (a few codes, two languages, three formats). */
    static final int KEPT = 2_000;
    /** Bumped when the feed's layout changes, so old ETags stop matching. */
    private static final String LAYOUT = "infobutton-1";

    private final TopicCatalog catalogs;
    private final InfobuttonTopics topics;
    private final MessageSource messages;
    private final Cache<String, byte[]> kept = Caffeine.newBuilder().maximumSize(KEPT).build();

    InfobuttonAnswers(TopicCatalog catalogs, InfobuttonTopics topics, MessageSource messages) {
        this.catalogs = catalogs;
        this.topics = topics;
        this.messages = messages;
    }

    /** The strong ETag of the answer to this request at this address, in its quotes. */
    String etag(InfobuttonRequest request, String base) {
        String version = catalogs.catalog(request.language()).etag();
        if (!request.language().equals(Languages.defaultCode())) {
            version += "/" + catalogs.catalog(Languages.defaultCode()).etag();
        }
        return "\"" + ContentHash.of(LAYOUT, version, base, request.canonical()) + "\"";
    }

    /** The feed's bytes (XML or JSON, as asked), from memory when this answer was made before. */
    byte[] body(InfobuttonRequest request, String base, String etag) {
        return kept.get(etag, ignored -> {
            InfobuttonFeed feed = feed(request, base);
            return request.type() == InfobuttonRequest.ResponseType.JSON ? feed.toJson() : feed.toXml();
        });
    }

    /**
     * The start of every address an answer writes: the configured public address, else the one this request came
     * to (a trusted proxy's forwarded host counts), without a trailing slash.
     */
    static String base(GuideProperties settings, HttpServletRequest request) {
        String configured = settings.publicBaseUrl();
        String base = configured == null || configured.isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() : configured.strip();
        return base.replaceAll("/+$", "");
    }

    /** The best page for a {@code text/html} request: the first topic found, else the language's list of topics. */
    String bestPage(InfobuttonRequest request, String base) {
        List<Found> found = found(request);
        if (!found.isEmpty()) {
            return base + TopicViews.topicPath(found.get(0).language(), found.get(0).slug());
        }
        return base + topicsPath(request.language());
    }

    InfobuttonFeed feed(InfobuttonRequest request, String base) {
        Locale locale = Locale.forLanguageTag(request.language());
        Catalog catalog = catalogs.catalog(request.language());
        List<Found> found = found(request);
        List<InfobuttonFeed.Entry> entries = new ArrayList<>();
        LocalDate latest = null;
        for (Found topic : found) {
            LocalDate date = date(topic.page().review());
            latest = later(latest, date);
            String href = base + TopicViews.topicPath(topic.language(), topic.slug());
            entries.add(new InfobuttonFeed.Entry(topic.language(), topic.page().title(), href, href, timestamp(date),
                    "<p>" + HtmlUtils.htmlEscape(topic.page().summary(), "UTF-8") + "</p>"));
        }
        if (latest == null) {
            // An empty feed is still dated, by the newest page of its language (Atom requires atom:updated).
            for (TopicPage page : catalog.pagesBySlug().values()) {
                latest = later(latest, date(page.review()));
            }
        }
        String name = messages.getMessage("site.name", null, locale);
        return new InfobuttonFeed(base, request.language(), name,
                messages.getMessage("infobutton.feed.subtitle", new Object[] {name, asked(request)}, locale),
                name, base + "/", timestamp(latest), categories(request), base + "/infobutton?" + query(request),
                entries);
    }

    /** A topic found, in the language it is given in (the request's, or English when not translated). */
    record Found(String language, String slug, TopicPage page) {
    }

    List<Found> found(InfobuttonRequest request) {
        Catalog catalog = catalogs.catalog(request.language());
        Set<String> keys = keysFor(catalog, request.criteria());
        boolean translated = !request.language().equals(Languages.defaultCode());
        Catalog english = translated ? catalogs.catalog(Languages.defaultCode()) : catalog;
        if (translated) {
            // A topic not yet translated is still found, through the English catalog, and given in English.
            keys.addAll(keysFor(english, request.criteria()));
        }
        List<Found> found = new ArrayList<>();
        for (TopicLink topic : english.topics()) {
            // The guide's reading order, whichever catalog matched.
            if (!keys.contains(topic.key())) {
                continue;
            }
            Optional<TopicPage> own = catalog.pageByKey(topic.key());
            if (own.isPresent()) {
                found.add(new Found(request.language(), own.get().slug(), own.get()));
            } else {
                english.pageByKey(topic.key()).ifPresent(page ->
                        found.add(new Found(Languages.defaultCode(), page.slug(), page)));
            }
        }
        return found;
    }

    private Set<String> keysFor(Catalog catalog, List<Criterion> criteria) {
        Set<String> keys = new LinkedHashSet<>();
        for (Criterion criterion : criteria) {
            topics.forCriterion(catalog, criterion.system().orElse(null), criterion.code(), criterion.displayName())
                    .forEach(topic -> keys.add(topic.key()));
        }
        return keys;
    }

    /** What was asked, as the subtitle says it: "ICD-10-CM C79.51", several joined by commas. */
    private static String asked(InfobuttonRequest request) {
        return request.criteria().stream().map(criterion -> {
            if (!criterion.hasCode()) {
                return criterion.displayName();
            }
            String system = criterion.system().map(CodeSystem::label).orElse(criterion.oid());
            return system + " " + criterion.code();
        }).collect(Collectors.joining(", "));
    }

    /** Every parameter of the request echoed by name, as MedlinePlus Connect echoes them. */
    private static List<InfobuttonFeed.Category> categories(InfobuttonRequest request) {
        List<InfobuttonFeed.Category> categories = new ArrayList<>();
        for (Criterion criterion : request.criteria()) {
            categories.add(new InfobuttonFeed.Category(InfobuttonRequest.CODE + criterion.suffix(), criterion.code()));
            categories.add(new InfobuttonFeed.Category(InfobuttonRequest.SYSTEM + criterion.suffix(), criterion.oid()));
            categories.add(new InfobuttonFeed.Category(InfobuttonRequest.DISPLAY + criterion.suffix(),
                    criterion.displayName()));
        }
        categories.add(new InfobuttonFeed.Category(InfobuttonRequest.LANGUAGE, request.language()));
        categories.add(new InfobuttonFeed.Category(InfobuttonRequest.RECIPIENT, request.recipient()));
        return categories;
    }

    /** The request's own query, said one way: the feed's id (Atom wants an IRI that names this answer). */
    private static String query(InfobuttonRequest request) {
        List<String> pairs = new ArrayList<>();
        for (Criterion criterion : request.criteria()) {
            add(pairs, InfobuttonRequest.CODE + criterion.suffix(), criterion.code());
            add(pairs, InfobuttonRequest.SYSTEM + criterion.suffix(), criterion.oid());
            add(pairs, InfobuttonRequest.DISPLAY + criterion.suffix(), criterion.displayName());
        }
        add(pairs, InfobuttonRequest.LANGUAGE, request.language());
        add(pairs, InfobuttonRequest.RESPONSE_TYPE, request.type().mediaType);
        return String.join("&", pairs);
    }

    private static void add(List<String> pairs, String name, String value) {
        if (!value.isEmpty()) {
            pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    static String topicsPath(String language) {
        String topic = TopicViews.topicPath(language, "x");
        return topic.substring(0, topic.length() - 2);
    }

    private static LocalDate date(ReviewStatus review) {
        if (review == null) {
            return null;
        }
        return later(review.written(), review.reviewed());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String timestamp(LocalDate date) {
        return (date == null ? LocalDate.EPOCH : date) + "T00:00:00Z";
    }
}
