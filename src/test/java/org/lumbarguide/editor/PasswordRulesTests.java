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
        assertThat(rules.check("x".repeat(1000))).contains(PasswordRules.Problem.TOO_LONG);
        assertThat(rules.check(null)).contains(PasswordRules.Problem.LENGTH);
    }

    /** bcrypt reads 72 bytes and Spring Security refuses to hash more: a longer one must be a form error, not a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"plum orchard lantern walnut harbour meadow copper violin saddle thunder pebble",
            "ñandú pingüino cigüeña árbol camión corazón canción ratón jardín último"})
    void passwordsOverSeventyTwoBytesAreTooLong(String password) {
        assertThat(password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(rules.check(password)).contains(PasswordRules.Problem.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "plum orchard lantern 42", "long enough password",
            "Tr0ub4dor&3xyz", "José Müller – naïve café"})
    void passphrasesAndRandomPasswordsAreAccepted(String password) {
        assertThat(rules.check(password)).isEmpty();
    }
}
