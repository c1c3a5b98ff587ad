package org.lumbarguide.editor;

import org.springframework.security.core.Authentication;

/**
 * What an editor may do. A reviewer is a clinician who approves and publishes others' drafts. Each right is
 * checked by method security ({@link EditorRights}); {@link #heldBy} only decides what a page offers.
 */
public enum Role {
    AUTHOR, REVIEWER, ADMIN;

    String authority() {
        return "ROLE_" + name();
    }

    boolean heldBy(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> authority().equals(a.getAuthority()));
    }
}
