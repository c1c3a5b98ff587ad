package org.lumbarguide.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Accept-Encoding and If-None-Match read by the rules of RFC 9110 (sections 12.5.3 and 13.1.2). */
class NegotiationTests {

    @ParameterizedTest(name = "[{index}] Accept-Encoding: {0}")
    @ValueSource(strings = {
            "gzip", "GZIP", "x-gzip", "gzip, deflate, br, zstd", "br;q=1.0, gzip;q=0.8, *;q=0.1",
            // A weight below 1 is still acceptance (the old substring check took gzip;q=0.5 for a refusal).
            "gzip;q=0.5", "gzip; q=0.5", "gzip ;Q=0.001", "gzip;q=1.000",
            // * stands for every coding not named.
            "*", "br, *;q=0.5", "identity;q=0.5, *",
            // Equal weights: the smaller variant.
            "identity, gzip", "identity;q=0.5, gzip;q=0.5"})
    void gzipIsSentWhenAcceptableAndNotOutweighedByIdentity(String header) {
        assertThat(Negotiation.prefersGzip(header)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] Accept-Encoding: \"{0}\"")
    @ValueSource(strings = {
            // gzip refused, however it is spelt (the old check sent gzip for "gzip; q=0").
            "gzip;q=0", "gzip; q=0", "gzip ; q=0.000", "GZIP;Q=0", "gzip;q=0, *", "*;q=0", "br, *;q=0",
            // Not named and no *: not acceptable.
            "", " ", "br", "deflate, br", "identity",
            // Identity weighed above gzip.
            "identity;q=1, gzip;q=0.5", "gzip;q=0.2, identity;q=0.3",
            // A malformed weight makes its entry void, not a 1.
            "gzip;q=2", "gzip;q=abc", "gzip;q=0.5555", "gzip;q=", "gzip;q=-1"})
    void thePlainPageIsSentOtherwise(String header) {
        assertThat(Negotiation.prefersGzip(header)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] no header")
    @ValueSource(strings = "unused")
    void noAcceptEncodingMeansThePlainPage(String unused) {
        assertThat(Negotiation.prefersGzip(null)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] If-None-Match: {0}")
    @ValueSource(strings = {"\"abc\"", "W/\"abc\"", "\"abc-gzip\"", "W/\"abc-gzip\"", "*", " * ",
            "\"old\", \"abc\"", "\"old\",W/\"abc\"", "\"a,b\", \"abc\"", "junk, \"abc\""})
    void aMatchingTagOrAStarIsAHit(String header) {
        assertThat(Negotiation.noneMatchHits(header, "\"abc\"", "\"abc-gzip\"")).isTrue();
    }

    @ParameterizedTest(name = "[{index}] If-None-Match: {0}")
    @CsvSource(delimiter = '|', value = {"\"ab\"", "\"abcd\"", "abc", "\"ABC\"", "W/abc", "\"old\", \"other\"",
            "\"abc", "w/\"abc\"", "\"a,\"abc\"\""})
    void anythingElseIsAMiss(String header) {
        assertThat(Negotiation.noneMatchHits(header, "\"abc\"", "\"abc-gzip\"")).isFalse();
        assertThat(Negotiation.noneMatchHits(null, "\"abc\"")).isFalse();
    }
}
