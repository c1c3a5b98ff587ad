package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;
import org.lumbarguide.config.TestSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first administrator exists only when nobody does and the environment names one; no default password. */
class FirstAdminTests {

    final EditorUserRepository users = mock(EditorUserRepository.class);
    final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final Accounts accounts = new Accounts(users, passwords, new PasswordRules(),
            Validation.buildDefaultValidatorFactory().getValidator(), Clock.systemUTC());
    final AuditLog audit = mock(AuditLog.class);

    @Test
    void withoutTheEnvironmentNoAccountIsCreated() {
        when(users.count()).thenReturn(0L);
        assertThat(new FirstAdmin(accounts, audit, TestSettings.defaults()).ensure("", "")).isEqualTo(FirstAdmin.Outcome.NOT_CONFIGURED);
        verify(users, never()).save(any());
    }

    @Test
    void anExistingAccountMeansTheEnvironmentIsIgnored() {
        when(users.count()).thenReturn(1L);
        assertThat(new FirstAdmin(accounts, audit, TestSettings.defaults()).ensure("boss", "a very long password"))
                .isEqualTo(FirstAdmin.Outcome.USERS_EXIST);
        verify(users, never()).save(any());
    }

    @Test
    void aShortPasswordIsRefused() {
        when(users.count()).thenReturn(0L);
        when(users.findByUsernameIgnoreCase("boss")).thenReturn(java.util.Optional.empty());
        assertThat(new FirstAdmin(accounts, audit, TestSettings.defaults()).ensure("boss", "short")).isEqualTo(FirstAdmin.Outcome.REFUSED);
        verify(users, never()).save(any());
    }

    @Test
    void anEasyPasswordIsRefusedHowEverLong() {
        when(users.count()).thenReturn(0L);
        when(users.findByUsernameIgnoreCase("boss")).thenReturn(java.util.Optional.empty());
        assertThat(new FirstAdmin(accounts, audit, TestSettings.defaults()).ensure("boss", "ab3ab3ab3ab3ab3ab3"))
                .isEqualTo(FirstAdmin.Outcome.REFUSED);
        verify(users, never()).save(any());
    }

    @Test
    void theFirstAdministratorGetsAHashedPasswordAndTheAdminRole() {
        when(users.count()).thenReturn(0L);
        when(users.findByUsernameIgnoreCase("boss")).thenReturn(java.util.Optional.empty());
        when(users.save(any())).thenAnswer(invocation -> invocation.getArgument(0));
        assertThat(new FirstAdmin(accounts, audit, TestSettings.defaults()).ensure("Boss", "a very long password"))
                .isEqualTo(FirstAdmin.Outcome.CREATED);
        verify(users).save(org.mockito.ArgumentMatchers.argThat(user -> user.getUsername().equals("boss")
                && user.getRoles().equals(Set.copyOf(EnumSet.of(Role.ADMIN)))
                && user.getPasswordHash().startsWith("{bcrypt}")
                && passwords.matches("a very long password", user.getPasswordHash())));
    }
}
