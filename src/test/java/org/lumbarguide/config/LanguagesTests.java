package org.lumbarguide.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The one list of languages: English first (the default), then Spanish; nothing else is ever served. */
class LanguagesTests {

    @Test
    void englishIsTheDefaultAndSpanishIsServedToo() {
        assertThat(Languages.codes()).containsExactly("en", "es");
        assertThat(Languages.defaultCode()).isEqualTo("en");
        assertThat(Languages.DEFAULT).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.SPANISH.getLanguage()).isEqualTo("es");
    }

    @Test
    void aRegionalVariantIsServedInItsLanguageAndAnyOtherLanguageInTheDefault() {
        assertThat(Languages.servedCode(Locale.forLanguageTag("es-MX"))).isEqualTo("es");
        assertThat(Languages.servedCode(Locale.forLanguageTag("en-GB"))).isEqualTo("en");
        assertThat(Languages.servedCode(Locale.FRENCH)).isEqualTo("en");
        assertThat(Languages.servedCode(null)).isEqualTo("en");
        assertThat(Languages.isSupported("es")).isTrue();
        assertThat(Languages.isSupported("ES")).as("codes are lower case, as the content names them").isFalse();
        assertThat(Languages.isSupported("fr")).isFalse();
        assertThat(Languages.isSupported(null)).isFalse();
    }
}
