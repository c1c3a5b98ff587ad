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
        return catalog.topicsForCode(system, code);
    }

    @Override
    public List<TopicCode> allCodes(Catalog catalog) {
        return catalog.allCodes();
    }
}
