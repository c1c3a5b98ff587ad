package org.lumbarguide.handout;

import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * A choice the builder's form posts as one word ({@code a4}, {@code large}, {@code keypoints}, {@code pdf}): the
 * enums of the form implement it, and {@link Words} reads and writes them for Spring's data binding.
 */
interface FormChoice {

    /** The word the form posts and a bookmark keeps. */
    String code();

    /**
     * A choice from its word, whatever its case (an old bookmark may say {@code A4}); any other word is a
     * {@code typeMismatch} field error, so the clinician is asked to choose again. Registered per form by
     * HandoutController's {@code @InitBinder}.
     */
    final class Words<E extends Enum<E> & FormChoice> implements Formatter<E> {

        private final E[] choices;

        Words(E[] choices) {
            this.choices = choices.clone();
        }

        @Override
        public E parse(String text, Locale locale) throws ParseException {
            String word = text.strip();
            for (E choice : choices) {
                if (choice.code().equalsIgnoreCase(word)) {
                    return choice;
                }
            }
            // No value in the message: nothing a visitor typed goes into an exception (or a log).
            throw new ParseException("not one of the form's choices", 0);
        }

        @Override
        public String print(E choice, Locale locale) {
            return choice.code();
        }
    }
}
