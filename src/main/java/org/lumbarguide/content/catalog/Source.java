package org.lumbarguide.content.catalog;

import org.lumbarguide.config.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published reference a topic is based on. */
@Entity
@Immutable
@Table(name = "source")
class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_key", nullable = false)
    private String sourceKey;

    @Column(nullable = false)
    private String publisher;

    @Column(nullable = false)
    private String title;

    @Column(name = "published_year", nullable = false)
    private int publishedYear;

    @Column(nullable = false)
    private String url;

    /** PUBLISHED: the year of publication. ACCESSED: a page updated in place, consulted that year. */
    @Column(name = "year_kind", nullable = false)
    private String yearKind;

    /** The keys of the only regions it is shown in, comma-separated ({@code uk}); null: every region. */
    @Column
    private String regions;

    protected Source() {
    }

    public String getPublisher() {
        return publisher;
    }

    public String getTitle() {
        return title;
    }

    public int getPublishedYear() {
        return publishedYear;
    }

    public String getUrl() {
        return url;
    }

    /** Whether a page in the deployment's region lists it: sources for every region, or for this one. */
    public boolean isShownIn(Region region) {
        return region.isIn(regions);
    }

    public boolean isYearAccessed() {
        return "ACCESSED".equals(yearKind);
    }
}
