package org.lumbarguide.editor;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;

import org.springframework.stereotype.Component;

/**
 * What makes an editor's password acceptable: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes in UTF-8 (bcrypt reads no more, and Spring Security refuses to hash a longer
 * one), and not easy to guess. nbvcxz (a zxcvbn port) estimates the guesses an attacker needs, using its lists of
 * leaked passwords, words and names, and spotting repeats ("ab3ab3ab3ab3", twelve spaces), sequences
 * ("abcdefghijkl") and keyboard walks. Its default bar (35 bits) also refuses ordinary passphrases such as
 * "long enough password", so the bar is set at about a million guesses: far beyond what the sign-in
 * throttle lets anyone try online, and it still refuses everything on those lists.
 */
@Component
class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    static final double MIN_ENTROPY_BITS = 20;

    /** Why a password is refused; each names a message key. */
    enum Problem {
        LENGTH("editor.users.error.password"), TOO_EASY("editor.password.error.weak"), TOO_LONG("editor.password.error.long");

        final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    // Built once: it loads its dictionaries. estimate() keeps no state between calls.
    private final Nbvcxz strength = new Nbvcxz(new ConfigurationBuilder()
            .setMinimumEntropy(MIN_ENTROPY_BITS).setMaxLength(MAX_BYTES).createConfiguration());

    Optional<Problem> check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        return strength.estimate(password).isMinimumEntropyMet() ? Optional.empty() : Optional.of(Problem.TOO_EASY);
    }
}
