package org.lumbarguide.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumbarguide.handout.HandoutClient.fields;

import org.lumbarguide.config.Languages;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
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

    private static FormElement toolbarForm(Document printView) {
        List<FormElement> forms = printView.select(".toolbar form").forms();
        assertThat(forms).as("the print view's toolbar has one form").hasSize(1);
        return forms.get(0);
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

    @Test
    void changeTheChoicesBringsBackEveryFieldAndNothingPrivateEntersAnAddress() {
        HandoutClient client = client("192.0.2.63");
        Typed typed = Typed.unique();
        String part = Jsoup.parse(client.get("/handouts").body()).select("input[name=section][value^=diagnosis:]")
                .get(1).val();
        HttpResponse<byte[]> print = client.post(typed.with("topic", "symptoms", "section", part, "paper", "letter",
                "size", "large", "format", "keypoints", "qr", "false", "output", "print"));
        assertThat(print.statusCode()).isEqualTo(200);

        HttpResponse<byte[]> edit = client.submit(toolbarForm(page(print)), "edit");
        assertThat(edit.statusCode()).isEqualTo(200);
        Document builder = page(edit);
        assertThat(builder.select(".error-summary")).isEmpty();
        assertThat(builder.select("#clinicName").val()).isEqualTo(typed.clinic());
        assertThat(builder.select("#clinicPhone").val()).isEqualTo(typed.phone());
        assertThat(builder.select("#note").val()).isEqualTo(typed.note());
        assertThat(builder.select("#patientName").val()).isEqualTo(typed.name());
        assertThat(builder.select("#helplineNumber").val()).isEqualTo(typed.helpline());
        assertThat(builder.select("input[name=topic][checked]").eachAttr("value")).as("a topic with parts chosen is ticked")
                .containsExactly("symptoms", "diagnosis");
        assertThat(builder.select("input[name=section][checked]").eachAttr("value")).containsExactly(part);
        assertThat(builder.select("input[name=paper][checked]").val()).isEqualTo("letter");
        assertThat(builder.select("input[name=size][checked]").val()).isEqualTo("large");
        assertThat(builder.select("input[name=format][checked]").val()).isEqualTo("keypoints");
        assertThat(builder.select("input[name=qr][checked]").val()).isEqualTo("false");

        // And the builder sends it all on again.
        HttpResponse<byte[]> again = client.submit(builder.select("form.handout-form").forms().get(0), "print");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(withoutToken(toolbarForm(page(again)))).isEqualTo(withoutToken(toolbarForm(page(print))));
        for (HttpResponse<byte[]> response : List.of(print, edit, again)) {
            noneInAnAddress(response, typed.all());
        }
    }

    @Test
    void thePrintViewsDownloadButtonMakesThePdfWithEverythingTyped() throws IOException {
        HandoutClient client = client("192.0.2.64");
        Typed typed = Typed.unique();
        HttpResponse<byte[]> print = client.post(typed.with("topic", "prognosis", "paper", "a4", "qr", "false",
                "output", "print"));
        assertThat(print.statusCode()).isEqualTo(200);

        HttpResponse<byte[]> pdf = client.submit(toolbarForm(page(print)), "pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Information for " + typed.name()).contains(typed.clinic()).contains(typed.phone())
                .contains(typed.note().replaceAll("\\s+", " ")).contains(typed.helpline());
        assertThat(pdf.uri().toString()).doesNotContain("?");
        assertThat(pdf.headers().map().toString()).doesNotContain(typed.name()).doesNotContain(typed.helpline());
    }

    @Test
    void changeTheChoicesWithNothingChosenIsNoErrorAndKeepsWhatWasTyped() {
        HandoutClient client = client("192.0.2.65");
        Typed typed = Typed.unique();
        HttpResponse<byte[]> edit = client.post(typed.with("output", "edit"));
        assertThat(edit.statusCode()).isEqualTo(200);
        Document builder = page(edit);
        assertThat(builder.select(".error-summary, .field-error")).isEmpty();
        assertThat(builder.select("#patientName").val()).isEqualTo(typed.name());
        assertThat(builder.select("#note").val()).isEqualTo(typed.note());

        HttpResponse<byte[]> bad = client.post(typed.with("topic", "nope", "output", "edit"));
        assertThat(bad.statusCode()).as("a wrong value is still an error, with everything kept").isEqualTo(400);
        assertThat(page(bad).select("#field-topic .field-error").text()).contains("nope");
        assertThat(page(bad).select("#patientName").val()).isEqualTo(typed.name());
    }

    @Test
    void aTickedTopicIsAllOfItAndChoosingPartsIsAStepOfItsOwn() {
        HandoutClient client = client("192.0.2.66");
        Document whole = Jsoup.parse(client.get("/handouts?topic=prognosis").body());
        assertThat(whole.select("#scope-prognosis").text()).isEqualTo("all parts included");
        assertThat(whole.select("#topic-prognosis").attr("aria-describedby")).isEqualTo("scope-prognosis");
        assertThat(whole.select("#topic-prognosis ~ details").hasAttr("open")).isFalse();
        assertThat(whole.select("#topic-prognosis ~ details summary").text()).endsWith(" instead");
        assertThat(whole.select("#field-topic > .hint").text()).contains("Tick a topic to print all of it");
        assertThat(whole.select("#scope-diagnosis").text()).isEmpty();

        List<String> parts = whole.select("input[name=section][value^=prognosis:]").eachAttr("value");
        assertThat(parts).hasSizeGreaterThan(2);
        Document some = Jsoup.parse(client.get("/handouts?section=" + parts.get(1)).body());
        assertThat(some.select("#topic-prognosis").hasAttr("checked")).as("its topic is ticked").isTrue();
        assertThat(some.select("#scope-prognosis").text()).isEqualTo("only 1 of " + parts.size() + " parts");
        assertThat(some.select("#topic-prognosis ~ details").hasAttr("open")).isTrue();

        // Every part ticked is the whole topic: said once, as the topic, in the form and in the bookmark.
        StringBuilder everyPart = new StringBuilder("/handouts?paper=a4");
        parts.forEach(part -> everyPart.append("&section=").append(part));
        Document all = Jsoup.parse(client.get(everyPart.toString()).body());
        assertThat(all.select("#scope-prognosis").text()).isEqualTo("all parts included");
        assertThat(all.select("input[name=section][checked]")).isEmpty();
        assertThat(all.select(".bookmark a").attr("href")).contains("topic=prognosis").doesNotContain("section=");

        // The handout follows the same rule.
        Document onePart = page(client.post(fields("topic", "prognosis", "section", parts.get(1), "qr", "false",
                "output", "print")));
        assertThat(onePart.select(".handout-section")).hasSize(1);
        Document wholeTopic = page(client.post(fields("topic", "prognosis", "qr", "false", "output", "print")));
        assertThat(wholeTopic.select(".handout-section")).hasSize(parts.size());
    }

    @Test
    void theQuestionsAreATopicAndOldBookmarksWithQuestionsStillWork() {
        HandoutClient client = client("192.0.2.67");
        Document form = Jsoup.parse(client.get("/handouts?topic=symptoms&questions=true").body());
        assertThat(form.select("input[name=questions]")).as("no separate yes/no question").isEmpty();
        assertThat(form.select("#topic-questions").hasAttr("checked")).isTrue();
        assertThat(form.select(".bookmark a").attr("href")).contains("topic=questions").doesNotContain("questions=");
        Document view = page(client.post(fields("questions", "true", "qr", "false", "output", "print")));
        assertThat(view.select(".handout-topic h2").eachText()).hasSize(1)
                .allSatisfy(title -> assertThat(title).containsIgnoringCase("question"));
        assertThat(view.select(".toolbar input[name=topic]").eachAttr("value")).containsExactly("questions");
    }

    @Test
    void theBuilderOffersEveryLanguageAndASpanishHandoutIsSpanishThroughout() {
        assertThat(Languages.codes()).containsExactly("en", "es");
        HandoutClient client = client("192.0.2.68");
        Document form = Jsoup.parse(client.get("/handouts").body());
        // Each language of the guide, then the bilingual handout (Spanish, each part followed by its English).
        assertThat(form.select("select[name=lang] option").eachAttr("value")).containsExactly("en", "es", "es-en");
        Typed typed = Typed.unique();
        Document handout = page(client.post(typed.with("topic", "symptoms", "lang", "es", "qr", "false",
                "output", "print")));
        assertThat(handout.select("html").attr("lang")).isEqualTo("es");
        assertThat(handout.title()).as("the handout's own words in Spanish")
                .isEqualTo("Guía del cáncer de la columna lumbar: información para usted");
        assertThat(handout.text()).contains("Emergencia: busque ayuda ahora").doesNotContain("Emergency: get help now");
        assertThat(handout.text()).as("what the clinician typed").contains(typed.clinic(), typed.name());
    }

    @Test
    void thePageEstimateIsShownWheneverSomethingIsChosen() {
        HandoutClient client = client("192.0.2.69");
        assertThat(Jsoup.parse(client.get("/handouts").body()).select("#page-estimate").text()).isEmpty();
        assertThat(Jsoup.parse(client.get("/handouts?topic=symptoms&paper=a4&size=large").body())
                .select("#page-estimate").text()).matches("About \\d+ pages \\(A4, large print\\)");
        Typed typed = Typed.unique();
        HttpResponse<byte[]> print = client.post(typed.with("topic", "prognosis", "paper", "letter", "output", "print"));
        Document again = page(client.submit(toolbarForm(page(print)), "edit"));
        assertThat(again.select("#page-estimate").text()).matches("About \\d+ pages? \\(Letter, regular print\\)");
        Document error = page(client.post(typed.with("topic", "prognosis", "note", "x".repeat(1001), "output", "pdf")));
        assertThat(error.select(".error-summary")).isNotEmpty();
        assertThat(error.select("#page-estimate").text()).startsWith("About ");
        assertThat(error.select("form.handout-form").attr("data-estimate")).contains("\"fits\"");
    }

    private static List<String> withoutToken(FormElement form) {
        return form.formData().stream().filter(data -> !data.key().equals("_csrf"))
                .map(data -> data.key() + "=" + data.value()).toList();
    }

    /** What a clinician types: each value unique to one run, so finding it anywhere else means it leaked. */
    private record Typed(String clinic, String phone, String note, String name, String helpline) {

        static Typed unique() {
            int run = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
            return new Typed("Riverside " + run + " Clinic", "0161 " + run, "Bring your scans & \"letters\".\n"
                    + "See you on Tuesday " + run + ".", "Robin Quill-" + run, "0800 " + (run + 1));
        }

        List<String> all() {
            return List.of(clinic, phone, note, name, helpline);
        }

        /** These fields, then the choices given. */
        List<java.util.Map.Entry<String, String>> with(String... choices) {
            List<java.util.Map.Entry<String, String>> fields = new ArrayList<>(fields(choices));
            fields.addAll(fields("clinicName", clinic, "clinicPhone", phone, "note", note, "patientName", name,
                    "helplineNumber", helpline));
            return fields;
        }
    }

    /** The address, the headers and every link and form action of a response carry none of these values. */
    private static void noneInAnAddress(HttpResponse<byte[]> response, List<String> values) {
        Document page = page(response);
        List<String> addresses = new ArrayList<>(page.select("a[href]").eachAttr("href"));
        addresses.addAll(page.select("form[action]").eachAttr("action"));
        addresses.add(response.uri().toString());
        addresses.add(response.headers().map().toString());
        for (String value : values) {
            for (String written : List.of(value, URLEncoder.encode(value, StandardCharsets.UTF_8),
                    value.replace(" ", "%20"))) {
                assertThat(addresses).as(value).noneMatch(address -> address.contains(written));
            }
        }
    }
}
