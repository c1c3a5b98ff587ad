package org.lumbarguide.editor;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one open draft of a topic in a language: the whole topic in the topic-file format. */
@Entity
@Table(name = "topic_draft")
class TopicDraft {

    enum Status { DRAFT, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic_key", nullable = false)
    private String topicKey;

    @Column(nullable = false)
    private String language;

    @Column(name = "topic_text", nullable = false)
    private String text;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status = Status.DRAFT;

    @Column(nullable = false)
    private String contributors = "";

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "return_comment")
    private String returnComment;

    @Column(name = "submit_note")
    private String submitNote;

    @Version
    private long version;

    protected TopicDraft() {
    }

    TopicDraft(String topicKey, String language) {
        this.topicKey = topicKey;
        this.language = language;
    }

    void write(String text, String editor, Instant at) {
        this.text = text;
        this.updatedBy = editor;
        this.updatedAt = at;
        this.status = Status.DRAFT;
        Set<String> all = contributorSet();
        all.add(editor);
        this.contributors = String.join(",", all);
    }

    void submit(String editor, String note) {
        this.status = Status.SUBMITTED;
        this.submittedBy = editor;
        this.submitNote = note;
        this.returnComment = null;
    }

    void sendBack(String comment) {
        this.status = Status.DRAFT;
        this.returnComment = comment;
    }

    Set<String> contributorSet() {
        Set<String> all = new LinkedHashSet<>();
        Arrays.stream(contributors.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(all::add);
        return all;
    }

    String getTopicKey() {
        return topicKey;
    }

    String getLanguage() {
        return language;
    }

    String getText() {
        return text;
    }

    Status getStatus() {
        return status;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    String getReturnComment() {
        return returnComment;
    }

    String getSubmitNote() {
        return submitNote;
    }

    long getVersion() {
        return version;
    }
}
