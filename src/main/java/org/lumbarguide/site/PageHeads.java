package org.lumbarguide.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.lumbarguide.config.SitePaths;
import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.site.PageHead.Alternate;
import org.lumbarguide.site.PageHead.OtherLanguage;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page's layout its {@link PageHead}: read from the request's address and the cached catalogs only
 * (no database work, nothing a visitor sends but the address). A page of the route table ({@link CachedRoute})
 * gets its canonical address, its alternates in every language when it exists in all of them, and a link to
 * itself in each other language; a topic is found in another language by its topic key, which its translations
 * share. Any other page (an error, a form, the handout builder) links to the other language's home page, the
 * search page to the other search page; editors' pages, in English only, link to no other language.
 */
@ControllerAdvice
class PageHeads {

    /** The topic the navigation and the footer's emergency link lead to, in every language. */
    static final String SYMPTOMS = "symptoms";

    private static final String EDITOR = "/editor";

    private final TopicCatalog catalog;
    private final MessageSource messages;
    private final PublicBase base;

    PageHeads(TopicCatalog catalog, MessageSource messages, GuideProperties settings) {
        this.catalog = catalog;
        this.messages = messages;
        this.base = new PublicBase(settings);
    }

    @ModelAttribute("head")
    PageHead head(HttpServletRequest request, Locale locale) {
        String language = Languages.servedCode(locale);
        SitePaths paths = SitePaths.of(language);
        Optional<Catalog> own = catalog(language);
        String symptoms = CachedRoute.of(CachedRoute.Kind.TOPIC, language)
                .flatMap(route -> own.flatMap(current -> route.pathOf(SYMPTOMS, current))).orElse(paths.topics());
        String description = message("site.description", locale);
        boolean error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
        String path = SiteLocale.path(request);
        if (path.equals(EDITOR) || path.startsWith(EDITOR + "/")) {
            return new PageHead(paths, symptoms, description, null, List.of(), List.of(), null);
        }
        Optional<CachedRoute> route = error ? Optional.empty() : CachedRoute.of(path);
        Optional<TopicPage> topic = route.flatMap(r -> r.slug(path)).flatMap(slug -> own.flatMap(c -> c.page(slug)));
        if (route.isEmpty() || (route.get().kind() == CachedRoute.Kind.TOPIC && topic.isEmpty())) {
            return new PageHead(paths, symptoms, description, null, List.of(), others(language, nearest(path)), null);
        }
        // A page of the table: itself in every language that has it.
        String address = base.of(request);
        String key = topic.map(TopicPage::key).orElse(null);
        List<Alternate> alternates = new ArrayList<>();
        List<OtherLanguage> others = new ArrayList<>();
        for (Locale supported : Languages.SUPPORTED) {
            String code = Languages.code(supported);
            Optional<String> there = counterpart(route.get().kind(), key, code);
            if (there.isPresent()) {
                alternates.add(new Alternate(code, address + there.get()));
            }
            if (!code.equals(language)) {
                others.add(other(supported, there.orElseGet(() -> nearest(route.get().kind(), code))));
            }
        }
        if (alternates.size() == Languages.SUPPORTED.size()) {
            alternates.add(new Alternate("x-default", alternates.get(0).href()));
        } else {
            alternates.clear();
        }
        String canonical = address + path;
        String structuredData = null;
        if (topic.isPresent()) {
            description = topic.get().summary();
            structuredData = StructuredData.medicalWebPage(topic.get(), canonical, message("site.name", locale),
                    address + paths.home());
        } else {
            description = message("meta.description." + route.get().kind().name().toLowerCase(Locale.ROOT), locale);
        }
        return new PageHead(paths, symptoms, description, canonical, List.copyOf(alternates), List.copyOf(others),
                structuredData);
    }

    /** The path of this kind of page in a language; for a topic, the one with this key, if that language has it. */
    private Optional<String> counterpart(CachedRoute.Kind kind, String key, String language) {
        // Only a topic needs that language's catalog: every other page exists in every language.
        return CachedRoute.of(kind, language).flatMap(route -> kind == CachedRoute.Kind.TOPIC
                ? catalog(language).flatMap(there -> route.pathOf(key, there)) : route.pathOf(key, null));
    }

    /** Where a reader of another language goes from a page that language lacks: its list of topics, else its home. */
    private static String nearest(CachedRoute.Kind kind, String language) {
        SitePaths paths = SitePaths.of(language);
        return kind == CachedRoute.Kind.TOPIC ? paths.topics() : paths.home();
    }

    /** For a page outside the table: the search page goes to the other search page, anything else home. */
    private static Function<String, String> nearest(String path) {
        boolean search = SitePaths.ALL.stream().anyMatch(paths -> paths.search().equals(path));
        return language -> search ? SitePaths.of(language).search() : SitePaths.of(language).home();
    }

    private List<OtherLanguage> others(String language, Function<String, String> target) {
        List<OtherLanguage> others = new ArrayList<>();
        for (Locale supported : Languages.SUPPORTED) {
            if (!Languages.code(supported).equals(language)) {
                others.add(other(supported, target.apply(Languages.code(supported))));
            }
        }
        return List.copyOf(others);
    }

    /** The link to another language, named and offered in that language's own words. */
    private OtherLanguage other(Locale language, String href) {
        return new OtherLanguage(Languages.code(language), href, message("language.name", language),
                message("language.offer", language));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** A language's catalog, or empty when it cannot be had just now: a page's head never turns it into an error. */
    private Optional<Catalog> catalog(String language) {
        try {
            return Optional.ofNullable(catalog.catalog(language));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
