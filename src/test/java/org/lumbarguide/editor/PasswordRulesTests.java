package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Length alone is not enough (issue 17 item 8): common, repeated and sequential passwords are refused. */
class PasswordRulesTests {

    static final PasswordRules rules = new PasswordRules();

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "            ", "ab3ab3ab3ab3", "password1234", "qwertyuiop12",
            "abcdefghijkl", "123456789012", "iloveyou1234", "passwordpassword"})
    void commonRepeatedAndSequentialPasswordsAreTooEasy(String password) {
        assertThat(rules.check(password)).contains(PasswordRules.Problem.TOO_EASY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars"})
    void shortPasswordsAreTooShort(String password) {
        assertThat(rules.check(password)).contains(PasswordRules.Problem.LENGTH);
    }

    @org.junit.jupiter.api.Test
    void tooLongAndMissingPasswordsAreRefused() {
        assertThat(rules.check("x".repeat(PasswordRules.MAX_LENGTH + 1))).contains(PasswordRules.Problem.LENGTH);
        assertThat(rules.check(null)).contains(PasswordRules.Problem.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "plum orchard lantern 42", "long enough password",
            "Tr0ub4dor&3xyz", "José Müller – naïve café"})
    void passphrasesAndRandomPasswordsAreAccepted(String password) {
        assertThat(rules.check(password)).isEmpty();
    }
}
