package org.lumbarguide.editor;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One published version of a topic. Revisions are only ever added: history is never rewritten. */
@Entity
@Table(name = "topic_revision")
class TopicRevision {

    enum Kind { RELEASE, PUBLISHED, RECONFIRMED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic_key", nullable = false, updatable = false)
    private String topicKey;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "topic_text", nullable = false, updatable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(updatable = false)
    private String authors;

    @Column(updatable = false)
    private String reviewer;

    @Column(name = "reviewer_role", updatable = false)
    private String reviewerRole;

    @Column(name = "review_comment", updatable = false)
    private String reviewComment;

    protected TopicRevision() {
    }

    TopicRevision(String topicKey, String language, int number, String text, Kind kind, Instant publishedAt,
                  String authors, String reviewer, String reviewerRole, String reviewComment) {
        this.topicKey = topicKey;
        this.language = language;
        this.number = number;
        this.text = text;
        this.kind = kind;
        this.publishedAt = publishedAt;
        this.authors = authors;
        this.reviewer = reviewer;
        this.reviewerRole = reviewerRole;
        this.reviewComment = reviewComment;
    }

    int getNumber() {
        return number;
    }

    String getText() {
        return text;
    }

    Kind getKind() {
        return kind;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    String getAuthors() {
        return authors;
    }

    String getReviewer() {
        return reviewer;
    }

    String getReviewerRole() {
        return reviewerRole;
    }

    String getReviewComment() {
        return reviewComment;
    }
}
