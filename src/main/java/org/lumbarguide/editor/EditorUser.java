package org.lumbarguide.editor;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in to edit or review content. */
@Entity
@Table(name = "editor_user")
class EditorUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "clinical_role")
    private String clinicalRole;

    /** The same role in Spanish, shown on the Spanish pages this account reviews. */
    @Column(name = "clinical_role_es")
    private String clinicalRoleEs;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "editor_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Raised whenever the account's sessions must end; each signed-in session holds the value it signed in with. */
    @Column(name = "session_stamp", nullable = false)
    private long sessionStamp;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Version
    private long version;

    protected EditorUser() {
    }

    EditorUser(String username, String displayName, String clinicalRole, String clinicalRoleEs, String passwordHash,
               Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.clinicalRole = clinicalRole;
        this.clinicalRoleEs = clinicalRoleEs;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getClinicalRole() {
        return clinicalRole;
    }

    String getClinicalRoleEs() {
        return clinicalRoleEs;
    }

    /**
     * The role to record on a review of a page in this language ("en" or "es"), or null when the account has none
     * in it: a Spanish page never shows the English role, nor the other way round.
     */
    String clinicalRole(String language) {
        return "es".equals(language) ? clinicalRoleEs : clinicalRole;
    }

    /** Both roles as an administrator set them (null for none); signing in is not affected, so sessions go on. */
    void setClinicalRoles(String english, String spanish) {
        this.clinicalRole = english;
        this.clinicalRoleEs = spanish;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        endSessions();
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
        endSessions();
    }

    long getSessionStamp() {
        return sessionStamp;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** A new password ends every session of the account; the caller renews the one it keeps. */
    void setPassword(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
        endSessions();
    }

    private void endSessions() {
        sessionStamp++;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
