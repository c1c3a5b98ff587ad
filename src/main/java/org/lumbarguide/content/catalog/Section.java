package org.lumbarguide.content.catalog;

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
}
