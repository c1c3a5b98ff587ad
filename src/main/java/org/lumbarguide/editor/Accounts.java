package org.lumbarguide.editor;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,79}");

    /** Why an account could not be created; each names a message key. */
    enum Problem {
        USERNAME_FORMAT("editor.users.error.username"), USERNAME_TAKEN("editor.users.error.taken"),
        PASSWORD_LENGTH("editor.users.error.password"), NO_ROLE("editor.users.error.role"),
        DISPLAY_NAME("editor.users.error.displayName");

        final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    record NewAccount(String username, String displayName, String clinicalRole, String password, Set<Role> roles) {
    }

    private final EditorUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(EditorUserRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        EditorUser user = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such editor"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                .authorities(user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
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

    /** The problems with a new account, empty when it can be created. */
    @Transactional(readOnly = true)
    Set<Problem> check(NewAccount account) {
        Set<Problem> problems = java.util.EnumSet.noneOf(Problem.class);
        String username = normalise(account.username());
        if (!USERNAME.matcher(username).matches()) {
            problems.add(Problem.USERNAME_FORMAT);
        } else if (users.findByUsernameIgnoreCase(username).isPresent()) {
            problems.add(Problem.USERNAME_TAKEN);
        }
        String password = account.password() == null ? "" : account.password();
        if (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            problems.add(Problem.PASSWORD_LENGTH);
        }
        if (account.roles() == null || account.roles().isEmpty()) {
            problems.add(Problem.NO_ROLE);
        }
        if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 200) {
            problems.add(Problem.DISPLAY_NAME);
        }
        return problems;
    }

    @Transactional
    EditorUser create(NewAccount account) {
        if (!check(account).isEmpty()) {
            throw new IllegalArgumentException("The account has problems: " + check(account));
        }
        String role = account.clinicalRole() == null || account.clinicalRole().isBlank() ? null
                : account.clinicalRole().strip();
        return users.save(new EditorUser(normalise(account.username()), account.displayName().strip(), role,
                passwords.encode(account.password()), account.roles(), clock.instant()));
    }

    @Transactional
    void setEnabled(long id, boolean enabled) {
        users.findById(id).ifPresent(user -> user.setEnabled(enabled));
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
