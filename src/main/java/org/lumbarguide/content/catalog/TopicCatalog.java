package org.lumbarguide.content.catalog;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.config.Languages;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.render.SectionRenderer.RenderedTopic;
import org.lumbarguide.content.render.SectionRenderer.SectionText;
import org.lumbarguide.content.render.SectionRenderer.TopicText;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
import org.lumbarguide.content.catalog.TopicViews.GlossaryLetter;
import org.lumbarguide.content.catalog.TopicViews.RenderFailure;
import org.lumbarguide.content.catalog.TopicViews.ReviewStatus;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.SourceView;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.lumbarguide.content.format.ContentHash;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.web.util.HtmlUtils;
import org.lumbarguide.content.render.SectionRenderer;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.ContentText;
import org.lumbarguide.content.render.IncludeException;
import org.lumbarguide.content.render.RegionWords;

/**
 * Builds the cached, immutable view of all topics in a language. The public side only ever reads
 * this, so a page view costs no database work once the catalog is built.
 *
 * <p>Once built, a catalog is never thrown away for being old: after {@code lumbarguide.catalog.refresh}
 * the next reader still gets it at once while a background thread rebuilds it from the database. If that
 * fails (the database is away) the last good catalog stays and the next read tries again, so the site
 * keeps serving through an outage and picks up edits by itself when the database is back. The refresh
 * period bounds how long another instance serves an old version after an edit.
 *
 * <p>A build reads the language's rows into plain records in one short read-only transaction, then renders
 * them with {@link SectionRenderer} (the renderer the editor's preview uses too) holding no database
 * connection.
 */
@Service
public class TopicCatalog implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(TopicCatalog.class);

    /**
     * The topic that is never shown as a page: its sections are the blocks other text includes with
     * {@code {{include anchor}}} (the emergency box and the tiers of urgency, written once).
     */
    public static final String SHARED_TOPIC = "shared";
    /** The emergency box: on the home page, in every topic's urgent section and on page 1 of every handout. */
    public static final String EMERGENCY_BLOCK = "emergency";
    /** Who to call, in a few sentences: inside the emergency box, in the footer and in the glossary. */
    public static final String ROUTING_BLOCK = "routing";

    public static final String CACHE = "catalog";

    private static final String GLOSSARY_ITEM = "glossary/";

    private final TopicRepository topics;
    private final GlossaryRepository glossaryTerms;
    private final MarkdownRenderer markdown;
    private final MessageSource messages;
    private final RegionWords regionWords;
    private final Period reviewInterval;
    private final TransactionTemplate readOnly;
    private final LoadingCache<String, Catalog> catalogs;
    /** Per language, each topic's last version that rendered: kept when a later version cannot be. */
    private final Map<String, Map<String, Rendered>> lastGood = new ConcurrentHashMap<>();
    private final Map<String, SharedViews> lastGoodShared = new ConcurrentHashMap<>();
    private final Map<String, RenderFailure> failures = new ConcurrentHashMap<>();
    private volatile Counter refreshFailures;
    private volatile Counter builds;

    TopicCatalog(TopicRepository topics, GlossaryRepository glossaryTerms, MarkdownRenderer markdown,
                 MessageSource messages, RegionWords regionWords, PlatformTransactionManager transactions,
                 GuideProperties settings) {
        this.topics = topics;
        this.glossaryTerms = glossaryTerms;
        this.markdown = markdown;
        this.messages = messages;
        this.regionWords = regionWords;
        this.reviewInterval = settings.reviewInterval();
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // One background thread: a refresh that waits on an unreachable database never holds a request.
        Executor refresher = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "catalog-refresh");
            thread.setDaemon(true);
            return thread;
        });
        this.catalogs = Caffeine.newBuilder().maximumSize(20).refreshAfterWrite(settings.catalog().refresh()).executor(refresher)
                .recordStats().build(new CacheLoader<>() {
                    @Override
                    public Catalog load(String language) {
                        return build(language);
                    }

                    @Override
                    public Catalog reload(String language, Catalog lastGood) {
                        try {
                            return build(language);
                        } catch (RuntimeException e) {
                            // Keep the last good catalog; one line, as this repeats for as long as the outage.
                            log.warn("Catalog '{}' not refreshed, still serving the last good one: {}", language,
                                    e.getClass().getSimpleName());
                            Counter failures = refreshFailures;
                            if (failures != null) {
                                failures.increment();
                            }
                            return lastGood;
                        }
                    }
                });
    }

    /** The catalog of a language: from memory, built from the database only the first time. */
    public Catalog catalog(String language) {
        return catalogs.get(language);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, catalogs, CACHE);
        builds = Counter.builder("lumbarguide.catalog.builds")
                .description("Catalogs built from the database (first load and refreshes)").register(registry);
        refreshFailures = Counter.builder("lumbarguide.catalog.refresh.failures")
                .description("Catalog refreshes that failed and kept the last good catalog").register(registry);
    }

    private Catalog build(String language) {
        // The rows are read in one short transaction; rendering holds no database connection.
        Rows rows = readOnly.execute(status -> read(language));
        Catalog built = render(language, rows);
        Counter counter = builds;
        if (counter != null) {
            counter.increment();
        }
        return built;
    }

    /**
     * A topic's rows as plain values. {@code unreadable}: reading them failed (a corrupt row); it is reported
     * when the topic is rendered, as any other failure to render it, and costs only that topic.
     */
    private record TopicRow(String key, String title, String language, String slug, TopicText text,
                            LocalDate written, LocalDate reviewed, String reviewerRole, List<SourceView> sources,
                            Translations.Text translation, RuntimeException unreadable) {

        TopicText readable() {
            if (unreadable != null) {
                throw unreadable;
            }
            return text;
        }
    }

    /** A glossary term's row as plain values; {@code unreadable} as for {@link TopicRow}. */
    private record TermRow(String term, String anchor, String definition, List<String> aliases,
                           RuntimeException unreadable) {
    }

    /**
     * What one catalog is built from: a language's topics (the shared one included) and glossary terms; for a
     * translation also the default language's topics as published now ({@code sourceTopics}, without their
     * sources), which its translation status is measured against. Empty for the default language.
     */
    private record Rows(List<TopicRow> topics, List<TermRow> terms, List<TopicRow> sourceTopics,
                        Map<String, List<TopicCode>> codes) {
    }

    private Rows read(String language) {
        List<Topic> all = topics.findWithSectionsByLanguage(language);
        if (!all.isEmpty()) {
            topics.fetchSources(all);
        }
        Region region = regionWords.region();
        List<TopicRow> rows = all.stream().map(topic -> row(topic, region, true)).toList();
        List<TermRow> terms = glossaryTerms.findByLanguageOrderByTermAsc(language).stream()
                .map(TopicCatalog::row).toList();
        List<TopicRow> source = language.equals(SOURCE_LANGUAGE) ? List.of()
                : topics.findWithSectionsByLanguage(SOURCE_LANGUAGE).stream().map(t -> row(t, region, false)).toList();
        return new Rows(rows, terms, source, codes());
    }

    /**
     * Every topic's clinical codes by topic key, in each topic's order: one query. Codes belong to the topic in
     * every language, so they are read from the default language's rows, which alone carry them. A row naming a
     * code system this version does not know is skipped, not fatal: it can only match nothing.
     */
    private Map<String, List<TopicCode>> codes() {
        Map<String, List<TopicCode>> byTopic = new LinkedHashMap<>();
        for (TopicCodeRow row : topics.findCodesByLanguage(SOURCE_LANGUAGE)) {
            CodeSystem system = java.util.Arrays.stream(CodeSystem.values())
                    .filter(s -> s.name().equals(row.getCodeSystem())).findFirst().orElse(null);
            if (system != null) {
                byTopic.computeIfAbsent(row.getTopicKey(), k -> new ArrayList<>())
                        .add(new TopicCode(system, row.getCode(), row.getDisplay()));
            }
        }
        return byTopic;
    }

    private static TopicRow row(Topic topic, Region region, boolean withSources) {
        String key = topic.getTopicKey();
        String title = topic.getTitle();
        try {
            List<SectionText> sections = new ArrayList<>();
            List<Translations.Part> parts = new ArrayList<>();
            Map<String, String> stamps = new LinkedHashMap<>();
            if (topic.getTranslatedFrom() != null) {
                stamps.put(TopicItem.TITLE, topic.getTranslatedFrom());
            }
            for (Section s : topic.getSections()) {
                sections.add(new SectionText(s.getAnchor(), s.getHeading(), s.getKind(), s.getBodyMarkdown()));
                parts.add(new Translations.Part(s.getAnchor(), s.getHeading(), s.getKind(), s.getBodyMarkdown(),
                        s.getTextChangedAt()));
                if (s.getTranslatedFrom() != null) {
                    stamps.put(s.getAnchor(), s.getTranslatedFrom());
                }
            }
            // A source for other regions only (another country's crisis line) is not listed here.
            List<SourceView> sources = !withSources ? List.of() : topic.getSources().stream()
                    .filter(s -> s.isShownIn(region))
                    .map(s -> new SourceView(s.getPublisher(), s.getTitle(), s.getPublishedYear(), s.isYearAccessed(),
                            s.getUrl()))
                    .toList();
            return new TopicRow(key, title, topic.getLanguage(), topic.getSlug(),
                    new TopicText(title, topic.getSummary(), sections), topic.getWrittenOn(), topic.getReviewedOn(),
                    topic.getReviewerRole(), sources, new Translations.Text(key, topic.getSlug(), title,
                    topic.getSummary(), topic.getTextChangedAt(), parts, stamps), null);
        } catch (RuntimeException e) {
            return new TopicRow(key, title, null, null, null, null, null, null, List.of(), null, e);
        }
    }

    private static TermRow row(GlossaryTerm term) {
        String name = term.getTerm();
        try {
            return new TermRow(name, term.getAnchor(), term.getShortDefinition(), term.getAliases(), null);
        } catch (RuntimeException e) {
            return new TermRow(name, null, null, List.of(), e);
        }
    }

    private Catalog render(String language, Rows rows) {
        Map<String, String> blocks = new LinkedHashMap<>();
        TopicRow shared = rows.topics().stream().filter(t -> SHARED_TOPIC.equals(t.key())).findFirst().orElse(null);
        if (shared != null) {
            shared.readable().sections().forEach(s -> blocks.put(s.anchor(), s.body()));
        }
        Status status = status(language, rows);
        // An urgent shared block whose translation is out of date is filled with the source's current text
        // wherever the translation includes it (a glossary definition's "who to call"): never older advice.
        blocks.putAll(status.sourceBlocks());
        ContentText text = regionWords.text(language, blocks);
        List<TopicRow> loaded = rows.topics().stream().filter(t -> !SHARED_TOPIC.equals(t.key())).toList();
        Locale locale = Locale.forLanguageTag(language);
        Pattern leadIn = Pattern.compile(messages.getMessage("topic.tagline.leadIn", null, "", locale));
        String termsHeading = messages.getMessage("glossary.sectionTerms", null, locale);

        List<GlossaryEntry> glossary = new ArrayList<>();
        List<String> glossaryTermNames = new ArrayList<>();
        for (TermRow term : rows.terms()) {
            glossaryTermNames.add(term.term());
            String item = GLOSSARY_ITEM + term.term();
            try {
                glossary.add(entry(term, text));
                rendered(language, item);
            } catch (RuntimeException | StackOverflowError e) {
                failed(language, item, term.term(), e, false);
            }
        }
        if (glossary.stream().anyMatch(e -> !glossaryTermNames.contains(e.term()))) {
            // The region spells some terms its own way (Tumour, Tumor): keep the glossary in its order.
            glossary.sort(Comparator.comparing(e -> e.term().toLowerCase(Locale.ROOT)));
        }
        SectionRenderer renderer = new SectionRenderer(markdown, text, glossary, termsHeading, language,
                TopicViews.glossaryPath(language));
        SharedViews sharedViews = status.sharedViews(sharedViews(language, shared, text, renderer), shared);

        // Each topic on its own: one that cannot be rendered keeps its last good version, or is left out.
        Map<String, Rendered> good = lastGood.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        good.keySet().retainAll(loaded.stream().map(TopicRow::key).toList());
        List<Rendered> shown = new ArrayList<>();
        for (TopicRow topic : loaded) {
            try {
                Rendered page = status.apply(render(topic, renderer, leadIn));
                good.put(topic.key(), page);
                rendered(language, topic.key());
                shown.add(page);
            } catch (RuntimeException | StackOverflowError e) {
                // StackOverflowError too: deeply nested Markdown is stored content, not a broken JVM.
                Rendered last = good.get(topic.key());
                failed(language, topic.key(), topic.title(), e, last != null);
                if (last != null) {
                    shown.add(last);
                }
            }
        }
        Set<String> items = new HashSet<>();
        items.add(language + "/" + SHARED_TOPIC);
        loaded.forEach(t -> items.add(language + "/" + t.key()));
        glossaryTermNames.forEach(term -> items.add(language + "/" + GLOSSARY_ITEM + term));
        failures.keySet().removeIf(item -> item.startsWith(language + "/") && !items.contains(item));
        List<TopicLink> links = shown.stream().map(Rendered::link).toList();
        Map<String, TopicPage> pages = new LinkedHashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            TopicPage p = shown.get(i).page();
            TopicPage page = new TopicPage(p.key(), p.language(), p.slug(), p.title(), p.summary(), p.review(),
                    p.sections(), p.sources(), i > 0 ? links.get(i - 1) : null,
                    i < links.size() - 1 ? links.get(i + 1) : null, p.readingGrade(), null, p.translation());
            page = withEtag(page, sharedViews.routing());
            pages.put(page.slug(), page);
        }
        List<GlossaryLetter> letters = glossary.stream()
                .collect(Collectors.groupingBy(GlossaryEntry::letter, TreeMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(e -> new GlossaryLetter(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        // Only the topics this catalog shows answer codes here, in the guide's order.
        Map<String, List<TopicCode>> codes = new LinkedHashMap<>();
        links.forEach(link -> codes.put(link.key(), List.copyOf(rows.codes().getOrDefault(link.key(), List.of()))));
        codes.values().removeIf(List::isEmpty);
        return new Catalog(language, links, Map.copyOf(pages), sharedViews.urgentSigns(), sharedViews.routing(),
                letters, ContentHash.of(language, links, sharedViews.urgentSigns(), sharedViews.routing(), letters,
                codes), status.outOfDate(rows.topics()), codes);
    }

    /** The language every translation is made from, whose published rows a translation is measured against. */
    private static final String SOURCE_LANGUAGE = Languages.defaultCode();

    /** A translation's status (empty for the default language), worked out before its pages are rendered. */
    private Status status(String language, Rows rows) {
        if (rows.sourceTopics().isEmpty()) {
            return Status.NONE;
        }
        List<Translations.Text> source = rows.sourceTopics().stream().filter(t -> t.unreadable() == null)
                .map(TopicRow::translation).toList();
        List<Translations.Text> translated = rows.topics().stream().filter(t -> t.unreadable() == null)
                .map(TopicRow::translation).toList();
        Map<String, Translations.Verdict> verdicts = new LinkedHashMap<>();
        Translations.compare(source, translated).forEach(v -> verdicts.put(v.topicKey() + "#" + v.anchor(), v));
        Map<String, Translations.Text> sources = new LinkedHashMap<>();
        source.forEach(t -> sources.put(t.key(), t));
        Map<String, String> sourceBlocks = new LinkedHashMap<>();
        Translations.Text sharedSource = sources.get(SHARED_TOPIC);
        if (sharedSource != null) {
            sharedSource.sections().forEach(s -> sourceBlocks.put(s.anchor(), s.body()));
        }
        ContentText sourceText = regionWords.text(SOURCE_LANGUAGE, sourceBlocks);
        SectionRenderer sourceRenderer = new SectionRenderer(markdown, sourceText, List.of(), "", SOURCE_LANGUAGE,
                TopicViews.glossaryPath(SOURCE_LANGUAGE));
        String notice = HtmlUtils.htmlEscape(messages.getMessage("translation.notice.showsSource", null, "",
                Locale.forLanguageTag(language)), "UTF-8");
        return new Status(language, verdicts, sources, sourceText, sourceRenderer, notice);
    }

    /**
     * A translation's verdicts and what shows the source text where an urgent part is out of date: the source's
     * shared blocks, region words and spellings ({@code sourceText}) and a renderer over them (without glossary
     * links: the page's glossary is the translation's).
     */
    private record Status(String language, Map<String, Translations.Verdict> verdicts,
                          Map<String, Translations.Text> sources, ContentText sourceText,
                          SectionRenderer sourceRenderer, String notice) {

        static final Status NONE = new Status(null, Map.of(), Map.of(), null, null, "");

        private Translations.Verdict verdict(String key, String anchor) {
            return verdicts.get(key + "#" + anchor);
        }

        /** The urgent shared blocks out of date, each as the source's text fills it now. */
        Map<String, String> sourceBlocks() {
            Map<String, String> filled = new LinkedHashMap<>();
            Translations.Text shared = sources.get(SHARED_TOPIC);
            verdicts.values().stream()
                    .filter(v -> v.topicKey().equals(SHARED_TOPIC) && !v.titleAndSummary() && !v.current() && v.urgent())
                    .forEach(v -> {
                        Translations.Part part = shared == null ? null : shared.part(v.anchor());
                        if (part != null) {
                            try {
                                filled.put(v.anchor(), sourceText.fill(part.body()));
                            } catch (IncludeException e) {
                                // The source's own block cannot be filled: its page reports it; keep the translation's.
                            }
                        }
                    });
            return filled;
        }

        /** A rendered page with each part's status, an urgent part out of date shown in the source's text. */
        Rendered apply(Rendered rendered) {
            if (verdicts.isEmpty()) {
                return rendered;
            }
            TopicPage p = rendered.page();
            Translations.Text source = sources.get(p.key());
            List<SectionView> sections = new ArrayList<>();
            for (SectionView view : p.sections()) {
                sections.add(section(p.key(), view, source));
            }
            Translations.Verdict title = verdict(p.key(), TopicItem.TITLE);
            TopicViews.Translation titleStatus = title == null ? null
                    : translation(title, href(source, null), false);
            return new Rendered(rendered.link(), new TopicPage(p.key(), p.language(), p.slug(), p.title(), p.summary(),
                    p.review(), sections, p.sources(), p.previous(), p.next(), p.readingGrade(), p.etag(),
                    titleStatus));
        }

        private SectionView section(String key, SectionView view, Translations.Text source) {
            Translations.Verdict verdict = verdict(key, view.anchor());
            if (verdict == null) {
                return view;
            }
            Translations.Part from = source == null ? null : source.part(view.anchor());
            String href = href(source, from == null ? null : from.anchor());
            if (verdict.showsSource() && from != null) {
                try {
                    SectionView shown = sourceRenderer.block(new SectionText(from.anchor(), from.heading(), from.kind(),
                            from.body()), from.kind(), SectionRenderer.tier(from.kind(), from.body()));
                    return new SectionView(view.anchor(), shown.heading(), inSourceLanguage(shown.html()), "",
                            inSourceLanguage(shown.plainHtml()), shown.kind(), shown.tier(),
                            translation(verdict, href, true), shown.markdown());
                } catch (IncludeException e) {
                    // The source cannot be shown either (its own page reports why): the translation, marked.
                }
            }
            return new SectionView(view.anchor(), view.heading(), view.html(), view.termsHtml(), view.plainHtml(),
                    view.kind(), view.tier(), translation(verdict, href, false), view.markdown());
        }

        /** The emergency box and who to call, for every page: the source's when the translation's are out of date. */
        SharedViews sharedViews(SharedViews views, TopicRow shared) {
            if (verdicts.isEmpty() || shared == null) {
                return views;
            }
            Translations.Text source = sources.get(SHARED_TOPIC);
            String routing = views.routing();
            Translations.Verdict routingVerdict = verdict(SHARED_TOPIC, ROUTING_BLOCK);
            Translations.Part sourceRouting = source == null ? null : source.part(ROUTING_BLOCK);
            if (routingVerdict != null && !routingVerdict.current() && sourceRouting != null) {
                try {
                    routing = "<p class=\"translation-notice\" lang=\"" + language + "\">" + notice + "</p>"
                            + inSourceLanguage(sourceRenderer.blockHtml(sourceRouting.body()));
                } catch (IncludeException e) {
                    // keep the translation's
                }
            }
            SectionView urgentSigns = views.urgentSigns();
            if (urgentSigns != null) {
                urgentSigns = section(SHARED_TOPIC, urgentSigns, source);
            }
            return new SharedViews(routing, urgentSigns);
        }

        /** Every part out of date, most urgent first, then in reading order. */
        List<TopicViews.OutOfDateTranslation> outOfDate(List<TopicRow> topics) {
            if (verdicts.isEmpty()) {
                return List.of();
            }
            Map<String, TopicRow> rows = new LinkedHashMap<>();
            topics.forEach(t -> rows.put(t.key(), t));
            List<TopicViews.OutOfDateTranslation> parts = new ArrayList<>();
            for (Translations.Verdict v : verdicts.values()) {
                if (v.current()) {
                    continue;
                }
                TopicRow row = rows.get(v.topicKey());
                Translations.Text text = row == null ? null : row.translation();
                Translations.Part part = text == null || v.titleAndSummary() ? null : text.part(v.anchor());
                String heading = part != null ? part.heading() : row == null ? v.anchor() : row.title();
                Translations.Text source = sources.get(v.topicKey());
                Translations.Part from = source == null ? null : source.part(v.anchor());
                parts.add(new TopicViews.OutOfDateTranslation(language, v.topicKey(),
                        row == null ? v.topicKey() : row.title(), v.anchor(), heading, v.titleAndSummary(), v.urgency(),
                        v.urgent(), v.urgent() && from != null && !v.titleAndSummary(),
                        href(source, from == null ? null : from.anchor()), v.sourceChangedAt(), v.recorded(),
                        v.source()));
            }
            parts.sort(Comparator.comparingInt(TopicViews.OutOfDateTranslation::urgency));
            return parts;
        }

        private TopicViews.Translation translation(Translations.Verdict verdict, String href, boolean showsSource) {
            return verdict.status(language, SOURCE_LANGUAGE, href, showsSource);
        }

        /** Where readers find the source text ({@link Translations#sourceHref}). */
        private static String href(Translations.Text source, String anchor) {
            return Translations.sourceHref(SOURCE_LANGUAGE, source, anchor);
        }

        /** Source text on a translated page says which language it is in (screen readers read it as such). */
        private static String inSourceLanguage(String html) {
            return "<div lang=\"" + SOURCE_LANGUAGE + "\">" + html + "</div>";
        }
    }

    /** A language's page of a topic, found by the key its translations share: for a link to the same page in another language. */
    public Optional<TopicPage> page(String language, String key) {
        return catalog(language).pageByKey(key);
    }

    /**
     * Every translated part out of date in the given languages (the default language has none), most urgent
     * first, for the editors' dashboard. The catalogs are built first (from memory when they are).
     */
    public List<TopicViews.OutOfDateTranslation> outOfDateTranslations(Collection<String> languages) {
        return languages.stream().filter(l -> !l.equals(SOURCE_LANGUAGE)).distinct()
                .flatMap(l -> catalog(l).outOfDate().stream())
                .sorted(Comparator.comparingInt(TopicViews.OutOfDateTranslation::urgency))
                .toList();
    }

    /** A topic as rendered, before its neighbours are known. */
    private record Rendered(TopicLink link, TopicPage page) {
    }

    /** What every page shows from the shared topic: the footer's routing and the emergency box. */
    private record SharedViews(String routing, SectionView urgentSigns) {
    }

    private Rendered render(TopicRow topic, SectionRenderer renderer, Pattern leadIn) {
        RenderedTopic page = renderer.topic(topic.readable());
        TopicLink link = new TopicLink(topic.key(), topic.slug(), page.title(), page.summary(),
                tagline(page.summary(), leadIn));
        return new Rendered(link, new TopicPage(topic.key(), topic.language(), topic.slug(), page.title(),
                page.summary(), review(topic), page.views(), topic.sources(), null, null, page.readingGrade(), null));
    }

    private SharedViews sharedViews(String language, TopicRow shared, ContentText text, SectionRenderer renderer) {
        if (shared == null) {
            return new SharedViews("", null);
        }
        try {
            String routing = "";
            SectionView urgentSigns = null;
            for (SectionText s : shared.readable().sections()) {
                if (ROUTING_BLOCK.equals(s.anchor())) {
                    routing = renderer.blockHtml(s.body());
                } else if (EMERGENCY_BLOCK.equals(s.anchor()) && urgentSigns == null) {
                    urgentSigns = renderer.block(s, SectionKind.URGENT, SectionRenderer.EMERGENCY_TIER);
                }
            }
            SharedViews views = new SharedViews(routing, urgentSigns);
            lastGoodShared.put(language, views);
            // A broken block no page shows yet is still reported: the next page to include it would fail.
            text.problems().values().stream().findFirst().ifPresentOrElse(
                    problem -> failed(language, SHARED_TOPIC, shared.title(), problem, false),
                    () -> rendered(language, SHARED_TOPIC));
            return views;
        } catch (RuntimeException | StackOverflowError e) {
            SharedViews last = lastGoodShared.get(language);
            failed(language, SHARED_TOPIC, shared.title(), e, last != null);
            return last != null ? last : new SharedViews("", null);
        }
    }

    /** Forgets a failure once the item renders again. */
    private void rendered(String language, String item) {
        if (failures.remove(language + "/" + item) != null) {
            log.info("'{}/{}' renders again", language, item);
        }
    }

    /** Records a failure for editors; logs it once (each rebuild of the catalog meets it again). */
    private void failed(String language, String item, String title, Throwable e, boolean keptLastGood) {
        RenderFailure failure = e instanceof IncludeException include
                ? new RenderFailure(language, item, title, include.kind().name(), include.include(), include.detail(),
                keptLastGood)
                : new RenderFailure(language, item, title, "OTHER", null, e.getClass().getSimpleName(), keptLastGood);
        RenderFailure before = failures.put(language + "/" + item, failure);
        if (!failure.equals(before)) {
            log.warn("'{}/{}' cannot be rendered, {}: {}", language, item,
                    keptLastGood ? "readers keep its last good version" : "it is left out",
                    e instanceof IncludeException ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    /**
     * What could not be rendered, for the editors' dashboard. The given languages' catalogs are built
     * first (from memory when they are), so a publish that broke a page shows here at once.
     */
    public List<RenderFailure> failures(Collection<String> languages) {
        languages.forEach(this::catalog);
        return failures.values().stream().filter(f -> languages.contains(f.language()))
                .sorted(Comparator.comparing(RenderFailure::language).thenComparing(RenderFailure::item)).toList();
    }

    public void evictAll() {
        // Called after an editor publishes; the next request rebuilds the catalog.
        catalogs.invalidateAll();
    }

    /** A strong validator that changes exactly when what the page shows changes (its footer included). */
    private static TopicPage withEtag(TopicPage p, String footerRouting) {
        return new TopicPage(p.key(), p.language(), p.slug(), p.title(), p.summary(), p.review(),
                p.sections(), p.sources(), p.previous(), p.next(), p.readingGrade(), ContentHash.of(p, footerRouting),
                p.translation());
    }

    private ReviewStatus review(TopicRow topic) {
        return new ReviewStatus(topic.written(), topic.reviewed(), topic.reviewerRole(), reviewDue(topic.reviewed()));
    }

    /**
     * When a review done on {@code reviewed} is due again (PIF TICK: at most every 3 years; the setting
     * {@code lumbarguide.review-interval}), or null for text never reviewed. The one place the rule lives:
     * pages and the editor's dashboard both ask here.
     */
    public LocalDate reviewDue(LocalDate reviewed) {
        return reviewed == null ? null : reviewed.plus(reviewInterval);
    }

    /**
     * A one-line description for topic lists, derived from the summary writers already keep, so there is
     * no second text to review and keep in step: its first sentence, with the lead-in every summary shares
     * ("This page explains") taken off and the first letter capitalised.
     */
    static String tagline(String summary, Pattern leadIn) {
        if (summary == null) {
            return "";
        }
        String first = summary.strip().split("(?<=[.!?])\\s+", 2)[0];
        String line = leadIn.matcher(first).replaceFirst("");
        return line.isEmpty() ? first : line.substring(0, 1).toUpperCase(Locale.ROOT) + line.substring(1);
    }

    private GlossaryEntry entry(TermRow term, ContentText text) {
        if (term.unreadable() != null) {
            throw term.unreadable();
        }
        List<String> forms = new ArrayList<>();
        forms.add(term.term());
        forms.addAll(term.aliases());
        // Term and forms are filled too, so the region's spelling of a word in the text still links.
        // A definition is plain text shown inline: an included block's Markdown (who to call is a list with
        // bold words) is read as text.
        return new GlossaryEntry(text.fill(term.term()), term.anchor(),
                markdown.toInlineText(text.fill(term.definition())), forms.stream().map(text::fill).toList());
    }
}
