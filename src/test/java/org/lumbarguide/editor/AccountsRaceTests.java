package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The last enabled administrator survives two administrators changing each other at the same moment
 * (issue 17 item 3). A database of its own, and no test transaction: each change commits on its own.
 */
@DataJpaTest(showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({Accounts.class, PasswordRules.class, AccountsRaceTests.Beans.class})
class AccountsRaceTests {

    @TestConfiguration
    static class Beans {
        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        LocalValidatorFactoryBean validator() {
            return new LocalValidatorFactoryBean();
        }
    }

    @Autowired
    Accounts accounts;

    @Autowired
    EditorUserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    private EditorUser admin(String username) {
        return users.save(new EditorUser(username, username, null, null, "{noop}unused", EnumSet.of(Role.ADMIN),
                Instant.now()));
    }

    private int enabledAdmins() {
        return jdbc.queryForObject("select count(*) from editor_user u join editor_user_role r on r.user_id = u.id "
                + "where u.enabled = true and r.role = 'ADMIN'", Integer.class);
    }

    /** Runs both at once (released together by a barrier) and answers how many changes were made. */
    private int race(Runnable first, Runnable second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Runnable change : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        change.run();
                        return true;
                    } catch (Accounts.Refused e) {
                        return false;
                    }
                }));
            }
            int made = 0;
            for (Future<Boolean> result : results) {
                made += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            return made;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoAdministratorsDisablingEachOtherLeaveOneEnabled() throws Exception {
        jdbc.update("update editor_user set enabled = false");
        EditorUser ana = admin("race-ana");
        EditorUser ben = admin("race-ben");
        int made = race(() -> accounts.setEnabled("race-ana", ben.getId(), false),
                () -> accounts.setEnabled("race-ben", ana.getId(), false));
        assertThat(made).isEqualTo(1);
        assertThat(enabledAdmins()).isEqualTo(1);
    }

    @Test
    void disablingOneAndTakingAdminFromTheOtherAtOnceLeaveOneAdministrator() throws Exception {
        jdbc.update("update editor_user set enabled = false");
        EditorUser cy = admin("race-cy");
        EditorUser di = admin("race-di");
        int made = race(() -> accounts.setEnabled("race-cy", di.getId(), false),
                () -> accounts.setRoles("race-di", cy.getId(), EnumSet.of(Role.AUTHOR)));
        assertThat(made).isEqualTo(1);
        assertThat(enabledAdmins()).isEqualTo(1);
    }

    @Test
    void anAdministratorsChangeAndTheOwnersPasswordChangeAtOnceBothApplyInTurn() throws Exception {
        EditorUser eve = admin("race-eve");
        EditorUser fay = admin("race-fay");
        EditorUser author = users.save(new EditorUser("race-gus", "race-gus", null, null, "{noop}unused",
                EnumSet.of(Role.AUTHOR), Instant.now()));
        int made = race(() -> accounts.setEnabled("race-eve", author.getId(), false),
                () -> accounts.changePassword("race-gus", "unused", "plum orchard lantern 42", "plum orchard lantern 42"));
        assertThat(made).isEqualTo(2);
        assertThat(jdbc.queryForMap("select enabled, session_stamp, password_hash from editor_user where id = ?",
                author.getId())).containsEntry("ENABLED", false).containsEntry("SESSION_STAMP", 2L)
                .hasEntrySatisfying("PASSWORD_HASH", hash -> assertThat((String) hash).startsWith("{bcrypt}"));
        assertThat(fay.getId()).isNotEqualTo(eve.getId());
    }

    @Test
    void twoAdministratorsSettingOneAccountsClinicalRolesAtOnceLeaveOneWholePairNeverAMix() throws Exception {
        admin("race-hal");
        admin("race-ivy");
        EditorUser reviewer = users.save(new EditorUser("race-jo", "race-jo", null, null, "{noop}unused",
                EnumSet.of(Role.REVIEWER), Instant.now()));
        Accounts.ClinicalRoles first = new Accounts.ClinicalRoles("clinical nurse specialist",
                "enfermera clínica especialista");
        Accounts.ClinicalRoles second = new Accounts.ClinicalRoles("consultant spinal surgeon",
                "cirujano de columna especialista");
        int made = race(() -> accounts.setClinicalRoles("race-hal", reviewer.getId(), first),
                () -> accounts.setClinicalRoles("race-ivy", reviewer.getId(), second));
        assertThat(made).as("neither is refused: each is applied in turn").isEqualTo(2);
        Accounts.ClinicalRoles stored = Accounts.ClinicalRoles.of(users.findById(reviewer.getId()).orElseThrow());
        assertThat(stored).isIn(first, second);
        assertThat(jdbc.queryForObject("select session_stamp from editor_user where id = ?", Long.class,
                reviewer.getId())).as("a role grants nothing, so the reviewer stays signed in").isZero();
    }

    @Test
    void clinicalRolesAreSetOnlyByAnAdministratorWhoCanSignInAndOnlyOnAnAccountThatExists() {
        EditorUser kim = admin("race-kim");
        Accounts.ClinicalRoles roles = new Accounts.ClinicalRoles("consultant clinical oncologist",
                "oncólogo clínico especialista");
        assertThat(accounts.setClinicalRoles("race-kim", kim.getId(), roles)).as("their own, too").isEqualTo("race-kim");
        assertThat(catchThrowableOfType(Accounts.Refused.class, () -> accounts.setClinicalRoles("race-kim", -1, roles))
                .reason).isEqualTo(Accounts.Refused.Reason.UNKNOWN);
        jdbc.update("update editor_user set enabled = false where id = ?", kim.getId());
        assertThat(catchThrowableOfType(Accounts.Refused.class, () -> accounts.setClinicalRoles("race-kim",
                kim.getId(), new Accounts.ClinicalRoles(null, null))).reason).isEqualTo(Accounts.Refused.Reason.NOT_ADMIN);
        assertThat(Accounts.ClinicalRoles.of(users.findById(kim.getId()).orElseThrow())).isEqualTo(roles);
    }

    @Test
    void theLastEnabledAdministratorCannotBeStoppedOrLoseTheRoleAndNobodyChangesTheirOwnAccount() {
        jdbc.update("update editor_user set enabled = false");
        EditorUser last = admin("race-last");
        EditorUser stopped = admin("race-stopped");
        jdbc.update("update editor_user set enabled = false where id = ?", stopped.getId());
        assertThat(refusal(() -> accounts.setEnabled("race-last", last.getId(), false)))
                .isEqualTo(Accounts.Refused.Reason.OWN_ACCOUNT);
        assertThat(refusal(() -> accounts.setRoles("race-last", last.getId(), EnumSet.of(Role.AUTHOR))))
                .isEqualTo(Accounts.Refused.Reason.OWN_ACCOUNT);
        assertThat(refusal(() -> accounts.setEnabled("race-stopped", last.getId(), false)))
                .as("a stopped administrator changes nothing").isEqualTo(Accounts.Refused.Reason.NOT_ADMIN);
        assertThat(refusal(() -> accounts.setEnabled("race-last", 987_654_321L, false)))
                .isEqualTo(Accounts.Refused.Reason.UNKNOWN);
        assertThat(enabledAdmins()).isEqualTo(1);
    }

    private static Accounts.Refused.Reason refusal(Runnable change) {
        try {
            change.run();
        } catch (Accounts.Refused refused) {
            return refused.reason;
        }
        return null;
    }
}
