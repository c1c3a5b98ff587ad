package org.lumbarguide.editor;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.content.ReleaseProposals;
import org.lumbarguide.content.ReleaseProposals.Proposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place the editor's controllers answer a request that was refused or lost a race, each with its page
 * again and everything the editor typed kept in it:
 * <ul>
 * <li>{@link Drafts.Refused}: 403 (this editor may never do it) or 409 (the draft's state does not allow it now),
 * the edit or proposal page with the reason;</li>
 * <li>{@link Drafts.Conflict}, and a lost row lock or first insert: 409, the conflict page with both texts for
 * the edit form, the page again (the draft changed) for a review, the list as it is now for accounts;</li>
 * <li>{@link Drafts.Invalid}: 400, the edit page with the draft's problems on its text;</li>
 * <li>{@link Proposals.AlreadyDecided}: 409, the proposal as decided (by whom and when);
 * {@link ReleaseProposals.Unusable}: 400, the proposal with its problem;</li>
 * <li>{@link Accounts.Refused}: the accounts page (404 unknown, 400 no role, 409 otherwise);</li>
 * <li>an {@link AccessDeniedException} from {@link EditorRights}: 403, who may do it;</li>
 * <li>a value that does not convert (a form field, an id in the address): 400 or 404, never logged.</li>
 * </ul>
 * Ordered before {@link DatabaseUnavailable}, which stays the net for outages and for the other editor pages.
 */
@ControllerAdvice(assignableTypes = {TopicEditorController.class, ProposalController.class,
        UserAdminController.class, AccountController.class, FeedbackAdminController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EditorRefusals {

    private static final Logger log = LoggerFactory.getLogger(EditorRefusals.class);
    /** Where a refusal about a proposal that has gone meanwhile leads: the list as it is now. */
    private static final String PROPOSALS = "redirect:/editor/proposals";

    private final EditPage editPage;
    private final ProposalPage proposalPage;
    private final UsersPage usersPage;
    private final Proposals proposals;

    EditorRefusals(EditPage editPage, ProposalPage proposalPage, UsersPage usersPage, Proposals proposals) {
        this.editPage = editPage;
        this.proposalPage = proposalPage;
        this.usersPage = usersPage;
        this.proposals = proposals;
    }

    @ExceptionHandler(Drafts.Refused.class)
    String refused(Drafts.Refused refused, HandlerMethod handler, HttpServletRequest request,
                   HttpServletResponse response, Model model, Authentication user, Locale locale) {
        EditorModel.signedIn(model, user);
        response.setStatus(refused.forbidden ? HttpStatus.FORBIDDEN.value() : HttpStatus.CONFLICT.value());
        if (handler.getBeanType() == ProposalController.class) {
            return proposal(request).map(proposal -> proposalPage.problem(model, proposal,
                    proposalPage.message(refused.messageKey, locale), user, locale)).orElse(PROPOSALS);
        }
        return editPage.refused(model, path(request, "language"), path(request, "key"), refused.messageKey, request,
                user);
    }

    /**
     * Another editor got there first: a stale version, a lost row lock or a lost first insert (checked input
     * breaks no other rule), never that the database is away.
     */
    @ExceptionHandler({Drafts.Conflict.class, ConcurrencyFailureException.class,
            DataIntegrityViolationException.class})
    String conflict(HandlerMethod handler, HttpServletRequest request, HttpServletResponse response, Model model,
                    Authentication user, Locale locale) {
        EditorModel.signedIn(model, user);
        response.setStatus(HttpStatus.CONFLICT.value());
        if (handler.getBeanType() == TopicEditorController.class) {
            String language = path(request, "language");
            String key = path(request, "key");
            String text = request.getParameter("text");
            if (text != null) {
                return editPage.conflict(model, language, key, text);
            }
            String why = request.getRequestURI().endsWith("/restore") ? "editor.refused.draftOpen"
                    : "editor.edit.changed";
            return editPage.refused(model, language, key, why, request, user);
        }
        if (handler.getBeanType() == ProposalController.class) {
            // Lost a row lock to, or inserted the same draft as, another editor deciding at this moment.
            return proposal(request).map(now -> proposalPage.problem(model, now, now.pending()
                    ? proposalPage.message("editor.refused.draftOpen", locale) : null, user, locale)).orElse(PROPOSALS);
        }
        if (handler.getBeanType() == UserAdminController.class) {
            // Two administrators adding the same user name at once, or changing one account: the list as it is now.
            keepAccountForm(request, model);
            return usersPage.refused(model, "editor.users.refused.changed");
        }
        DatabaseUnavailable.keepWhatWasTyped(request, model);
        return "editor/changed";
    }

    @ExceptionHandler(Drafts.Invalid.class)
    String invalid(Drafts.Invalid invalid, HttpServletRequest request, HttpServletResponse response, Model model,
                   Authentication user) {
        EditorModel.signedIn(model, user);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return editPage.invalid(model, path(request, "language"), path(request, "key"), invalid.problems, request,
                user);
    }

    @ExceptionHandler(Proposals.AlreadyDecided.class)
    String alreadyDecided(Proposals.AlreadyDecided decided, HttpServletResponse response, Model model,
                          Authentication user, Locale locale) {
        EditorModel.signedIn(model, user);
        response.setStatus(HttpStatus.CONFLICT.value());
        return proposalPage.show(model, decided.proposal, user, locale);
    }

    @ExceptionHandler(ReleaseProposals.Unusable.class)
    String unusable(ReleaseProposals.Unusable unusable, HttpServletRequest request, HttpServletResponse response,
                    Model model, Authentication user, Locale locale) {
        EditorModel.signedIn(model, user);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        String problem = proposalPage.message("editor.proposals.unusable", locale,
                proposalPage.message(unusable.problem, locale));
        return proposal(request).map(proposal -> proposalPage.problem(model, proposal, problem, user, locale))
                .orElse(PROPOSALS);
    }

    @ExceptionHandler(Accounts.Refused.class)
    ModelAndView accountRefused(Accounts.Refused refused, HandlerMethod handler, HttpServletResponse response,
                                Model model, Authentication user) throws IOException {
        EditorModel.signedIn(model, user);
        HttpStatus status = switch (refused.reason) {
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            case NO_ROLE -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.CONFLICT;
        };
        if (handler.getBeanType() != UserAdminController.class) {
            response.sendError(status.value());
            return null;
        }
        response.setStatus(status.value());
        return new ModelAndView(usersPage.refused(model, refused.reason.messageKey));
    }

    /** A right this editor's roles do not give (EditorRights): 403, saying who may, and what was typed. */
    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HandlerMethod handler, HttpServletRequest request, HttpServletResponse response, Model model,
                     Authentication user) {
        EditorModel.signedIn(model, user);
        String refusal = EditorRights.refusal(handler);
        log.info("Editor request refused: {} ({})", refusal, handler.getMethod().getName());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("refusal", refusal);
        DatabaseUnavailable.keepWhatWasTyped(request, model);
        return "editor/forbidden";
    }

    /**
     * A value that does not convert: an id in the address (404: it names nothing) or a request parameter
     * (400). Spring's own resolver would log the value typed; this answers without logging it.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException mismatch, HandlerMethod handler,
                              HttpServletResponse response, Model model, Authentication user) throws IOException {
        EditorModel.signedIn(model, user);
        if (handler.getBeanType() == UserAdminController.class) {
            return nonsense(response, model);
        }
        response.sendError(mismatch.getParameter().hasParameterAnnotation(PathVariable.class)
                ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
        return null;
    }

    /**
     * A form whose fields do not convert (a version, a role or a flag the page cannot have sent: a garbled or
     * made-up request): 400, nothing done, and what was typed kept.
     */
    @ExceptionHandler(BindException.class)
    ModelAndView unreadableForm(HandlerMethod handler, HttpServletRequest request, HttpServletResponse response,
                                Model model, Authentication user) throws IOException {
        EditorModel.signedIn(model, user);
        if (handler.getBeanType() == TopicEditorController.class) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return new ModelAndView(editPage.refused(model, path(request, "language"), path(request, "key"),
                    "editor.refused.nonsense", request, user));
        }
        if (handler.getBeanType() == UserAdminController.class) {
            keepAccountForm(request, model);
            return nonsense(response, model);
        }
        response.sendError(HttpStatus.BAD_REQUEST.value());
        return null;
    }

    /**
     * Stops a handler whose form did not convert (a version or a role that is no number or no role: not what
     * the page sends), so that {@link #unreadableForm} answers it. Spring keeps such a form's errors without
     * the form itself (its model holds null), so the handler's own page could not show it again.
     */
    static void requireReadable(BindingResult result) throws BindException {
        if (result.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
            throw new BindException(result);
        }
    }

    /** The new-account form as typed (but the password and the roles), when that is the form that was refused. */
    private static void keepAccountForm(HttpServletRequest request, Model model) {
        if (request.getRequestURI().endsWith("/editor/users")) {
            model.addAttribute("accountForm", new Accounts.NewAccount(request.getParameter("username"),
                    request.getParameter("displayName"), request.getParameter("clinicalRole"),
                    request.getParameter("clinicalRoleEs"), null, Set.of()));
        }
    }

    private ModelAndView nonsense(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return new ModelAndView(usersPage.refused(model, "editor.users.refused.nonsense"));
    }

    /** The proposal the request was about, as it is now (empty if it has gone: the list is shown instead). */
    private Optional<Proposal> proposal(HttpServletRequest request) {
        try {
            return proposals.find(Long.parseLong(path(request, "id")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static String path(HttpServletRequest request, String name) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? ((Map<String, String>) map).get(name) : null;
    }
}
