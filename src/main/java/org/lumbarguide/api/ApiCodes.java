package org.lumbarguide.api;

import java.util.List;

import org.lumbarguide.content.catalog.CodeSystem;
import org.lumbarguide.content.catalog.TopicCode;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;

/**
 * The catalog's codes, as the content API reads them (the contract of issue 22: {@code Catalog.codes},
 * {@code allCodes}, {@code topicsForCode}). One place, so the API's payloads do not care how the catalog keeps them.
 */
final class ApiCodes {

    private ApiCodes() {
    }

    static List<TopicCode> codes(Catalog catalog, String topicKey) {
        return catalog.codes(topicKey);
    }

    static List<TopicCode> allCodes(Catalog catalog) {
        return catalog.allCodes();
    }

    static List<TopicLink> topicsForCode(Catalog catalog, CodeSystem system, String code) {
        return catalog.topicsForCode(system, code);
    }
}
