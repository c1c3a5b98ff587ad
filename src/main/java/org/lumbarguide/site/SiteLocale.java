package org.lumbarguide.site;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.config.SitePaths;
import org.lumbarguide.config.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The one place a request's language is chosen: Spring MVC's {@link LocaleResolver}, so controllers (a
 * {@link Locale} argument), messages ({@code #{...}}), dates and numbers, every template's {@code <html lang>}
 * ({@code #locale}) and the response's {@code Content-Language} all agree. The language is the address's
 * ({@link SitePaths}): Spanish for {@code /es} and everything under {@code /es/}, English for every other
 * address. Accept-Language is not read: a page is the same for every visitor, so it is kept once, revalidated
 * with one ETag and cached by any proxy with no {@code Vary: Accept-Language}; a reader chooses a language with
 * the link every page carries, and a search engine indexes each language at its own address.
 * <p>
 * An error page is in the language of the address that failed ({@code /es/temas/nope} gives the Spanish 404):
 * on the container's error dispatch the path is {@code /error}, and the original address is read from the
 * request's error attribute.
 */
@Configuration(proxyBeanMethods = false)
class SiteLocale {

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new PathLocaleResolver();
    }

    /** The content's language code of a request path: {@code es} under {@code /es}, else {@code en}. */
    static String language(String path) {
        return SitePaths.ofPath(path).language();
    }

    /** The address whose language a request is answered in: the original one on an error dispatch. */
    static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }

    /** The language from the address; it cannot be set any other way. */
    static final class PathLocaleResolver implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            String language = language(path(request));
            for (Locale supported : Languages.SUPPORTED) {
                if (Languages.code(supported).equals(language)) {
                    return supported;
                }
            }
            return Languages.DEFAULT;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            throw new UnsupportedOperationException("The language is the address's: link to the page in the other "
                    + "language instead");
        }
    }
}
