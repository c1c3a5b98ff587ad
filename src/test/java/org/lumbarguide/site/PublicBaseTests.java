package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lumbarguide.config.TestSettings;
import org.springframework.mock.web.MockHttpServletRequest;

/** Absolute addresses start with the configured public address, else with the address the request came to. */
class PublicBaseTests {

    @Test
    void theConfiguredAddressWinsWhateverTheRequestNames() {
        PublicBase base = new PublicBase(TestSettings.with("lumbarguide.public-base-url=https://guide.example.org/"));
        assertThat(base.isConfigured()).isTrue();
        assertThat(base.of(request("http", "evil.example", 8080, ""))).isEqualTo("https://guide.example.org");
        PublicBase underAPath = new PublicBase(TestSettings.with("lumbarguide.public-base-url=https://example.org/guide"));
        assertThat(underAPath.of(request("http", "localhost", 80, ""))).isEqualTo("https://example.org/guide");
    }

    @Test
    void withoutOneTheRequestsSchemeHostPortAndContextPathAreUsed() {
        PublicBase base = new PublicBase(TestSettings.defaults());
        assertThat(base.isConfigured()).isFalse();
        assertThat(base.of(request("https", "guia.example.org", 443, ""))).isEqualTo("https://guia.example.org");
        assertThat(base.of(request("http", "localhost", 8080, ""))).isEqualTo("http://localhost:8080");
        assertThat(base.of(request("http", "localhost", 80, "/guide"))).isEqualTo("http://localhost/guide");
    }

    private static MockHttpServletRequest request(String scheme, String host, int port, String contextPath) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/topics");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        request.setContextPath(contextPath);
        return request;
    }
}
