package org.lumbarguide.api;

import org.springframework.http.HttpStatus;

/**
 * A request the content API cannot answer, and why: answered as RFC 9457 problem details by {@link ApiProblems}.
 * Its words come from the messages files ({@code api.problem.<kind>.title} and the detail key), never from what
 * the client sent, so nothing a client types is echoed back or logged.
 */
final class ApiProblem extends RuntimeException {

    /** A kind of problem: its status and its {@code type}, a fragment of the API's page, which explains each. */
    enum Kind {
        UNKNOWN_LANGUAGE(HttpStatus.NOT_FOUND, "unknown-language"),
        UNKNOWN_TOPIC(HttpStatus.NOT_FOUND, "unknown-topic"),
        BAD_PARAMETER(HttpStatus.BAD_REQUEST, "bad-parameter");

        final HttpStatus status;
        final String slug;

        Kind(HttpStatus status, String slug) {
            this.status = status;
            this.slug = slug;
        }

        /** The problem type, a site-relative URI reference: the API page's section on it. */
        String type() {
            return "/api#problem-" + slug;
        }

        String messageKey() {
            return "api.problem." + slug;
        }
    }

    private final Kind kind;
    private final String detailKey;
    private final transient Object[] arguments;

    ApiProblem(Kind kind, String detailKey, Object... arguments) {
        super(kind.slug, null, false, false);
        this.kind = kind;
        this.detailKey = detailKey;
        this.arguments = arguments.clone();
    }

    Kind kind() {
        return kind;
    }

    String detailKey() {
        return detailKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
