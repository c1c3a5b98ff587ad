package org.lumbarguide.site;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page's layout what its footer and emergency boxes need: who to call (the shared
 * "routing" block, filled for the deployment's region) and the deployment's 24-hour helpline number.
 * Error pages get them too; if the catalog cannot be built, the footer keeps the last good text.
 */
@ControllerAdvice
class EmergencyDetails {

    private final TopicCatalog catalog;
    private final GuideProperties settings;
    /** The last text shown, per language (the resolver chooses only supported ones, so this stays small). */
    private final Map<String, String> lastRouting = new ConcurrentHashMap<>();

    EmergencyDetails(TopicCatalog catalog, GuideProperties settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    @ModelAttribute("emergencyRouting")
    String emergencyRouting(Locale locale) {
        String language = Languages.servedCode(locale);
        try {
            String routing = catalog.catalog(language).emergencyRouting();
            lastRouting.put(language, routing);
            return routing;
        } catch (RuntimeException e) {
            // The footer must never turn a page into an error; keep what was shown before.
            return lastRouting.getOrDefault(language, "");
        }
    }

    @ModelAttribute("helplineNumber")
    String helplineNumber() {
        return settings.helplineNumber();
    }
}
