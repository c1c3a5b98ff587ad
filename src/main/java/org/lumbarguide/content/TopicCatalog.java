package org.lumbarguide.content;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;

import org.lumbarguide.content.TopicViews.Catalog;
import org.lumbarguide.content.TopicViews.GlossaryEntry;
import org.lumbarguide.content.TopicViews.GlossaryLetter;
import org.lumbarguide.content.TopicViews.ReviewStatus;
import org.lumbarguide.content.TopicViews.SectionView;
import org.lumbarguide.content.TopicViews.SourceView;
import org.lumbarguide.content.TopicViews.TopicLink;
import org.lumbarguide.content.TopicViews.TopicPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.MessageSource;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the cached, immutable view of all topics in a language. The public side only ever reads
 * this, so a page view costs no database work once the catalog is built.
 */
@Service
public class TopicCatalog {

    /** The topic whose urgent callout is also shown on the home page. */
    static final String URGENT_SIGNS_TOPIC = "symptoms";

    public static final String CACHE = "catalog";

    private final TopicRepository topics;
    private final GlossaryRepository glossaryTerms;
    private final MarkdownRenderer markdown;
    private final MessageSource messages;
    private final Period reviewInterval;

    TopicCatalog(TopicRepository topics, GlossaryRepository glossaryTerms, MarkdownRenderer markdown,
                 MessageSource messages, @Value("${lumbarguide.review-interval:P3Y}") Period reviewInterval) {
        this.topics = topics;
        this.glossaryTerms = glossaryTerms;
        this.markdown = markdown;
        this.messages = messages;
        this.reviewInterval = reviewInterval;
    }

    @Cacheable(cacheNames = CACHE, key = "#language")
    @Transactional(readOnly = true)
    public Catalog catalog(String language) {
        List<Topic> loaded = topics.findWithSectionsByLanguage(language);
        if (!loaded.isEmpty()) {
            topics.fetchSources(loaded);
        }
        List<TopicLink> links = loaded.stream()
                .map(t -> new TopicLink(t.getTopicKey(), t.getSlug(), t.getTitle(), t.getSummary()))
                .toList();
        List<GlossaryEntry> glossary = glossaryTerms.findByLanguageOrderByTermAsc(language).stream()
                .map(TopicCatalog::entry)
                .toList();
        String termsHeading = messages.getMessage("glossary.sectionTerms", null, Locale.forLanguageTag(language));
        Map<String, TopicPage> pages = new LinkedHashMap<>();
        SectionView urgentSigns = null;
        for (int i = 0; i < loaded.size(); i++) {
            Topic topic = loaded.get(i);
            GlossaryLinker linker = new GlossaryLinker(glossary);
            StringBuilder pageText = new StringBuilder();
            List<SectionView> sections = new ArrayList<>();
            for (Section s : topic.getSections()) {
                pageText.append(markdown.toPlainText(s.getBodyMarkdown())).append('\n');
                MarkdownRenderer.LinkedHtml html = markdown.toSafeHtml(s.getBodyMarkdown(), linker, s.getAnchor(),
                        termsHeading);
                sections.add(new SectionView(s.getAnchor(), s.getHeading(), html.body(), html.terms(),
                        markdown.toSafeHtml(s.getBodyMarkdown()), s.getKind()));
            }
            List<SourceView> sources = topic.getSources().stream()
                    .map(s -> new SourceView(s.getPublisher(), s.getTitle(), s.getPublishedYear(), s.isYearAccessed(),
                            s.getUrl()))
                    .toList();
            TopicPage draft = new TopicPage(topic.getTopicKey(), topic.getLanguage(), topic.getSlug(),
                    topic.getTitle(), topic.getSummary(), review(topic), List.copyOf(sections), sources,
                    i > 0 ? links.get(i - 1) : null, i < links.size() - 1 ? links.get(i + 1) : null,
                    Readability.score(pageText.toString()).grade(), null);
            TopicPage page = withEtag(draft);
            pages.put(page.slug(), page);
            if (URGENT_SIGNS_TOPIC.equals(topic.getTopicKey())) {
                urgentSigns = sections.stream().filter(SectionView::urgent).findFirst().orElse(null);
            }
        }
        List<GlossaryLetter> letters = glossary.stream()
                .collect(Collectors.groupingBy(GlossaryEntry::letter, TreeMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(e -> new GlossaryLetter(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        return new Catalog(language, links, Map.copyOf(pages), urgentSigns, letters,
                ContentHash.of(language, links, urgentSigns, letters));
    }

    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public void evictAll() {
        // Called after an editor publishes; the next request rebuilds the catalog.
    }

    /** A strong validator that changes exactly when what the page shows changes. */
    private static TopicPage withEtag(TopicPage p) {
        return new TopicPage(p.key(), p.language(), p.slug(), p.title(), p.summary(), p.review(),
                p.sections(), p.sources(), p.previous(), p.next(), p.readingGrade(), ContentHash.of(p));
    }

    private ReviewStatus review(Topic topic) {
        return new ReviewStatus(topic.getWrittenOn(), topic.getReviewedOn(), topic.getReviewerRole(),
                topic.getReviewedOn() == null ? null : topic.getReviewedOn().plus(reviewInterval));
    }

    private static GlossaryEntry entry(GlossaryTerm term) {
        List<String> forms = new ArrayList<>();
        forms.add(term.getTerm());
        forms.addAll(term.getAliases());
        return new GlossaryEntry(term.getTerm(), term.getAnchor(), term.getShortDefinition(), List.copyOf(forms));
    }
}
