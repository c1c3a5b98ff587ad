package org.lumbarguide.editor;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ModelAndView;

/**
 * A draft whose form body is over the form-post limit never reaches the editor: Tomcat reads no
 * parameters, and the request is refused before any controller (a bare 400). For a draft save, the
 * error page says what happened instead (413: the limit in characters, and that the browser still
 * has the text, since the server never had it). The limit stays one for the whole site: raising it
 * for the editor would let anyone send large bodies to /editor before sign-in is checked.
 */
@Component
class OversizedDraft implements ErrorViewResolver, Ordered {

    private static final Pattern DRAFT = Pattern.compile("/editor/topics/[^/]+/[^/]+");

    private final long formLimit;

    OversizedDraft(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formLimit) {
        this.formLimit = formLimit.toBytes();
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        // The error dispatch reports the method as GET, so the body's declared length is what tells a post.
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean tooBig = (status == HttpStatus.BAD_REQUEST || status == HttpStatus.CONTENT_TOO_LARGE)
                && uri instanceof String path && DRAFT.matcher(path).matches()
                && request.getContentLengthLong() > formLimit;
        if (!tooBig) {
            return null;
        }
        return new ModelAndView("editor/too-big", Map.of("maxText", TopicEditorController.MAX_TEXT),
                HttpStatus.CONTENT_TOO_LARGE);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
