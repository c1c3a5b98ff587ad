package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressTests {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://LOCALHOST", "http://app.localhost:8080",
            "http://127.0.0.1:8080", "http://127.1.2.3", "http://[::1]:8080", "http://[0:0:0:0:0:0:0:1]",
            "http://0.0.0.0:8080"})
    void addressesOnlyThisComputerCanOpenAreLocal(String address) {
        assertThat(PublicAddress.isLocal(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://guide.example.org", "http://192.168.1.20:8080", "http://10.0.0.5",
            "http://[2001:db8::1]", "http://localhost.example.org", "http://128.0.0.1", "not an address"})
    void addressesOtherDevicesCanReachAreNot(String address) {
        assertThat(PublicAddress.isLocal(address)).isFalse();
    }
}
