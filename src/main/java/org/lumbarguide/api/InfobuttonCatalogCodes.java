package org.lumbarguide.api;

import java.util.List;

import org.lumbarguide.content.catalog.CodeSystem;
import org.lumbarguide.content.catalog.TopicCode;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.springframework.stereotype.Component;

/** The published catalog's own code lookup (content/catalog, {@code Catalog.topicsForCode} and {@code allCodes}). */
@Component
class InfobuttonCatalogCodes implements InfobuttonCodeIndex {

    @Override
    public List<TopicLink> topicsForCode(Catalog catalog, CodeSystem system, String code) {
        // Until the catalog carries codes (the codes branch), no code matches: every answer is a valid empty one.
        return List.of();
    }

    @Override
    public List<TopicCode> allCodes(Catalog catalog) {
        return List.of();
    }
}
