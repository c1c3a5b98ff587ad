package org.lumbarguide.api;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.config.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error under {@code /api/} as RFC 9457 problem details ({@code application/problem+json}, Spring's
 * {@link ProblemDetail}), whichever part of Spring MVC found it: the API's own refusals ({@link ApiProblem}: an
 * unknown language or topic, a bad parameter), an address no handler has (404), a method the API does not take
 * (405, with {@code Allow}), and anything unforeseen (500, one log line without the request's values). The HTML
 * pages keep their friendly error pages: this resolver answers only for {@code /api/} addresses and returns null
 * for every other, so the next resolver decides as before.
 *
 * <p>The words are the messages files', in the language of the address ({@code /api/v1/es/...} in Spanish), never
 * the request's own values; {@code instance} is the request's path when it is short.
 */
final class ApiProblems implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final String PREFIX = "/api/";
    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final int MAX_INSTANCE = 200;

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        String path = path(request);
        if (!path.startsWith(PREFIX) || response.isCommitted()) {
            return null;
        }
        Locale locale = locale(path);
        ProblemDetail problem;
        HttpHeaders headers = new HttpHeaders();
        if (ex instanceof ApiProblem own) {
            problem = ProblemDetail.forStatus(own.kind().status);
            problem.setType(URI.create(own.kind().type()));
            problem.setTitle(message(own.kind().messageKey() + ".title", locale));
            problem.setDetail(messages.getMessage(own.detailKey(), own.arguments(), locale));
        } else if (ex instanceof ErrorResponse known) {
            HttpStatusCode status = known.getStatusCode();
            problem = ProblemDetail.forStatus(status);
            headers.putAll(known.getHeaders());
            String detail = messages.getMessage("api.problem.status." + status.value(), null, null, locale);
            problem.setDetail(detail);
        } else {
            log.warn("500 for {} {}: {}", request.getMethod(), shortPath(path), ex.getClass().getSimpleName());
            problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
            problem.setDetail(message("api.problem.status.500", locale));
        }
        if (path.length() <= MAX_INSTANCE) {
            try {
                problem.setInstance(URI.create(request.getRequestURI()));
            } catch (IllegalArgumentException e) {
                // not a URI reference as it stands: leave instance out
            }
        }
        try {
            write(response, problem, headers, request.getMethod());
        } catch (IOException e) {
            log.debug("The problem details could not be sent: {}", e.getClass().getSimpleName());
        }
        return new ModelAndView();
    }

    private void write(HttpServletResponse response, ProblemDetail problem, HttpHeaders headers, String method)
            throws IOException {
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // JSON is UTF-8 by definition (RFC 8259): no charset parameter.
        response.setContentType(PROBLEM_JSON.toString());
        byte[] body = json.writeValueAsBytes(members(problem));
        response.setContentLength(body.length);
        if (!"HEAD".equals(method)) {
            response.getOutputStream().write(body);
        }
        response.flushBuffer();
    }

    /** The members in RFC 9457's order; absent ones left out. */
    static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            members.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        return members;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** The language of an address under /api/v1/{language}/, when it is one the guide has; else the default. */
    static Locale locale(String path) {
        String rest = path.startsWith(ContentApiAnswers.BASE + "/") ? path.substring(ContentApiAnswers.BASE.length() + 1)
                : "";
        int slash = rest.indexOf('/');
        String language = slash < 0 ? rest : rest.substring(0, slash);
        return Languages.isSupported(language) ? Locale.forLanguageTag(language) : Languages.DEFAULT;
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri == null ? "" : uri.substring(Math.min(context.length(), uri.length()));
    }

    private static String shortPath(String path) {
        return path.length() <= 80 ? path : path.substring(0, 80) + "…";
    }
}
