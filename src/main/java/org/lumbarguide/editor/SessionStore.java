package org.lumbarguide.editor;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.lumbarguide.system.FilterOrder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Editor sessions live in the database (Spring Session JDBC, tables from V12), so a sign-in holds on every
 * instance. Three things about that store are the editor's own:
 * <ul>
 * <li>When the database does not answer, a session can be neither read nor saved, and that fails in Spring
 * Session's filter, outside any controller, so {@link DatabaseUnavailable} never sees it. The filter here, just
 * in front of Spring Session's and for /editor only, answers the same way: 503, and the page that gives back
 * what was typed, so nothing is lost. Any other failure goes on as before.</li>
 * <li>Expired sessions are deleted here once a minute (Spring Session's own schedule is off:
 * spring.session.jdbc.cleanup-cron=-), so that while the database is away the log gets one line, as for the
 * content check, not a stack trace a minute. Every instance deletes; a delete that finds nothing is harmless.</li>
 * <li>A session holds Java-serialised objects (the signed-in account, the form token). One written by another
 * version of the app that this one cannot read (a class changed in an upgrade, during a rolling deploy) counts
 * as no session: the editor signs in again, instead of meeting an error on every page until it expires.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);

    private final JdbcIndexedSessionRepository sessions;
    private volatile boolean unreachable;

    SessionStore(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void deleteExpired() {
        try {
            sessions.cleanUpExpiredSessions();
            if (unreachable) {
                log.info("The database answers again; expired editor sessions are deleted again.");
                unreachable = false;
            }
        } catch (RuntimeException e) {
            if (!unreachable) {
                log.warn("Cannot delete expired editor sessions: the database does not answer ({}). Trying again "
                        + "every minute.", e.getClass().getSimpleName());
                unreachable = true;
            }
        }
    }

    /** Spring Session's own conversion (Java serialisation), read leniently; only Spring Session is given it (static:
     * Spring Session needs it before this class, which needs Spring Session's repository, can be made). */
    @Bean(name = "springSessionConversionService", defaultCandidate = false)
    static ConversionService springSessionConversionService() {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new Lenient(new DeserializingConverter(SessionStore.class.getClassLoader())));
        return conversions;
    }

    private record Lenient(DeserializingConverter java) implements Converter<byte[], Object> {

        @Override
        public Object convert(byte[] bytes) {
            try {
                return java.convert(bytes);
            } catch (SerializationFailedException e) {
                log.info("An editor session could not be read (written by another version of the app): it counts as "
                        + "signed out");
                return null;
            }
        }
    }

    @Bean
    FilterRegistrationBean<Filter> sessionStoreOutageFilter(ITemplateEngine templates, LocaleResolver locales) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(templates, locales));
        registration.addUrlPatterns("/editor", "/editor/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(FilterOrder.SESSION_STORE_OUTAGE);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final ITemplateEngine templates;
        private final LocaleResolver locales;

        Filter(ITemplateEngine templates, LocaleResolver locales) {
            this.templates = templates;
            this.locales = locales;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | IOException | RuntimeException e) {
                Throwable outage = outage(e);
                if (outage == null || response.isCommitted()) {
                    throw e;
                }
                log.warn("Editor request could not reach the session store ({})", outage.getClass().getSimpleName());
                unavailable(request, response);
            }
        }

        /** The database's own failure, as DatabaseUnavailable counts one (a lost race is not), or null. */
        private static Throwable outage(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConcurrencyFailureException) {
                    return null;
                }
                if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                        || cause instanceof TransientDataAccessException) {
                    return cause;
                }
            }
            return null;
        }

        private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding("UTF-8");
            boolean posted = "POST".equals(request.getMethod());
            Map<String, Object> model = new HashMap<>();
            model.put("typed", posted ? request.getParameter("text") : null);
            model.put("comment", posted ? request.getParameter("comment") : null);
            WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response), locales.resolveLocale(request), model);
            templates.process("editor/unavailable", context, response.getWriter());
        }
    }
}
