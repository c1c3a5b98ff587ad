package org.lumbarguide.site;

import org.lumbarguide.config.GuideProperties;
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
    private volatile String lastRouting = "";

    EmergencyDetails(TopicCatalog catalog, GuideProperties settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    @ModelAttribute("emergencyRouting")
    String emergencyRouting() {
        try {
            lastRouting = catalog.catalog(SiteLanguage.DEFAULT).emergencyRouting();
        } catch (RuntimeException e) {
            // The footer must never turn a page into an error; keep what was shown before.
        }
        return lastRouting;
    }

    @ModelAttribute("helplineNumber")
    String helplineNumber() {
        return settings.helplineNumber();
    }
}
