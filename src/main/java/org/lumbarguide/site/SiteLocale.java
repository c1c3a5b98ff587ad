package org.lumbarguide.site;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.lumbarguide.config.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The one place a request's language is chosen: Spring MVC's {@link LocaleResolver}, so controllers (a
 * {@link Locale} argument), messages ({@code #{...}}), dates and every template's {@code <html lang>}
 * ({@code #locale}) and the response's {@code Content-Language} all agree. It reads Accept-Language but
 * chooses only among {@link Languages#SUPPORTED} (a regional variant such as {@code en-GB} gets its language),
 * and gives the default to a visitor who asks for none of them. With English alone, every page is English:
 * a French browser no longer gets French month names in a page that is then kept for every visitor.
 * <p>
 * The pages kept in memory ({@link RenderedPageFilter}) are chosen before Spring MVC runs, so they ask this
 * resolver too ({@link #language(LocaleResolver, HttpServletRequest)}), and are kept per language.
 */
@Configuration(proxyBeanMethods = false)
class SiteLocale {

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(Languages.SUPPORTED);
        resolver.setDefaultLocale(Languages.DEFAULT);
        return resolver;
    }

    /** The content's language code for this request, as the resolver chooses it. */
    static String language(LocaleResolver resolver, HttpServletRequest request) {
        return Languages.code(resolver.resolveLocale(request));
    }
}
