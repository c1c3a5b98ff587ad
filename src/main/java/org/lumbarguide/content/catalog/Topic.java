package org.lumbarguide.content.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One language's version of a subject; {@code topicKey} is shared by its translations. */
@Entity
@Immutable
@Table(name = "topic")
class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic_key", nullable = false)
    private String topicKey;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private int position;

    /** When the text was written (or last revised) from its sources. */
    @Column(name = "written_on")
    private LocalDate writtenOn;

    /** When a clinician last reviewed and approved it; null until one has. */
    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    /** The reviewing clinician's role, shown to readers with the review date. */
    @Column(name = "reviewer_role")
    private String reviewerRole;

    /** In a translation: the hash of the default language's title and summary it was translated from. */
    @Column(name = "translated_from")
    private String translatedFrom;

    /** When the title or summary last changed; null if before this was recorded. */
    @Column(name = "text_changed_at")
    private Instant textChangedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "topic")
    @OrderBy("position")
    private List<Section> sections = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "topic_source",
            joinColumns = @JoinColumn(name = "topic_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    protected Topic() {
    }

    public Long getId() {
        return id;
    }

    public String getTopicKey() {
        return topicKey;
    }

    public String getLanguage() {
        return language;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getPosition() {
        return position;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getReviewerRole() {
        return reviewerRole;
    }

    public String getTranslatedFrom() {
        return translatedFrom;
    }

    public Instant getTextChangedAt() {
        return textChangedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<Section> getSections() {
        return sections;
    }

    public List<Source> getSources() {
        return sources;
    }
}
