package org.lumbarguide.editor;

/** What an editor may do. A reviewer is a clinician who approves and publishes others' drafts. */
public enum Role {
    AUTHOR, REVIEWER, ADMIN;

    String authority() {
        return "ROLE_" + name();
    }
}
