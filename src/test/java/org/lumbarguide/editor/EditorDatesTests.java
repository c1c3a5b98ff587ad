package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Editor dates as people read them, in each language, in the deployment's time zone (the clock's). */
class EditorDatesTests {

    static final Instant MOMENT = Instant.parse("2026-12-03T19:12:19.172Z");

    private static EditorDates.Formats formats(Locale locale, ZoneId zone) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new EditorDates(messages, Clock.fixed(MOMENT, zone)).in(locale);
    }

    @Test
    void aMomentReadsAsDayMonthYearAndTimeInEachLanguage() {
        assertThat(formats(Locale.ENGLISH, ZoneOffset.UTC).dateTime(MOMENT)).isEqualTo("3 Dec 2026, 19:12");
        assertThat(formats(Locale.forLanguageTag("es"), ZoneOffset.UTC).dateTime(MOMENT)).isEqualTo("3 dic 2026, 19:12");
    }

    @Test
    void theTimeIsTheDeploymentsZones() {
        assertThat(formats(Locale.ENGLISH, ZoneId.of("Europe/Madrid")).dateTime(MOMENT)).isEqualTo("3 Dec 2026, 20:12");
        assertThat(formats(Locale.ENGLISH, ZoneId.of("Pacific/Auckland")).date(MOMENT)).isEqualTo("4 Dec 2026");
    }

    @Test
    void aDayReadsAsADayAndNothingAsNothing() {
        assertThat(formats(Locale.ENGLISH, ZoneOffset.UTC).date(LocalDate.of(2026, 11, 25))).isEqualTo("25 Nov 2026");
        assertThat(formats(Locale.forLanguageTag("es"), ZoneOffset.UTC).date(LocalDate.of(2026, 1, 5))).isEqualTo("5 ene 2026");
        assertThat(formats(Locale.ENGLISH, ZoneOffset.UTC).dateTime(null)).isEmpty();
        assertThat(formats(Locale.ENGLISH, ZoneOffset.UTC).date(null)).isEmpty();
    }
}
