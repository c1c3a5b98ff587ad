package org.lumbarguide.editor;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.system.SafeCsrfTokenRequestHandler;
import org.lumbarguide.system.SecurityConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Everything under /editor needs sign-in (form login, session cookie scoped to /editor, CSRF token in
 * the session, a new session id at sign-in), and a session lasts only while its account is unchanged
 * ({@link AccountSessionFilter}). The public site's own chain stays sessionless. What each role may do is
 * not decided here but by method security ({@link EditorRights}).
 */
@Configuration(proxyBeanMethods = false)
class EditorSecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(EditorSecurityConfig.class);

    static final String SIGN_IN = "/editor/sign-in";

    /**
     * Where a refused sign-in is forwarded to be answered by the sign-in page (not {@link #SIGN_IN} itself: a
     * forwarded POST there would be a second sign-in). Only a forward finds its request attribute; asked for
     * directly it is a 404 ({@link EditorController}).
     */
    static final String SIGN_IN_REFUSED = "/editor/sign-in/refused";

    /** The request attribute a refused sign-in is forwarded with. */
    static final String REFUSED = EditorSecurityConfig.class.getName() + ".REFUSED";

    /** Why a sign-in was refused, and the user name typed, to put back in its box (the password never is). */
    record Refused(boolean throttled, String typedName) {
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain editor(HttpSecurity http, Accounts accounts, PasswordEncoder passwords, SignInThrottle throttle,
                               AuditLog audit) throws Exception {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(passwords);
        SavedRequestAwareAuthenticationSuccessHandler toDashboard = new SavedRequestAwareAuthenticationSuccessHandler();
        toDashboard.setDefaultTargetUrl("/editor");
        http.securityMatcher("/editor/**")
                .authenticationManager(new ProviderManager(new Throttled(dao, throttle)))
                // Signed in at all; which role may do what is checked on the handler that does it (EditorRights).
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SIGN_IN, SIGN_IN_REFUSED).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN)
                        .successHandler((request, response, authentication) -> {
                            audit.record(authentication.getName(), AuditLog.Action.SIGN_IN, null, null);
                            toDashboard.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, exception) ->
                                failed(request, response, exception, accounts, audit)))
                .logout(logout -> logout.logoutUrl("/editor/sign-out")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                audit.record(authentication.getName(), AuditLog.Action.SIGN_OUT, null, null);
                            }
                        })
                        .logoutSuccessUrl(SIGN_IN + "?signedOut"))
                // Token from the body or a header only; a forged token is a 403, never a 500. It travels in a
                // cookie of the editor's own (not the session), and the page to return to after signing in too:
                // a visitor who is not signed in writes no session row, so only a real sign-in costs storage.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(new SafeCsrfTokenRequestHandler()))
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // Signed-in pages are private: never stored by a browser or a proxy.
                .headers(SecurityConfig::commonHeaders)
                .addFilterBefore(new AccountSessionFilter(accounts), AuthorizationFilter.class);
        return http.build();
    }

    /** The editor's CSRF cookie: its own name and path, so it never meets the public site's token cookie. */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName("EDITOR-XSRF-TOKEN");
        repository.setCookiePath("/editor");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Strict").httpOnly(true));
        return repository;
    }

    /**
     * Logs and audits a failed sign-in without the password, and never the typed name of an unknown account; then
     * the sign-in page answers at once (a forward, not a redirect), with the typed name back in its box. Nothing is
     * kept in a session, so a visitor who is not signed in still writes no session row.
     */
    private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception,
                               Accounts accounts, AuditLog audit) throws IOException, ServletException {
        String username = request.getParameter("username");
        boolean known = accounts.exists(username);
        boolean throttled = exception instanceof Throttled.TooManyTries;
        String actor = known ? Accounts.normalise(username) : null;
        audit.record(actor, throttled ? AuditLog.Action.SIGN_IN_THROTTLED : AuditLog.Action.SIGN_IN_FAILED, null,
                known ? null : "unknown account");
        log.info("Editor sign-in refused ({}, {} account)", throttled ? "too many tries" : "wrong details",
                known ? "known" : "unknown");
        request.setAttribute(REFUSED, new Refused(throttled, typedName(username)));
        request.getRequestDispatcher(SIGN_IN_REFUSED).forward(request, response);
    }

    /** The user name to show again: as typed, without surrounding spaces; none when blank or longer than the box. */
    private static String typedName(String username) {
        if (username == null || username.isBlank() || username.length() > 80) {
            return null;
        }
        return username.strip();
    }

    /** Refuses a sign-in while the account, the client or the pair has used up its tries; counts each failure. */
    static final class Throttled implements AuthenticationProvider {

        static final class TooManyTries extends AuthenticationException {
            TooManyTries() {
                super("Too many failed sign-ins");
            }
        }

        private final AuthenticationProvider delegate;
        private final SignInThrottle throttle;

        Throttled(AuthenticationProvider delegate, SignInThrottle throttle) {
            this.delegate = delegate;
            this.throttle = throttle;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                    ? details.getRemoteAddress() : "unknown";
            String username = authentication.getName();
            if (throttle.blocked(username, client)) {
                throw new TooManyTries();
            }
            try {
                return delegate.authenticate(authentication);
            } catch (BadCredentialsException | DisabledException e) {
                throttle.failed(username, client);
                throw e;
            }
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return delegate.supports(authentication);
        }
    }
}
