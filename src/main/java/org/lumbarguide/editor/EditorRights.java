package org.lumbarguide.editor;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * Who may do what (docs/architecture.md, "Who may do what"), each right checked in one place: an annotation
 * on the handler that does it, enforced by method security ({@link EditorMethodSecurity}). A handler without
 * one is open to every signed-in editor (EditorSecurityConfig asks only that). What the state of a draft
 * allows, and the two-person rule, are {@link Drafts}' and hold whoever asks.
 */
final class EditorRights {

    private EditorRights() {
    }

    /** Approving, publishing or sending back a draft, renewing a review, applying or dismissing a release's text. */
    @Documented
    @Retention(RUNTIME)
    @Target({METHOD, TYPE})
    @PreAuthorize("hasRole('REVIEWER')")
    @interface ReviewersOnly {
        String REFUSAL = "editor.forbidden.reviewers";
    }

    /** Closing a reader's comment (it may report an error in the text, so an author alone may not). */
    @Documented
    @Retention(RUNTIME)
    @Target({METHOD, TYPE})
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    @interface ReviewersOrAdministrators {
        String REFUSAL = "editor.forbidden.closeFeedback";
    }

    /** Editor accounts and the audit log. */
    @Documented
    @Retention(RUNTIME)
    @Target({METHOD, TYPE})
    @PreAuthorize("hasRole('ADMIN')")
    @interface AdministratorsOnly {
        String REFUSAL = "editor.forbidden.administrators";
    }

    /** What a refused editor reads: who may do what the handler does. */
    static String refusal(HandlerMethod handler) {
        if (has(handler, ReviewersOnly.class)) {
            return ReviewersOnly.REFUSAL;
        }
        if (has(handler, ReviewersOrAdministrators.class)) {
            return ReviewersOrAdministrators.REFUSAL;
        }
        return has(handler, AdministratorsOnly.class) ? AdministratorsOnly.REFUSAL : "editor.forbidden.other";
    }

    private static boolean has(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> right) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), right)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), right);
    }
}
