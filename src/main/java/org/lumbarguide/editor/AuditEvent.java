package org.lumbarguide.editor;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log. Rows are only ever inserted. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String target;

    @Column(updatable = false)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String action, String target, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getActor() {
        return actor;
    }

    String getAction() {
        return action;
    }

    String getTarget() {
        return target;
    }

    String getDetail() {
        return detail;
    }
}
