package org.lumbarguide.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class FirstLanguagesTests {

    private static final String ELEVEN =
            "en-GB,en;q=0.9,es;q=0.8,fr;q=0.7,de;q=0.6,it;q=0.5,pt;q=0.4,nl;q=0.3,pl;q=0.2,sv;q=0.1,da;q=0.05";

    @Test
    void onlyTheFirstTenEntriesAreReadBestFirst() {
        assertThat(FirstLanguages.parse(ELEVEN)).hasSize(10).startsWith(Locale.forLanguageTag("en-GB"), Locale.ENGLISH)
                .doesNotContain(Locale.forLanguageTag("da"));
        assertThat(FirstLanguages.parse("fr;q=0.2,es;q=0.9,de")).containsExactly(Locale.GERMAN,
                Locale.forLanguageTag("es"), Locale.FRENCH);
    }

    @Test
    void unreadableEntriesWildcardsAndRefusedLanguagesAreSkipped() {
        assertThat(FirstLanguages.parse("x_y!!,*,es;q=0,;;,en;q=0.5")).containsExactly(Locale.ENGLISH);
    }

    @Test
    void aShortHeaderIsLeftToTheContainerAndALongOneIsCut() {
        MockHttpServletRequest shortOne = new MockHttpServletRequest();
        shortOne.addHeader("Accept-Language", "es,en;q=0.5");
        assertThat(FirstLanguages.of(shortOne)).isSameAs(shortOne);

        MockHttpServletRequest longOne = new MockHttpServletRequest();
        longOne.addHeader("Accept-Language", "es;q=0.1," + ELEVEN);
        assertThat(FirstLanguages.of(longOne).getLocale()).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(Collections.list(FirstLanguages.of(longOne).getLocales())).as("es is listed twice").hasSize(9);
    }
}
