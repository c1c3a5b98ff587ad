package org.lumbarguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsrfTests {

    @Test
    void theTokenIsReadFromTheFieldWhateverTheOrderOfItsAttributes() {
        assertThat(Csrf.token("<form><input type=\"hidden\" name=\"_csrf\" value=\"abc-1_2\"/></form>")).isEqualTo("abc-1_2");
        assertThat(Csrf.token("<form><input value='x=y' type=hidden name=_csrf></form>")).isEqualTo("x=y");
        assertThat(Csrf.findToken("<form><input name=\"topic\" value=\"symptoms\"></form>")).isEmpty();
        assertThatThrownBy(() -> Csrf.token("<p>No form</p>")).isInstanceOf(AssertionError.class);
    }

    @Test
    void theCookieIsFoundAmongOtherCookiesAndAttributes() {
        assertThat(Csrf.findCookie(List.of("XSRF-TOKEN=3f1a-77; Path=/; HttpOnly; SameSite=Lax"))).hasValue("3f1a-77");
        assertThat(Csrf.findCookie(List.of("JSESSIONID=ABC; Path=/editor\nXSRF-TOKEN=t0k; Path=/; Secure"))).hasValue("t0k");
        assertThat(Csrf.findCookie(List.of("MY-XSRF-TOKEN=no; Path=/"))).isEmpty();
        assertThat(Csrf.findCookie(List.of(""))).isEmpty();
    }

    @Test
    void aRawPagesPairGivesTheHeadersABrowserWouldSend() {
        RawHttp.Response page = new RawHttp.Response(200, Map.of("set-cookie", "XSRF-TOKEN=c00k; Path=/; HttpOnly"),
                "<input type=\"hidden\" name=\"_csrf\" value=\"m4sked\">", "");
        Csrf.Pair pair = Csrf.of(page);
        assertThat(pair.cookieHeader()).isEqualTo("Cookie: XSRF-TOKEN=c00k");
        assertThat(pair.tokenHeader()).isEqualTo("X-XSRF-TOKEN: m4sked");
    }

    @Test
    void fieldsKeepTheirOrderAndAreEncodedAsUtf8() {
        assertThat(SiteClient.encode(SiteClient.fields("section", "a", "section", "b", "name", "José Müller – ñ ü ¿")))
                .isEqualTo("section=a&section=b&name=Jos%C3%A9+M%C3%BCller+%E2%80%93+%C3%B1+%C3%BC+%C2%BF");
    }
}
