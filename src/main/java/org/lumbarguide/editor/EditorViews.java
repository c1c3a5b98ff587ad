package org.lumbarguide.editor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the editor pages render: records, never entities (templates read them through public accessors). */
public final class EditorViews {

    private EditorViews() {
    }

    public enum ReviewState { NEVER_REVIEWED, OVERDUE, DUE_SOON, CURRENT }

    public record TopicRow(String key, String language, String title, String slug, LocalDate written,
                           LocalDate reviewed, String reviewerRole, LocalDate nextReviewDue, ReviewState state,
                           int pendingProposals, String draftStatus, int helpful, int notHelpful,
                           int openComments) {

        public boolean needsAttention() {
            return state != ReviewState.CURRENT;
        }
    }

    public record AccountRow(long id, String username, String displayName, String clinicalRole, String clinicalRoleEs,
                             List<Role> roles, boolean enabled, boolean mustChangePassword) {

        static AccountRow of(EditorUser user) {
            return new AccountRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getClinicalRole(),
                    user.getClinicalRoleEs(), user.getRoles().stream().sorted().toList(), user.isEnabled(),
                    user.isMustChangePassword());
        }
    }

    public record AuditRow(Instant occurredAt, String actor, String action, String target, String detail) {

        static AuditRow of(AuditEvent event) {
            return new AuditRow(event.getOccurredAt(), event.getActor(), event.getAction(), event.getTarget(),
                    event.getDetail());
        }
    }
}
