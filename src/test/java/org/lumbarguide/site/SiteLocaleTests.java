package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Languages;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/** The language is the address's: Spanish at {@code /es} and under it, English everywhere else. */
class SiteLocaleTests {

    final LocaleResolver resolver = new SiteLocale().localeResolver();

    @Test
    void spanishIsTheLanguageOfEsAndEverythingUnderIt() {
        for (String path : new String[] {"/es", "/es/", "/es/temas", "/es/temas/sintomas", "/es/glosario",
                "/es/comentarios", "/es/buscar", "/es/nope"}) {
            assertThat(resolver.resolveLocale(request(path, "en-GB,en;q=0.9"))).as(path).isEqualTo(Languages.SPANISH);
        }
    }

    @Test
    void everyOtherAddressIsEnglishWhateverTheBrowserAsks() {
        for (String path : new String[] {"/", "/topics", "/topics/symptoms", "/glossary", "/espalda", "/e", "/ES",
                "/handouts", "/editor", "/topics/es"}) {
            assertThat(resolver.resolveLocale(request(path, "es-MX,es;q=0.9"))).as(path).isEqualTo(Locale.ENGLISH);
        }
    }

    @Test
    void anErrorPageIsInTheLanguageOfTheAddressThatFailed() {
        MockHttpServletRequest error = request("/error", null);
        error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/es/temas/nope");
        assertThat(resolver.resolveLocale(error)).isEqualTo(Languages.SPANISH);
        error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/topics/nope");
        assertThat(resolver.resolveLocale(error)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theContextPathIsNotPartOfTheAddressesWords() {
        MockHttpServletRequest request = request("/guide/es/temas", null);
        request.setContextPath("/guide");
        assertThat(resolver.resolveLocale(request)).isEqualTo(Languages.SPANISH);
        MockHttpServletRequest under = request("/es/topics", null);
        under.setContextPath("/es");
        assertThat(resolver.resolveLocale(under)).as("a context path that happens to be /es").isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theLanguageCannotBeSetAnyOtherWay() {
        assertThatThrownBy(() -> resolver.setLocale(request("/", null), new MockHttpServletResponse(),
                Languages.SPANISH)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static MockHttpServletRequest request(String path, String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }
}
