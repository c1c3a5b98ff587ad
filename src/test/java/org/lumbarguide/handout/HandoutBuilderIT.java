package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumbarguide.handout.HandoutClient.fields;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lumbarguide.SiteIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The builder's flow as a clinician meets it: addresses patients can open, nothing typed lost between the
 * builder, the print view and the PDF, and choices that say what they do. Each test is its own client
 * (its own X-Forwarded-For, as through the proxy on loopback), so the per-client limits never interfere.
 */
@SiteIntegrationTest
class HandoutBuilderIT {

    @LocalServerPort
    int port;

    private HandoutClient client(String address, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Forwarded-For";
        all[1] = address;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return new HandoutClient(port, all);
    }

    private static Document page(HttpResponse<byte[]> response) {
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void onALocalAddressTheBuilderAndThePrintViewWarnThatPhonesCannotOpenTheLinks() {
        HandoutClient client = client("192.0.2.61");
        String local = "http://localhost:" + port;
        Document builder = Jsoup.parse(client.get("/handouts").body());
        assertThat(builder.select(".address-warning").text()).contains("cannot open").contains(local)
                .contains("Ask whoever runs this site");
        HttpResponse<byte[]> print = client.post(fields("topic", "symptoms", "qr", "true", "output", "print"));
        assertThat(print.statusCode()).isEqualTo(200);
        Document view = page(print);
        assertThat(view.select(".toolbar .address-warning").text()).contains("cannot open").contains(local);
        assertThat(view.select(".qr p").text()).contains(local + "/topics/symptoms");
    }

    @Test
    void behindATrustedProxyLinksUseTheAddressTheVisitorAskedFor() {
        HandoutClient client = client("192.0.2.62");
        String[] proxy = {"X-Forwarded-Host", "guide.example.org", "X-Forwarded-Proto", "https"};
        HttpResponse<byte[]> print = client.post(fields("topic", "symptoms", "qr", "true", "output", "print"), proxy);
        assertThat(print.statusCode()).isEqualTo(200);
        Document view = page(print);
        assertThat(view.select(".qr p").text()).contains("https://guide.example.org/topics/symptoms")
                .doesNotContain("localhost");
        assertThat(view.select(".qr img").attr("alt")).contains("https://guide.example.org/topics/symptoms");
        assertThat(view.select(".address-warning")).as("a public address: no warning").isEmpty();
        assertThat(Jsoup.parse(client("192.0.2.62", proxy).get("/handouts").body()).select(".address-warning"))
                .isEmpty();
    }
}
