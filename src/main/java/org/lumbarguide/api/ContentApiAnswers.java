package org.lumbarguide.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.lumbarguide.api.ContentApiPayloads.ApiIndex;
import org.lumbarguide.api.ContentApiPayloads.CitedSource;
import org.lumbarguide.api.ContentApiPayloads.CodeList;
import org.lumbarguide.api.ContentApiPayloads.CodePayload;
import org.lumbarguide.api.ContentApiPayloads.CodeQuery;
import org.lumbarguide.api.ContentApiPayloads.Glossary;
import org.lumbarguide.api.ContentApiPayloads.GlossaryTerm;
import org.lumbarguide.api.ContentApiPayloads.LanguageLinks;
import org.lumbarguide.api.ContentApiPayloads.Reading;
import org.lumbarguide.api.ContentApiPayloads.Review;
import org.lumbarguide.api.ContentApiPayloads.SectionPayload;
import org.lumbarguide.api.ContentApiPayloads.SourceList;
import org.lumbarguide.api.ContentApiPayloads.SourcePayload;
import org.lumbarguide.api.ContentApiPayloads.TopicDetail;
import org.lumbarguide.api.ContentApiPayloads.TopicList;
import org.lumbarguide.api.ContentApiPayloads.TopicSummary;
import org.lumbarguide.api.ContentApiPayloads.TranslationStatus;
import org.lumbarguide.api.ContentApiPayloads.Urgency;
import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.CodeSystem;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicCode;
import org.lumbarguide.content.catalog.TopicViews;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.SourceView;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.content.catalog.TopicViews.Translation;
import org.lumbarguide.content.format.ContentHash;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The content API's answers, made from the cached catalogs and kept with their ETags until a catalog changes: a
 * request does no database work and, after the first, no building either. An answer's ETag is a hash of the answer
 * itself, so it changes exactly when what the client would receive changes (new content, a new field in a
 * release) and is the same on every instance.
 *
 * <p>The store holds answers of the current catalogs only (a new catalog of any language starts an empty one) and
 * only for topics and codes that exist, so junk requests cannot grow it.
 */
@Component
class ContentApiAnswers {

    static final String VERSION = "v1";
    static final String BASE = "/api/" + VERSION;

    /** The levels of urgency, in order (the emergency box is level 1): the tiers pages show. */
    private static final List<String> TIERS = List.of("emergency", "helpline", "care-team", "next-appointment");

    /** An answer and its strong ETag (quotes included). */
    record Answer<T>(T body, String etag) {
    }

    private final TopicCatalog catalog;
    private final MessageSource messages;
    private volatile Generation generation;

    private record Generation(List<Catalog> catalogs, Map<String, Answer<?>> answers) {
    }

    ContentApiAnswers(TopicCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    Answer<ApiIndex> index() {
        return cached("index", () -> new ApiIndex(VERSION, Languages.SUPPORTED.stream()
                .map(locale -> new LanguageLinks(Languages.code(locale),
                        messages.getMessage("language.name", null, locale),
                        BASE + "/" + Languages.code(locale) + "/topics",
                        BASE + "/" + Languages.code(locale) + "/glossary"))
                .toList(), BASE + "/sources", BASE + "/codes", "/v3/api-docs"));
    }

    /** The language's topics; the caller has checked the language is one the guide has. */
    Answer<TopicList> topics(String language) {
        return cached("topics/" + language, () -> {
            Catalog current = catalog.catalog(language);
            return new TopicList(language, current.topics().stream()
                    .map(link -> summary(language, link, current.pageByKey(link.key()))).toList());
        });
    }

    /** One topic by its key, or empty when the language has no such topic. */
    Optional<Answer<TopicDetail>> topic(String language, String key) {
        Catalog current = catalog.catalog(language);
        Optional<TopicPage> page = current.pageByKey(key);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cached("topic/" + language + "/" + key, () -> detail(page.get())));
    }

    Answer<Glossary> glossary(String language) {
        return cached("glossary/" + language, () -> new Glossary(language, catalog.catalog(language).glossary()
                .stream().flatMap(letter -> letter.entries().stream())
                .map(entry -> new GlossaryTerm(entry.term(), entry.anchor(), entry.definition(), entry.forms(),
                        TopicViews.glossaryPath(language) + "#" + entry.anchor()))
                .toList()));
    }

    /** Every source any language's topics cite, once each, with the topics that cite it. */
    Answer<SourceList> sources() {
        return cached("sources", () -> {
            Map<SourceView, Set<String>> cited = new LinkedHashMap<>();
            for (String language : Languages.codes()) {
                for (TopicPage page : pages(catalog.catalog(language))) {
                    for (SourceView source : page.sources()) {
                        cited.computeIfAbsent(source, s -> new LinkedHashSet<>()).add(page.key());
                    }
                }
            }
            List<CitedSource> sources = new ArrayList<>();
            cited.forEach((s, topics) -> sources.add(new CitedSource(s.publisher(), s.title(), s.year(),
                    s.yearAccessed(), s.href(), List.copyOf(topics))));
            sources.sort(Comparator.comparing((CitedSource s) -> s.publisher().toLowerCase(Locale.ROOT))
                    .thenComparing(s -> s.title().toLowerCase(Locale.ROOT)).thenComparing(CitedSource::year));
            return new SourceList(List.copyOf(sources));
        });
    }

    /** Every code the guide knows, with the topics that list it (codes are the same in every language). */
    Answer<CodeList> codes() {
        return cached("codes", () -> {
            Catalog current = catalog.catalog(Languages.defaultCode());
            List<CodePayload> codes = ApiCodes.allCodes(current).stream()
                    .map(code -> code(code, current.topics().stream()
                            .filter(link -> ApiCodes.codes(current, link.key()).stream()
                                    .anyMatch(listed -> listed.system() == code.system()
                                            && listed.code().equals(code.code())))
                            .map(TopicLink::key).toList()))
                    .toList();
            return new CodeList(null, codes, null);
        });
    }

    /**
     * The topics that answer one code. Not kept: the code is whatever the client sent (the lookup is cheap, and a
     * store keyed on it could be grown without bound).
     */
    Answer<CodeList> lookup(CodeSystem system, String code) {
        Catalog current = catalog.catalog(Languages.defaultCode());
        List<String> topics = ApiCodes.topicsForCode(current, system, code).stream().map(TopicLink::key).toList();
        List<CodePayload> codes = topics.stream()
                .flatMap(key -> ApiCodes.codes(current, key).stream())
                .filter(c -> c.system() == system).distinct().map(c -> code(c, null)).toList();
        CodeList body = new CodeList(new CodeQuery(systemName(system), code), codes, topics);
        return new Answer<>(body, etag(body));
    }

    static String systemName(CodeSystem system) {
        return system.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private TopicSummary summary(String language, TopicLink link, Optional<TopicPage> page) {
        return new TopicSummary(link.key(), link.slug(), link.title(), link.summary(), link.tagline(),
                TopicViews.topicPath(language, link.slug()), BASE + "/" + language + "/topics/" + link.key(),
                page.map(TopicPage::translation).map(ContentApiAnswers::status).orElse(null));
    }

    private TopicDetail detail(TopicPage page) {
        String language = page.language();
        String path = TopicViews.topicPath(language, page.slug());
        Catalog source = catalog.catalog(Languages.defaultCode());
        return new TopicDetail(page.key(), language, page.slug(), page.title(), page.summary(), path,
                new Review(page.review().written(), page.review().reviewed(), page.review().reviewerRole(),
                        page.review().nextReviewDue()),
                new Reading("es".equals(language) ? "fernandez-huerta-ease" : "flesch-kincaid-grade",
                        Math.round(page.readingGrade() * 10) / 10.0, page.readingEase()),
                page.sections().stream().map(s -> section(s, path)).toList(),
                page.sources().stream().map(s -> new SourcePayload(s.publisher(), s.title(), s.year(),
                        s.yearAccessed(), s.href())).toList(),
                ApiCodes.codes(source, page.key()).stream().map(c -> code(c, null)).toList(),
                page.previous() == null ? null : page.previous().key(), page.next() == null ? null : page.next().key(),
                status(page.translation()));
    }

    private static SectionPayload section(SectionView section, String path) {
        int level = section.tier() == null ? -1 : TIERS.indexOf(section.tier());
        return new SectionPayload(section.anchor(), section.heading(),
                section.kind().name().toLowerCase(Locale.ROOT),
                level < 0 ? null : new Urgency(level + 1, section.tier()),
                section.markdown() == null ? "" : section.markdown(), section.html(), path + "#" + section.anchor(),
                status(section.translation()));
    }

    private static TranslationStatus status(Translation translation) {
        if (translation == null) {
            return null;
        }
        return new TranslationStatus(translation.outOfDate() ? "out-of-date" : "current",
                translation.sourceLanguage(), translation.sourceHref(), translation.showsSource(),
                translation.sourceChangedAt());
    }

    private static CodePayload code(TopicCode code, List<String> topics) {
        CodeSystem system = code.system();
        return new CodePayload(systemName(system), system.label(), system.oid(), system.fhirSystem(), code.code(),
                code.display(), topics);
    }

    /** A catalog's pages in reading order. */
    private static List<TopicPage> pages(Catalog catalog) {
        return catalog.topics().stream().map(link -> catalog.page(link.slug())).flatMap(Optional::stream).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> Answer<T> cached(String key, Supplier<T> build) {
        return (Answer<T>) current().answers().computeIfAbsent(key, k -> {
            T body = build.get();
            return new Answer<>(body, etag(body));
        });
    }

    /** The store of the catalogs in force now: a new one as soon as any language's catalog is replaced. */
    private Generation current() {
        List<Catalog> now = Languages.codes().stream().map(catalog::catalog).toList();
        Generation known = generation;
        if (known == null || !same(known.catalogs(), now)) {
            known = new Generation(now, new ConcurrentHashMap<>());
            generation = known;
        }
        return known;
    }

    private static boolean same(List<Catalog> a, List<Catalog> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return a.size() == b.size();
    }

    /** Records print every member, so the hash covers the whole answer, the API's version included. */
    private static String etag(Object body) {
        return "\"" + ContentHash.of(VERSION, body) + "\"";
    }
}
