package org.lumbarguide.handout;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A handout has at least one topic or part: a field error on {@code topic}. Only for a handout about to be made
 * ({@link HandoutForm.Complete}): a form being filled in may have nothing ticked yet.
 */
@Documented
@Constraint(validatedBy = SomethingChosen.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface SomethingChosen {

    String message() default "{handout.error.nothingChosen}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<SomethingChosen, HandoutForm> {

        @Override
        public boolean isValid(HandoutForm form, ConstraintValidatorContext context) {
            if (form == null || !form.nothingChosen()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("topic").addConstraintViolation();
            return false;
        }
    }
}
