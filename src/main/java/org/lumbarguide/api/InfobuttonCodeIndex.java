package org.lumbarguide.api;

import java.util.List;

import org.lumbarguide.content.catalog.CodeSystem;
import org.lumbarguide.content.catalog.TopicCode;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;

/**
 * The catalog's answer to "which topics answer this code", as the Infobutton endpoint and the CDS Hooks service
 * ask it. One seam, so both read codes the one way the catalog matches them (prefix at the hierarchy boundary for
 * ICD-10-CM, exact for SNOMED CT) and tests can give a fixed table.
 */
interface InfobuttonCodeIndex {

    /** The topics that answer a code, in the guide's order; empty for junk or an unknown code. */
    List<TopicLink> topicsForCode(Catalog catalog, CodeSystem system, String code);

    /** Every code the guide knows, each once, with its display from the content files. */
    List<TopicCode> allCodes(Catalog catalog);
}
