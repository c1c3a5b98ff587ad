package org.lumbarguide.system;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A form's own page for a refusal made before Spring MVC (429 over the client's allowance), which keeps
 * everything the request carried so nothing typed is lost. The feature that owns the form names it in the
 * price of its requests ({@link RequestCost.Price#refusedWith}); a form without one gets the short generic page.
 */
@FunctionalInterface
public interface RefusedFormPage {

    /** The page, in {@code language}; made beforehand, so it costs next to nothing to send. */
    record Page(String language, byte[] html) {
    }

    /** The page for this refused request, or empty when it is not this form's, or not ready. */
    Optional<Page> page(HttpServletRequest request);
}
