package org.lumbarguide.handout;

import org.lumbarguide.config.Languages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.system.RefusedFormPage;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The "many handouts are being made" page (503), made cheaply enough to send under a flood of PDF
 * requests. The template is rendered once per language and content version, with a marker where the
 * hidden fields go; each refusal then fills in the fields its own request carried (only the builder's
 * own fields, escaped), so "Try again" sends everything back and nothing typed is lost. The rendered
 * part holds no visitor's data and no CSRF token: each page gets its own request's token.
 */
@Component
class BusyPage implements RefusedFormPage {

    /** Where the hidden fields go (busy.html prints it through {@code typedFields}). */
    static final String MARKER = "<!--lumbarguide:typed-fields-->";

    /**
     * The builder's fields (those its form binds, old bookmarks' {@code questions} too) but the button pressed,
     * which the page's own buttons send, and the CSRF token: nothing else a request sent is echoed.
     */
    static final Set<String> FIELDS = Stream.concat(
                    Arrays.stream(HandoutForm.FIELDS).filter(field -> !field.equals("output")),
                    Stream.of("_csrf"))
            .collect(Collectors.toUnmodifiableSet());

    private static final String PATH = "/handouts";
    private static final String TEMPLATE = "handout/busy";
    private static final String CSRF_HEADER = "X-XSRF-TOKEN";

    /** A page made for one language: the bytes before and after the hidden fields, and its content version. */
    private record Shell(String version, byte[] head, byte[] tail) {
    }

    private final TopicCatalog catalog;
    private final ThymeleafViewResolver views;
    private final LocaleResolver locales;
    private final Map<String, Shell> shells = new ConcurrentHashMap<>();

    BusyPage(TopicCatalog catalog, ThymeleafViewResolver views, LocaleResolver locales) {
        this.catalog = catalog;
        this.views = views;
        this.locales = locales;
    }

    /**
     * The page for this request, if it was made before for the request's language and the content has
     * not changed since; empty otherwise (the request then goes on to the controller, which makes it).
     * Reads nothing but memory: safe before any other work is done.
     */
    Optional<Page> made(HttpServletRequest request) {
        // The language the controller would choose (a language handouts are made in, never a typed value),
        // from the same LocaleResolver: this runs before Spring MVC.
        String named = request.getParameter("lang");
        String lang = HandoutService.language(named == null ? null : named.strip(), locales.resolveLocale(request));
        Shell shell = shells.get(lang);
        if (shell == null || !shell.version().equals(version(lang))) {
            return Optional.empty();
        }
        return Optional.of(new Page(lang, fill(shell, request)));
    }

    /**
     * The same page when a client is over its allowance (429, ClientRateLimitFilter): a clinic behind one
     * address may reach it, and what was typed must not be lost then either.
     */
    @Override
    public Optional<Page> page(HttpServletRequest request) {
        return isBuilderPost(request) ? made(request) : Optional.empty();
    }

    /** A POST of the builder's form, the only request this page answers. */
    static boolean isBuilderPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && PATH.equals(request.getRequestURI());
    }

    /**
     * Renders the page for this language inside this request (so its links and footer are those of every
     * other page), unless it is made already for the current content. The builder's form calls it, so the
     * page is ready before the first refusal (the form is asked for at start-up: site/PageWarmer).
     * {@code model} carries what every page's layout needs (the footer's emergency routing).
     */
    void prepare(HttpServletRequest request, HttpServletResponse response, Map<String, Object> model, String lang)
            throws Exception {
        shell(request, response, model, lang);
    }

    /** The page for a refusal the controller makes: prepared if need be, filled in with this request's fields. */
    byte[] render(HttpServletRequest request, HttpServletResponse response, Map<String, Object> model, String lang)
            throws Exception {
        return fill(shell(request, response, model, lang), request);
    }

    private Shell shell(HttpServletRequest request, HttpServletResponse response, Map<String, Object> model,
                        String lang) throws Exception {
        String version = version(lang);
        Shell shell = shells.get(lang);
        if (shell != null && shell.version().equals(version)) {
            return shell;
        }
        Map<String, Object> shellModel = new HashMap<>(model);
        shellModel.put("lang", lang);
        shellModel.put("retryAfter", HandoutController.RETRY_AFTER_SECONDS);
        shellModel.put("typedFields", MARKER);
        // Captured, not sent: the response's own body is whatever the caller writes next.
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        View view = views.resolveViewName(TEMPLATE, Locale.forLanguageTag(lang));
        if (view == null) {
            throw new IllegalStateException("no view " + TEMPLATE);
        }
        view.render(shellModel, request, capture);
        String html = new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8);
        int at = html.indexOf(MARKER);
        if (at < 0 || html.indexOf(MARKER, at + 1) >= 0) {
            throw new IllegalStateException(TEMPLATE + " must print the typed-fields marker once");
        }
        shell = new Shell(version, html.substring(0, at).getBytes(StandardCharsets.UTF_8),
                html.substring(at + MARKER.length()).getBytes(StandardCharsets.UTF_8));
        shells.put(lang, shell);
        return shell;
    }

    private String version(String lang) {
        // The footer's emergency routing comes from the default language's content.
        String own = catalog.catalog(lang).etag();
        String first = Languages.defaultCode();
        return lang.equals(first) ? own : own + "/" + catalog.catalog(first).etag();
    }

    private static byte[] fill(Shell shell, HttpServletRequest request) {
        StringBuilder fields = new StringBuilder(512);
        boolean token = false;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (FIELDS.contains(name)) {
                for (String value : parameter.getValue()) {
                    hidden(fields, name, value);
                }
                token |= name.equals("_csrf");
            }
        }
        if (!token) {
            // The token came in a header (a script's request), or Spring Security holds this request's own.
            String header = request.getHeader(CSRF_HEADER);
            Object own = request.getAttribute(CsrfToken.class.getName());
            String value = header != null ? header : own instanceof CsrfToken csrf ? csrf.getToken() : null;
            if (value != null) {
                hidden(fields, "_csrf", value);
            }
        }
        byte[] middle = fields.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream page = new ByteArrayOutputStream(shell.head().length + middle.length + shell.tail().length);
        page.writeBytes(shell.head());
        page.writeBytes(middle);
        page.writeBytes(shell.tail());
        return page.toByteArray();
    }

    private static void hidden(StringBuilder fields, String name, String value) {
        fields.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                .append(HtmlUtils.htmlEscape(value, "UTF-8")).append("\">\n");
    }
}
