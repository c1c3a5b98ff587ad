package org.lumbarguide.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.lumbarguide.api.CdsHooksRequest.Coded;
import org.lumbarguide.config.GuideProperties;
import org.lumbarguide.config.Languages;
import org.lumbarguide.config.SitePaths;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.handout.HandoutBookmark;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CDS Hooks service's discovery document and its cards. A card per group of topics: conditions that lead to
 * the same topics share one card. Each card ({@code indicator} info) says in the patient's language, in under 140
 * characters, what it offers; links to each topic's page and to the handout builder with those topics, the
 * region's paper and the patient's language already chosen. No link carries anything about the patient (no name,
 * no identifier, no code): only topic keys, paper and language.
 */
@Component
class CdsHooksCards {

    static final String SERVICE_ID = "lumbar-spine-guide";
    /** CDS Hooks: a card's summary is under 140 characters. */
    static final int MAX_SUMMARY = 139;

    static final String PREFETCH_PATIENT = "Patient/{{context.patientId}}";
    static final String PREFETCH_CONDITIONS = "Condition?patient={{context.patientId}}&clinical-status=active";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TopicCatalog catalogs;
    private final MessageSource messages;
    private final GuideProperties settings;

    CdsHooksCards(TopicCatalog catalogs, MessageSource messages, GuideProperties settings) {
        this.catalogs = catalogs;
        this.messages = messages;
        this.settings = settings;
    }

    /** {@code GET /cds-services}: the one patient-view service and what it asks to be prefetched. */
    byte[] discovery() {
        Locale english = Languages.DEFAULT;
        ObjectNode root = JSON.createObjectNode();
        ObjectNode service = root.putArray("services").addObject();
        service.put("hook", CdsHooksRequest.HOOK);
        service.put("title", messages.getMessage("cds.service.title", null, english));
        service.put("description", messages.getMessage("cds.service.description", null, english));
        service.put("id", SERVICE_ID);
        ObjectNode prefetch = service.putObject("prefetch");
        prefetch.put(CdsHooksRequest.PATIENT, PREFETCH_PATIENT);
        prefetch.put(CdsHooksRequest.CONDITIONS, PREFETCH_CONDITIONS);
        return JSON.writeValueAsBytes(root);
    }

    /** The service's answer: {@code {"cards": [...]}}, empty when no condition matches a topic. */
    byte[] cards(CdsHooksRequest request, String base) {
        String language = request.language();
        Locale locale = Locale.forLanguageTag(language);
        // Codes are looked up in the default language's catalog (every translation shares its topics' keys), and
        // each topic is shown in the patient's language where it is translated.
        Catalog english = catalogs.catalog(Languages.defaultCode());
        Catalog own = catalogs.catalog(language);
        Map<List<String>, Boolean> groups = new LinkedHashMap<>();
        for (List<Coded> condition : request.conditions()) {
            Set<String> keys = new LinkedHashSet<>();
            for (Coded coded : condition) {
                english.topicsForCode(coded.system(), coded.code()).forEach(topic -> keys.add(topic.key()));
            }
            List<String> group = InfobuttonTopics.inGuideOrder(english, keys).stream().map(TopicLink::key).toList();
            if (!group.isEmpty()) {
                groups.putIfAbsent(group, Boolean.TRUE);
            }
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode cards = root.putArray("cards");
        for (List<String> group : groups.keySet()) {
            List<Shown> shown = new ArrayList<>();
            for (String key : group) {
                Optional<TopicPage> page = own.pageByKey(key);
                if (page.isPresent()) {
                    shown.add(new Shown(language, page.get()));
                } else {
                    english.pageByKey(key).ifPresent(p -> shown.add(new Shown(Languages.defaultCode(), p)));
                }
            }
            if (shown.isEmpty()) {
                continue;
            }
            ObjectNode card = cards.addObject();
            card.put("uuid", UUID.randomUUID().toString());
            card.put("summary", summary(shown, locale));
            card.put("indicator", "info");
            ObjectNode source = card.putObject("source");
            source.put("label", messages.getMessage("site.name", null, locale));
            source.put("url", base + SitePaths.of(language).home());
            ArrayNode links = card.putArray("links");
            for (Shown topic : shown) {
                links.addObject().put("label", topic.page().title())
                        .put("url", base + TopicViews.topicPath(topic.language(), topic.page().slug()))
                        .put("type", "absolute");
            }
            links.addObject().put("label", messages.getMessage("cds.card.handout", null, locale))
                    .put("url", base + handout(group, language)).put("type", "absolute");
        }
        return JSON.writeValueAsBytes(root);
    }

    private record Shown(String language, TopicPage page) {
    }

    private String summary(List<Shown> shown, Locale locale) {
        String first = shown.get(0).page().title();
        String summary = shown.size() == 1 ? messages.getMessage("cds.card.summary", new Object[] {first}, locale)
                : messages.getMessage("cds.card.summaryMore", new Object[] {first, shown.size() - 1}, locale);
        return summary.length() <= MAX_SUMMARY ? summary
                : messages.getMessage("cds.card.summaryShort", null, locale);
    }

    /**
     * The handout builder with the topics, the region's paper and the patient's language chosen (its bookmark,
     * handout/HandoutBookmark): nothing else.
     */
    String handout(List<String> keys, String language) {
        return HandoutBookmark.of(keys, settings.region().defaultPaper(), language).address();
    }
}
