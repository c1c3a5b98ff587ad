package org.lumbarguide.editor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Spring counts a lost race (ConcurrencyFailureException: an optimistic-lock failure at commit, a row
 * lock given up, a deadlock victim) as a TransientDataAccessException, like an outage; it is not one.
 * It is answered here as a conflict (409, the most specific handler wins); {@link EditorRefusals} answers the
 * races of the pages it knows (both texts side by side), and this is the net for the rest.
 *
 * When the database does not answer, an editor gets a clear page (503) that gives back what they typed,
 * so it can be copied and saved later: nothing is lost, and no stack trace is shown or logged.
 */
@ControllerAdvice(basePackageClasses = DatabaseUnavailable.class)
class DatabaseUnavailable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, QueryTimeoutException.class})
    String unavailable(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.warn("Editor request could not reach the database ({})", e.getClass().getSimpleName());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        keepWhatWasTyped(request, model);
        return "editor/unavailable";
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    String changed(ConcurrencyFailureException e, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        keepWhatWasTyped(request, model);
        return "editor/changed";
    }

    /** A form's text and comment, shown again so the editor can copy them: nothing is lost. */
    static void keepWhatWasTyped(HttpServletRequest request, Model model) {
        boolean posted = "POST".equals(request.getMethod());
        model.addAttribute("typed", posted ? request.getParameter("text") : null);
        model.addAttribute("comment", posted ? request.getParameter("comment") : null);
    }
}
