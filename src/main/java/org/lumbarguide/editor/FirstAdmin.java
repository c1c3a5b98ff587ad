package org.lumbarguide.editor;

import java.util.EnumSet;

import org.lumbarguide.config.GuideProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * There is no default account. When no editor exists yet, the first administrator is created from
 * LUMBARGUIDE_ADMIN_USERNAME and LUMBARGUIDE_ADMIN_PASSWORD; without them the log says, once, how.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    enum Outcome { USERS_EXIST, CREATED, NOT_CONFIGURED, REFUSED }

    private final Accounts accounts;
    private final AuditLog audit;
    private final String username;
    private final String password;

    FirstAdmin(Accounts accounts, AuditLog audit, GuideProperties settings) {
        this.accounts = accounts;
        this.audit = audit;
        this.username = settings.admin().username();
        this.password = settings.admin().password();
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure(username, password);
    }

    Outcome ensure(String username, String password) {
        if (!accounts.noneYet()) {
            return Outcome.USERS_EXIST;
        }
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            log.warn("No editor accounts exist, so nobody can sign in at /editor. To create the first administrator, "
                    + "start the application once with LUMBARGUIDE_ADMIN_USERNAME and LUMBARGUIDE_ADMIN_PASSWORD "
                    + "(at least {} characters, not easy to guess) set.", Accounts.MIN_PASSWORD_LENGTH);
            return Outcome.NOT_CONFIGURED;
        }
        Accounts.NewAccount account = new Accounts.NewAccount(username, username, null, null, password,
                EnumSet.of(Role.ADMIN));
        if (!accounts.check(account).isEmpty()) {
            log.error("The first administrator was not created: LUMBARGUIDE_ADMIN_USERNAME must be 2 to 80 letters, "
                    + "digits, '.', '_' or '-', and LUMBARGUIDE_ADMIN_PASSWORD at least {} characters (at most {} bytes) and not easy to "
                    + "guess (no common password, repeated pattern or run such as abcd; a few unrelated words work).",
                    Accounts.MIN_PASSWORD_LENGTH, Accounts.MAX_PASSWORD_BYTES);
            return Outcome.REFUSED;
        }
        EditorUser admin = accounts.create(account);
        audit.record(null, AuditLog.Action.USER_CREATED, admin.getUsername(), "first administrator, from the environment");
        log.info("Created the first administrator account from LUMBARGUIDE_ADMIN_USERNAME. Sign in at /editor and "
                + "remove LUMBARGUIDE_ADMIN_PASSWORD from the environment.");
        return Outcome.CREATED;
    }
}
