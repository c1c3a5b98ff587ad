package org.lumbarguide.content.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.lumbarguide.content.format.SectionKind;

@Entity
@Immutable
@Table(name = "section")
class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String anchor;

    @Column(nullable = false)
    private String heading;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SectionKind kind;

    /** In a translation: the hash of the default language's section it was translated from. */
    @Column(name = "translated_from")
    private String translatedFrom;

    /** When the heading, kind or body last changed; null if before this was recorded. */
    @Column(name = "text_changed_at")
    private Instant textChangedAt;

    @Version
    private long version;

    protected Section() {
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getHeading() {
        return heading;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public SectionKind getKind() {
        return kind;
    }

    public String getTranslatedFrom() {
        return translatedFrom;
    }

    public Instant getTextChangedAt() {
        return textChangedAt;
    }
}
