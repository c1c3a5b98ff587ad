package org.lumbarguide.editor;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * At most {@link #value} characters as the database counts them: a letter outside the Basic Multilingual
 * Plane (most emoji, some CJK) is one character, where {@code @Size} would count two Java chars and refuse text
 * that fits the column. Null is allowed (combine with {@code @NotBlank} where a value is required).
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER})
@Constraint(validatedBy = MaxCharacters.Check.class)
@interface MaxCharacters {

    int value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts code points, as TopicDraftChecks does for a topic's fields. */
    class Check implements ConstraintValidator<MaxCharacters, CharSequence> {

        private int max;

        @Override
        public void initialize(MaxCharacters constraint) {
            this.max = constraint.value();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || Character.codePointCount(value, 0, value.length()) <= max;
        }
    }
}
