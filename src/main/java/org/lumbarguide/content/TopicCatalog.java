package org.lumbarguide.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lumbarguide.content.TopicViews.Catalog;
import org.lumbarguide.content.TopicViews.SectionView;
import org.lumbarguide.content.TopicViews.SourceView;
import org.lumbarguide.content.TopicViews.TopicLink;
import org.lumbarguide.content.TopicViews.TopicPage;
import org.springframework.cache.annotation.CacheEvict;
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
    private final MarkdownRenderer markdown;

    TopicCatalog(TopicRepository topics, MarkdownRenderer markdown) {
        this.topics = topics;
        this.markdown = markdown;
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
        Map<String, TopicPage> pages = new LinkedHashMap<>();
        SectionView urgentSigns = null;
        for (int i = 0; i < loaded.size(); i++) {
            Topic topic = loaded.get(i);
            List<SectionView> sections = topic.getSections().stream()
                    .map(s -> new SectionView(s.getAnchor(), s.getHeading(), markdown.toSafeHtml(s.getBodyMarkdown()),
                            s.getKind()))
                    .toList();
            List<SourceView> sources = topic.getSources().stream()
                    .map(s -> new SourceView(s.getPublisher(), s.getTitle(), s.getPublishedYear(), s.getUrl()))
                    .toList();
            TopicPage draft = new TopicPage(topic.getTopicKey(), topic.getLanguage(), topic.getSlug(),
                    topic.getTitle(), topic.getSummary(), topic.getReviewedOn(), sections, sources,
                    i > 0 ? links.get(i - 1) : null, i < links.size() - 1 ? links.get(i + 1) : null, null);
            TopicPage page = withEtag(draft);
            pages.put(page.slug(), page);
            if (URGENT_SIGNS_TOPIC.equals(topic.getTopicKey())) {
                urgentSigns = sections.stream().filter(SectionView::urgent).findFirst().orElse(null);
            }
        }
        return new Catalog(language, links, Map.copyOf(pages), urgentSigns,
                ContentHash.of(language, links, urgentSigns));
    }

    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public void evictAll() {
        // Called after an editor publishes; the next request rebuilds the catalog.
    }

    /** A strong validator that changes exactly when what the page shows changes. */
    private static TopicPage withEtag(TopicPage p) {
        return new TopicPage(p.key(), p.language(), p.slug(), p.title(), p.summary(), p.reviewedOn(),
                p.sections(), p.sources(), p.previous(), p.next(), ContentHash.of(p));
    }
}
