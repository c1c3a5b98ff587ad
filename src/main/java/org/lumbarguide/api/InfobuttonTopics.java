package org.lumbarguide.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.lumbarguide.content.catalog.CodeSystem;
import org.lumbarguide.content.catalog.TopicCode;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.springframework.stereotype.Component;

/**
 * Which topics answer a health record's codes, for the Infobutton endpoint and the CDS Hooks service. A code
 * is looked up by the catalog's own matching ({@code Catalog.topicsForCode}); a display name is used only when the criterion's
 * code matched nothing (or there was none), and only when it names a topic's title or a code's own title
 * exactly, after case, accents, punctuation and spacing are set aside. No word search: a near miss that sends a
 * patient to the wrong page is worse than no page.
 */
@Component
class InfobuttonTopics {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The topics a criterion names: its code's, else its display name's, in the guide's order.
     *
     * @param system the code's system, or null when the guide has no codes in it
     */
    List<TopicLink> forCriterion(Catalog catalog, CodeSystem system, String code, String displayName) {
        if (system != null && !code.isEmpty()) {
            List<TopicLink> byCode = catalog.topicsForCode(system, code);
            if (!byCode.isEmpty()) {
                return byCode;
            }
        }
        return displayName.isEmpty() ? List.of() : forDisplayName(catalog, displayName);
    }

    /** The topics whose title, or whose code's title, is exactly this name (see the class comment). */
    List<TopicLink> forDisplayName(Catalog catalog, String displayName) {
        String wanted = normalised(displayName);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (TopicLink topic : catalog.topics()) {
            if (normalised(topic.title()).equals(wanted)) {
                keys.add(topic.key());
            }
        }
        for (TopicCode known : catalog.allCodes()) {
            if (known.display() != null && normalised(known.display()).equals(wanted)) {
                catalog.topicsForCode(known.system(), known.code()).forEach(topic -> keys.add(topic.key()));
            }
        }
        return inGuideOrder(catalog, keys);
    }

    /** Topics by key, in the guide's reading order, each once. */
    static List<TopicLink> inGuideOrder(Catalog catalog, Set<String> keys) {
        Map<String, TopicLink> found = new LinkedHashMap<>();
        for (TopicLink topic : catalog.topics()) {
            if (keys.contains(topic.key())) {
                found.putIfAbsent(topic.key(), topic);
            }
        }
        return new ArrayList<>(found.values());
    }

    static String normalised(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
