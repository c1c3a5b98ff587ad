package org.lumbarguide.content.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One clinical code a topic answers, as the import or an editor's publish stored it ({@code topic_code}). */
@Entity
@Immutable
@Table(name = "topic_code")
class TopicCodeRow {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false)
    private Topic topic;

    @Column(nullable = false)
    private int position;

    /** {@link CodeSystem}'s constant name. */
    @Column(name = "code_system", nullable = false)
    private String codeSystem;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String display;

    protected TopicCodeRow() {
    }

    String getTopicKey() {
        return topic.getTopicKey();
    }

    String getCodeSystem() {
        return codeSystem;
    }

    String getCode() {
        return code;
    }

    String getDisplay() {
        return display;
    }
}
