package org.lumbarguide.editor;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in editor's session as soon as its account is stopped, or its roles or password change,
 * on whichever instance made the change: every editor request compares the session's stamp with the
 * account row (a primary-key read; the editor is rarely used). An account that must choose a new
 * password sees only the change-password page until it has.
 *
 * <p>Not a bean: Spring Boot would register a Filter bean for every URL; it runs only in the editor's chain.
 */
final class AccountSessionFilter extends OncePerRequestFilter {

    static final String ENDED = EditorSecurityConfig.SIGN_IN + "?ended";
    static final String CHANGE_PASSWORD = "/editor/account/password";

    private static final Logger log = LoggerFactory.getLogger(AccountSessionFilter.class);

    private final Accounts accounts;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    AccountSessionFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Accounts.EditorPrincipal principal) {
            Optional<EditorUserRepository.SessionState> state;
            try {
                state = accounts.sessionState(principal.id());
            } catch (DataAccessException e) {
                // Without the database nothing can be saved either: the page's own handler says so and keeps the text.
                chain.doFilter(request, response);
                return;
            }
            if (state.isEmpty() || !state.get().getEnabled()
                    || state.get().getSessionStamp() != principal.sessionStamp()) {
                log.info("Editor session ended: its account was stopped or changed since sign-in");
                logout.logout(request, response, authentication);
                response.sendRedirect(request.getContextPath() + ENDED);
                return;
            }
            if (state.get().getMustChangePassword() && !mayVisitBeforeChangingPassword(request)) {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean mayVisitBeforeChangingPassword(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(CHANGE_PASSWORD) || path.equals("/editor/sign-out");
    }
}
