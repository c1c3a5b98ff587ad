package org.lumbarguide.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable read model the public pages render: built once from the database, cached, and
 * replaced when content changes. Templates never see entities.
 */
public final class TopicViews {

    private TopicViews() {
    }

    public record SourceView(String publisher, String title, int year, String url) {
    }

    public record SectionView(String anchor, String heading, String html, SectionKind kind) {

        public boolean urgent() {
            return kind == SectionKind.URGENT;
        }

        public boolean tip() {
            return kind == SectionKind.TIP;
        }
    }

    public record TopicLink(String key, String slug, String title, String summary) {
    }

    public record TopicPage(String key, String language, String slug, String title, String summary,
                            LocalDate reviewedOn, List<SectionView> sections, List<SourceView> sources,
                            TopicLink previous, TopicLink next, String etag) {
    }

    /** Every published topic in one language, in reading order. */
    public record Catalog(String language, List<TopicLink> topics, Map<String, TopicPage> pagesBySlug,
                          SectionView urgentSigns, String etag) {

        public Optional<TopicPage> page(String slug) {
            return Optional.ofNullable(pagesBySlug.get(slug));
        }
    }
}
