package org.lumbarguide.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.config.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The CDS Hooks 2.0 service: discovery at {@code GET /cds-services}, the patient-view service at
 * {@code POST /cds-services/lumbar-spine-guide}. Public and sessionless, no CSRF (an API a record system calls, not
 * a form; {@link CdsHooksSecurityConfig}), CORS open to any origin without credentials, as browser-based CDS
 * clients need. The body is read up to {@link #MAX_BODY} bytes and never logged or kept.
 */
@RestController
class CdsHooksController {

    static final String PATH = "/cds-services";
    /** A patient's prefetched problem list fits many times over; a larger body is refused before it is parsed. */
    static final int MAX_BODY = 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CdsHooksCards cards;
    private final MessageSource messages;
    private final GuideProperties settings;

    CdsHooksController(CdsHooksCards cards, MessageSource messages, GuideProperties settings) {
        this.cards = cards;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> discovery() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON)
                .body(cards.discovery());
    }

    @PostMapping(PATH + "/{id}")
    ResponseEntity<byte[]> call(@PathVariable String id, HttpServletRequest request) throws IOException {
        if (!CdsHooksCards.SERVICE_ID.equals(id)) {
            return problem(HttpStatus.NOT_FOUND, "cds.error.unknownService");
        }
        byte[] body = read(request);
        if (body == null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "cds.error.tooLarge");
        }
        CdsHooksRequest.Parsed parsed = CdsHooksRequest.parse(body);
        if (parsed.problem() != null) {
            return problem(HttpStatus.valueOf(parsed.problem().status()), parsed.problem().messageKey());
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(cards.cards(parsed.request(), base()));
    }

    /** The body, or null when it is longer than {@link #MAX_BODY} (by its length or by what arrives). */
    private static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            return null;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (body.size() + read > MAX_BODY) {
                    return null;
                }
                body.write(buffer, 0, read);
            }
        }
        return body.toByteArray();
    }

    /** An error as RFC 9457 problem details, in English (the caller is a system; the status says the rest). */
    private ResponseEntity<byte[]> problem(HttpStatus status, String key) {
        Locale english = Languages.DEFAULT;
        byte[] body = JSON.writeValueAsBytes(JSON.createObjectNode().put("type", "about:blank")
                .put("title", status.getReasonPhrase()).put("status", status.value())
                .put("detail", messages.getMessage(key, null, english)));
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private String base() {
        String configured = settings.publicBaseUrl();
        String base = configured == null || configured.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : configured.strip();
        return base.replaceAll("/+$", "");
    }
}
