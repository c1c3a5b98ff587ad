package org.lumbarguide.editor;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editor accounts: stored in the database, passwords hashed with Spring Security's delegating encoder. */
@Service
class Accounts implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;
    static final int MAX_PASSWORD_BYTES = PasswordRules.MAX_BYTES;
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,79}";
    /** The columns' sizes (editor_user.display_name, editor_user.clinical_role and clinical_role_es). */
    static final int MAX_DISPLAY_NAME = 200;
    static final int MAX_CLINICAL_ROLE = 200;

    /** Why an account could not be created; each names a message key and the form field it is shown beside. */
    enum Problem {
        USERNAME_FORMAT("editor.users.error.username", "username"),
        USERNAME_TAKEN("editor.users.error.taken", "username"),
        PASSWORD_LENGTH("editor.users.error.password", "password"),
        PASSWORD_WEAK("editor.password.error.weak", "password"),
        PASSWORD_LONG("editor.password.error.long", "password"),
        NO_ROLE("editor.users.error.role", "roles"),
        DISPLAY_NAME("editor.users.error.displayName", "displayName"),
        CLINICAL_ROLE("editor.users.error.clinicalRole", "clinicalRole"),
        CLINICAL_ROLE_ES("editor.users.error.clinicalRole", "clinicalRoleEs");

        final String messageKey;
        final String field;

        Problem(String messageKey, String field) {
            this.messageKey = messageKey;
            this.field = field;
        }

        /** The form rule (Bean Validation on {@link NewAccount}) broken by a value of this field. */
        static Problem of(ConstraintViolation<NewAccount> violation) {
            return switch (violation.getPropertyPath().toString()) {
                case "username" -> USERNAME_FORMAT;
                case "displayName" -> DISPLAY_NAME;
                case "clinicalRole" -> CLINICAL_ROLE;
                case "clinicalRoleEs" -> CLINICAL_ROLE_ES;
                default -> NO_ROLE;
            };
        }

        static Problem of(PasswordRules.Problem problem) {
            return switch (problem) {
                case LENGTH -> PASSWORD_LENGTH;
                case TOO_LONG -> PASSWORD_LONG;
                case TOO_EASY -> PASSWORD_WEAK;
            };
        }
    }

    /** Why a change to an existing account was refused; each names a message key. */
    static final class Refused extends RuntimeException {

        enum Reason {
            UNKNOWN("editor.users.refused.unknown"), OWN_ACCOUNT("editor.users.refused.own"),
            LAST_ADMIN("editor.users.refused.lastAdmin"), NOT_ADMIN("editor.users.refused.notAdmin"),
            NO_ROLE("editor.users.error.role");

            final String messageKey;

            Reason(String messageKey) {
                this.messageKey = messageKey;
            }
        }

        final Reason reason;

        Refused(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }
    }

    /**
     * The signed-in editor, with what the account looked like at sign-in: its id (for the per-request check
     * against the database) and its session stamp (a later change to the account raises the stored one).
     */
    static final class EditorPrincipal extends User {

        /** Stored in the session row (Spring Session JDBC): fixed, so a deploy that changes nothing here keeps editors signed in. */
        private static final long serialVersionUID = 1L;

        private final long id;
        private final long sessionStamp;

        EditorPrincipal(EditorUser user, long sessionStamp) {
            super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, true,
                    user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
            this.id = user.getId();
            this.sessionStamp = sessionStamp;
        }

        long id() {
            return id;
        }

        long sessionStamp() {
            return sessionStamp;
        }

        // Same identity as User (the user name); the extra fields say which sign-in this is, not who.
        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /** A password change: the new stamp for the session that made it (so only that session survives). */
    record PasswordChanged(long sessionStamp) {
    }

    /**
     * A new account as the administrator's form sends it, with the rules each field must keep (its messages
     * are shown beside the field). Each text is kept as it will be stored, and checked so: the user name
     * trimmed and in lower case, the names trimmed. The rules that need the database or the password checker
     * are {@link #check}'s.
     */
    record NewAccount(
            @Pattern(regexp = USERNAME, message = "{editor.users.error.username}") String username,
            @NotBlank(message = "{editor.users.error.displayName}")
            @MaxCharacters(value = MAX_DISPLAY_NAME, message = "{editor.users.error.displayName}") String displayName,
            @MaxCharacters(value = MAX_CLINICAL_ROLE, message = "{editor.users.error.clinicalRole}") String clinicalRole,
            @MaxCharacters(value = MAX_CLINICAL_ROLE, message = "{editor.users.error.clinicalRole}") String clinicalRoleEs,
            String password,
            @NotEmpty(message = "{editor.users.error.role}") Set<Role> roles) {

        NewAccount {
            username = normalise(username);
            displayName = displayName == null ? null : displayName.strip();
            clinicalRole = ClinicalRoles.tidy(clinicalRole);
            clinicalRoleEs = ClinicalRoles.tidy(clinicalRoleEs);
        }
    }

    /**
     * An account's clinical role in each language, as the administrator's form sends it: the role a review of an
     * English page records, and the one a review of a Spanish page records. Blank is none.
     */
    record ClinicalRoles(
            @MaxCharacters(value = MAX_CLINICAL_ROLE, message = "{editor.users.error.clinicalRole}") String clinicalRole,
            @MaxCharacters(value = MAX_CLINICAL_ROLE, message = "{editor.users.error.clinicalRole}") String clinicalRoleEs) {

        ClinicalRoles {
            clinicalRole = tidy(clinicalRole);
            clinicalRoleEs = tidy(clinicalRoleEs);
        }

        static ClinicalRoles of(EditorUser user) {
            return new ClinicalRoles(user.getClinicalRole(), user.getClinicalRoleEs());
        }

        static String tidy(String role) {
            return role == null || role.isBlank() ? null : role.strip();
        }
    }

    private final EditorUserRepository users;
    private final PasswordEncoder passwords;
    private final PasswordRules rules;
    private final Validator validator;
    private final Clock clock;

    Accounts(EditorUserRepository users, PasswordEncoder passwords, PasswordRules rules, Validator validator,
             Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.rules = rules;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        EditorUser user = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such editor"));
        return new EditorPrincipal(user, user.getSessionStamp());
    }

    @Transactional(readOnly = true)
    Optional<EditorUserRepository.SessionState> sessionState(long id) {
        return users.sessionState(id);
    }

    @Transactional(readOnly = true)
    Optional<EditorUser> byId(long id) {
        return users.findById(id);
    }

    @Transactional(readOnly = true)
    boolean exists(String username) {
        return username != null && users.findByUsernameIgnoreCase(username.strip()).isPresent();
    }

    @Transactional(readOnly = true)
    boolean noneYet() {
        return users.count() == 0;
    }

    @Transactional(readOnly = true)
    List<EditorUser> all() {
        return users.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    Optional<EditorUser> byUsername(String username) {
        return users.findByUsernameIgnoreCase(username);
    }

    /**
     * The problems with a new account, empty when it can be created: its form's rules (the constraints on
     * {@link NewAccount}), a user name already taken, and a password {@link PasswordRules} refuses.
     */
    @Transactional(readOnly = true)
    Set<Problem> check(NewAccount account) {
        Set<Problem> problems = java.util.EnumSet.noneOf(Problem.class);
        validator.validate(account).forEach(violation -> problems.add(Problem.of(violation)));
        if (!problems.contains(Problem.USERNAME_FORMAT) && users.findByUsernameIgnoreCase(account.username()).isPresent()) {
            problems.add(Problem.USERNAME_TAKEN);
        }
        rules.check(account.password()).map(Problem::of).ifPresent(problems::add);
        return problems;
    }

    @Transactional
    EditorUser create(NewAccount account) {
        if (!check(account).isEmpty()) {
            throw new IllegalArgumentException("The account has problems: " + check(account));
        }
        return users.save(new EditorUser(normalise(account.username()), account.displayName().strip(),
                account.clinicalRole(), account.clinicalRoleEs(),
                passwords.encode(account.password()), account.roles(), clock.instant()));
    }

    /**
     * Allows or stops an account, ending its sessions. Refused for an unknown id, the administrator's own
     * account, or the last enabled administrator.
     *
     * @return the account's user name
     */
    @Transactional
    String setEnabled(String admin, long id, boolean enabled) {
        EditorUser user = changeable(admin, id);
        if (!enabled && user.isEnabled() && user.getRoles().contains(Role.ADMIN)) {
            requireAnotherAdmin(id);
        }
        user.setEnabled(enabled);
        return user.getUsername();
    }

    /** Replaces an account's roles, ending its sessions; the same refusals as {@link #setEnabled}. */
    @Transactional
    String setRoles(String admin, long id, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new Refused(Refused.Reason.NO_ROLE);
        }
        EditorUser user = changeable(admin, id);
        if (!roles.contains(Role.ADMIN) && user.isEnabled() && user.getRoles().contains(Role.ADMIN)) {
            requireAnotherAdmin(id);
        }
        user.setRoles(roles);
        return user.getUsername();
    }

    /**
     * Sets an account's clinical roles in both languages. An administrator may correct their own account's roles
     * too: a role says who reviewed a page, it grants nothing. Refused for an unknown id, or when the one asking
     * is no longer an enabled administrator.
     *
     * @return the account's user name
     */
    @Transactional
    String setClinicalRoles(String admin, long id, ClinicalRoles roles) {
        EditorUser user = users.lockById(id).orElseThrow(() -> new Refused(Refused.Reason.UNKNOWN));
        requireAdministrator(admin);
        user.setClinicalRoles(roles.clinicalRole(), roles.clinicalRoleEs());
        return user.getUsername();
    }

    /**
     * An administrator's reset: a temporary password that the editor must replace at the next sign-in.
     *
     * @return the refusal, or empty when the password was set
     */
    @Transactional
    Optional<Problem> resetPassword(String admin, long id, String temporary) {
        EditorUser user = changeable(admin, id);
        Optional<Problem> problem = rules.check(temporary).map(Problem::of);
        if (problem.isEmpty()) {
            user.setPassword(passwords.encode(temporary), true);
        }
        return problem;
    }

    /** What was wrong with a password change, by form field (message keys). */
    enum ChangeProblem {
        CURRENT_WRONG("currentPassword", "editor.password.error.current"),
        NEW_LENGTH("newPassword", "editor.users.error.password"),
        NEW_WEAK("newPassword", "editor.password.error.weak"),
        NEW_LONG("newPassword", "editor.password.error.long"),
        NEW_SAME("newPassword", "editor.password.error.same"),
        CONFIRM_DIFFERENT("confirmPassword", "editor.password.error.confirm");

        final String field;
        final String messageKey;

        ChangeProblem(String field, String messageKey) {
            this.field = field;
            this.messageKey = messageKey;
        }
    }

    /** Thrown with every problem of a password change, so the form shows each beside its field. */
    static final class ChangeRefused extends RuntimeException {
        final Set<ChangeProblem> problems;

        ChangeRefused(Set<ChangeProblem> problems) {
            super(problems.toString(), null, false, false);
            this.problems = problems;
        }
    }

    /** The signed-in editor's own change: the current password is required; every session of the account ends. */
    @Transactional
    PasswordChanged changePassword(String username, String current, String chosen, String confirmation) {
        // Locked before it is read, so an administrator's change at the same moment goes first or waits.
        EditorUser user = users.idOf(normalise(username)).flatMap(users::lockById)
                .orElseThrow(() -> new Refused(Refused.Reason.UNKNOWN));
        Set<ChangeProblem> problems = java.util.EnumSet.noneOf(ChangeProblem.class);
        // matches() is false, never an error, for a current password over bcrypt's 72 bytes.
        if (current == null || !passwords.matches(current, user.getPasswordHash())) {
            problems.add(ChangeProblem.CURRENT_WRONG);
        }
        rules.check(chosen).ifPresent(p -> problems.add(switch (p) {
            case LENGTH -> ChangeProblem.NEW_LENGTH;
            case TOO_LONG -> ChangeProblem.NEW_LONG;
            case TOO_EASY -> ChangeProblem.NEW_WEAK;
        }));
        if (chosen != null && chosen.equals(current)) {
            problems.add(ChangeProblem.NEW_SAME);
        }
        if (chosen == null || !chosen.equals(confirmation)) {
            problems.add(ChangeProblem.CONFIRM_DIFFERENT);
        }
        if (!problems.isEmpty()) {
            throw new ChangeRefused(problems);
        }
        user.setPassword(passwords.encode(chosen), false);
        return new PasswordChanged(user.getSessionStamp());
    }

    /** The account another administrator may change, loaded after the administrators' lock is held. */
    private EditorUser changeable(String admin, long id) {
        users.lockAdministrators();
        EditorUser user = users.lockById(id).orElseThrow(() -> new Refused(Refused.Reason.UNKNOWN));
        if (user.getUsername().equals(normalise(admin))) {
            throw new Refused(Refused.Reason.OWN_ACCOUNT);
        }
        requireAdministrator(admin);
        return user;
    }

    /** The acting administrator may have been stopped, or lost the role, a moment ago by another. */
    private void requireAdministrator(String admin) {
        users.findByUsernameIgnoreCase(normalise(admin))
                .filter(actor -> actor.isEnabled() && actor.getRoles().contains(Role.ADMIN))
                .orElseThrow(() -> new Refused(Refused.Reason.NOT_ADMIN));
    }

    private void requireAnotherAdmin(long id) {
        if (users.countEnabledWithRoleOtherThan(Role.ADMIN, id) == 0) {
            throw new Refused(Refused.Reason.LAST_ADMIN);
        }
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
