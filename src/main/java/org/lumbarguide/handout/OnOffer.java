package org.lumbarguide.handout;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The topics, parts and language a handout form names are ones the guide offers: the content catalog is asked
 * (through {@link HandoutService#choices}). Each miss is a field error on {@code topic}, {@code section} or
 * {@code lang} that names a few of the values it could not find ({@link HandoutService#echo}), in the request's
 * language.
 */
@Documented
@Constraint(validatedBy = OnOffer.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface OnOffer {

    String message() default "{handout.error.unknownTopic}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Made by Spring's constraint validator factory, so it is given the handout service. */
    final class Check implements ConstraintValidator<OnOffer, HandoutForm> {

        private final HandoutService handouts;

        Check(HandoutService handouts) {
            this.handouts = handouts;
        }

        @Override
        public boolean isValid(HandoutForm form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            boolean valid = true;
            HibernateConstraintValidatorContext messages = context.unwrap(HibernateConstraintValidatorContext.class);
            messages.disableDefaultConstraintViolation();
            if (form.getLang() != null && !HandoutService.isHandoutLanguage(form.getLang())) {
                valid = reject(messages, "lang", "{handout.error.lang}");
            }
            // A wrong language is its own error: the choices are then checked in the language the page is in.
            List<HandoutService.TopicChoice> choices = handouts.choices(
                    HandoutService.language(form.getLang(), LocaleContextHolder.getLocale())).topics();
            Set<String> topics = choices.stream().map(HandoutService.TopicChoice::key).collect(Collectors.toSet());
            Set<String> parts = choices.stream().flatMap(choice -> choice.sections().stream()
                    .map(part -> choice.key() + ":" + part.anchor())).collect(Collectors.toSet());
            List<String> unknownTopics = form.getTopic().stream().filter(key -> !topics.contains(key)).toList();
            if (!unknownTopics.isEmpty()) {
                messages.addMessageParameter("topics", HandoutService.echo(unknownTopics));
                valid = reject(messages, "topic", "{handout.error.unknownTopic}");
            }
            List<String> unknownParts = form.getSection().stream().filter(id -> !parts.contains(id)).toList();
            if (!unknownParts.isEmpty()) {
                messages.addMessageParameter("sections", HandoutService.echo(unknownParts));
                valid = reject(messages, "section", "{handout.error.unknownSection}");
            }
            return valid;
        }

        private static boolean reject(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
