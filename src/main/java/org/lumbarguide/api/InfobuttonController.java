package org.lumbarguide.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.lumbarguide.api.InfobuttonRequest.Parsed;
import org.lumbarguide.api.InfobuttonRequest.ResponseType;
import org.lumbarguide.config.GuideProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HL7 Infobutton knowledge request endpoint, MedlinePlus Connect compatible: {@code /infobutton}, and
 * {@code /service} so that a record system pointed at {@code https://connect.medlineplus.gov/service} is pointed
 * here by changing only the host. XML (Atom) and JSON answers are revalidated like pages (strong ETag,
 * {@code Cache-Control: no-cache}, 304); {@code text/html} is a 303 to the best page. Read-only and public, so any
 * origin may read it ({@code Access-Control-Allow-Origin: *}; no credentials). Nothing of the request is logged.
 */
@RestController
class InfobuttonController {

    static final String PATH = "/infobutton";
    /** MedlinePlus Connect's own path: a record system's base URL keeps its path when only the host changes. */
    static final String MEDLINEPLUS_PATH = "/service";

    private static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);
    private static final MediaType PROBLEM_XML = new MediaType("application", "problem+xml", StandardCharsets.UTF_8);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InfobuttonAnswers answers;
    private final MessageSource messages;
    private final GuideProperties settings;

    InfobuttonController(InfobuttonAnswers answers, MessageSource messages, GuideProperties settings) {
        this.answers = answers;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping({PATH, MEDLINEPLUS_PATH})
    ResponseEntity<byte[]> answer(HttpServletRequest servletRequest) {
        Parsed parsed = InfobuttonRequest.parse(servletRequest.getParameterMap());
        if (parsed.problem() != null) {
            return problem(parsed);
        }
        InfobuttonRequest request = parsed.request();
        String base = InfobuttonAnswers.base(settings, servletRequest);
        if (request.type() == ResponseType.HTML) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(answers.bestPage(request, base)))
                    .cacheControl(CacheControl.noCache()).header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .build();
        }
        String etag = answers.etag(request, base);
        ServletWebRequest web = new ServletWebRequest(servletRequest);
        if (web.checkNotModified(etag)) {
            // 304 from one hash: nothing looked up, nothing written.
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CacheControl.noCache())
                    .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HttpHeaders.CONTENT_LANGUAGE, request.language())
                .contentType(request.type() == ResponseType.JSON ? MediaType.APPLICATION_JSON : XML)
                .body(answers.body(request, base, etag));
    }

    /**
     * 400 in the format asked for (an unknown format: XML, MedlinePlus Connect's default): RFC 9457 problem
     * details as JSON or XML, or a short page. The message names the parameter, never its value.
     */
    private ResponseEntity<byte[]> problem(Parsed parsed) {
        Locale locale = Locale.forLanguageTag(parsed.language());
        String title = messages.getMessage("infobutton.error.title", null, locale);
        String detail = messages.getMessage(parsed.problem().messageKey(), new Object[] {parsed.problem().parameter()},
                locale);
        ResponseEntity.BodyBuilder answer = ResponseEntity.badRequest().cacheControl(CacheControl.noStore())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HttpHeaders.CONTENT_LANGUAGE, parsed.language());
        return switch (parsed.type()) {
            case JSON -> {
                ObjectNode problem = JSON.createObjectNode().put("type", "about:blank").put("title", title)
                        .put("status", 400).put("detail", detail);
                yield answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(JSON.writeValueAsBytes(problem));
            }
            case HTML -> answer.contentType(new MediaType("text", "html", StandardCharsets.UTF_8)).body(
                    ("<!DOCTYPE html><html lang=\"" + parsed.language() + "\"><head><meta charset=\"utf-8\"><title>"
                            + HtmlUtils.htmlEscape(title, "UTF-8") + "</title></head><body><main><h1>"
                            + HtmlUtils.htmlEscape(title, "UTF-8") + "</h1><p>" + HtmlUtils.htmlEscape(detail, "UTF-8")
                            + "</p></main></body></html>").getBytes(StandardCharsets.UTF_8));
            case XML -> answer.contentType(PROBLEM_XML).body(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<problem xmlns=\"urn:ietf:rfc:7807\"><type>about:blank"
                            + "</type><title>" + HtmlUtils.htmlEscape(title, "UTF-8") + "</title><status>400</status><detail>"
                            + HtmlUtils.htmlEscape(detail, "UTF-8") + "</detail></problem>\n").getBytes(StandardCharsets.UTF_8));
        };
    }
}
