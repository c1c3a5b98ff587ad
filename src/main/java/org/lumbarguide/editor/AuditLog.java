package org.lumbarguide.editor;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only record of who did what: sign-ins, failed sign-ins, edits, approvals, account changes. */
@Service
class AuditLog {

    enum Action {
        SIGN_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, SIGN_OUT, USER_CREATED, USER_DISABLED, USER_ENABLED,
        DRAFT_SAVED, DRAFT_SUBMITTED, DRAFT_RETURNED, DRAFT_DISCARDED, PUBLISHED, RECONFIRMED, RESTORED,
        SELF_APPROVAL_REFUSED, PROPOSAL_ACCEPTED, PROPOSAL_DISMISSED, FEEDBACK_CLOSED,
        USER_ROLES_CHANGED, PASSWORD_CHANGED, PASSWORD_RESET, CLINICAL_ROLES_CHANGED, SOURCE_ADDED
    }

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action in its own transaction, so a refused or failed request still leaves its trace. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, Action action, String target, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action.name(), target, detail));
    }

    @Transactional(readOnly = true)
    List<AuditEvent> latest(int count) {
        return events.findByOrderByOccurredAtDescIdDesc(Limit.of(count));
    }
}
