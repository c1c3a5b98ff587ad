package org.lumbarguide.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.OutOfDateTranslation;
import org.lumbarguide.content.format.ContentFileException;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.stereotype.Component;

/**
 * A translator's word that a translated part now says what the current source text says, given with a tick box
 * instead of typing its {@code translated-from:} hash. The catalog knows which parts are out of date and the
 * hash to record ({@link OutOfDateTranslation#sourceHash()}); the stamp is set in the draft through the topic
 * file's own reader and writer, so it is reviewed and published like any other change to the draft.
 */
@Component
class TranslationChecks {

    private final TopicCatalog catalog;

    TranslationChecks(TopicCatalog catalog) {
        this.catalog = catalog;
    }

    /** The topic's translated parts whose source changed since they were translated and that still exist in it. */
    List<OutOfDateTranslation> outOfDate(String language, String key) {
        return catalog.outOfDateTranslations(List.of(language)).stream()
                .filter(t -> t.topicKey().equals(key) && t.sourceHash() != null)
                .toList();
    }

    /**
     * The draft with each out-of-date part's stamp set as ticked: a ticked part records the current source's hash;
     * an unticked one that records it (ticked on an earlier save) goes back to the published stamp. The text is
     * returned as typed when no stamp changes, and rewritten by the topic file writer when one does.
     */
    static String mark(String language, String key, String text, List<OutOfDateTranslation> outOfDate,
                       Collection<String> ticked) {
        if (outOfDate.isEmpty()) {
            return text;
        }
        TopicItem draft = Drafts.parse(language, key, text);
        Map<String, String> stamps = new LinkedHashMap<>(draft.translatedFrom());
        boolean changed = false;
        for (OutOfDateTranslation part : outOfDate) {
            if (!has(draft, part.anchor())) {
                continue;
            }
            String now = stamps.get(part.anchor());
            String wanted = ticked.contains(part.anchor()) ? part.sourceHash()
                    : part.sourceHash().equals(now) ? part.translatedFrom() : now;
            if (!Objects.equals(now, wanted)) {
                changed = true;
                if (wanted == null) {
                    stamps.remove(part.anchor());
                } else {
                    stamps.put(part.anchor(), wanted);
                }
            }
        }
        if (!changed) {
            return text;
        }
        return ContentFiles.write(new TopicItem(draft.language(), draft.key(), draft.slug(), draft.title(),
                draft.summary(), draft.position(), draft.sourceKeys(), draft.written(), draft.reviewed(),
                draft.reviewerRole(), draft.sections(), draft.origin(), stamps, draft.codes()));
    }

    /** The out-of-date parts the draft marks as checked (it records the current source's hash), for the reviewer. */
    static List<OutOfDateTranslation> marked(String language, String key, String text,
                                             List<OutOfDateTranslation> outOfDate) {
        if (outOfDate.isEmpty()) {
            return List.of();
        }
        Map<String, String> stamps;
        try {
            stamps = Drafts.parse(language, key, text).translatedFrom();
        } catch (ContentFileException e) {
            // A draft that no longer reads marks nothing; its problems are shown when it is saved or reviewed.
            return List.of();
        }
        List<OutOfDateTranslation> marked = new ArrayList<>();
        outOfDate.stream().filter(p -> p.sourceHash().equals(stamps.get(p.anchor()))).forEach(marked::add);
        return marked;
    }

    private static boolean has(TopicItem draft, String anchor) {
        return TopicItem.TITLE.equals(anchor) || draft.sections().stream().anyMatch(s -> s.anchor().equals(anchor));
    }
}
