package org.lumbarguide.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.render.ContentText;
import org.lumbarguide.content.render.IncludeException;
import org.lumbarguide.content.render.RegionWords;

/**
 * The one expansion the editor uses, over the published shared blocks: what the preview shows, and the
 * check that refuses a draft whose page would grow past {@link ContentText#MAX_PAGE_CHARS}. (A shared
 * block that includes itself is refused earlier, when the draft of the shared topic is read.) A draft of
 * the shared topic is checked against every published page of its language, as each page includes it.
 */
@Component
class Includes {

    private final TopicRows rows;
    private final RegionWords regionWords;
    private final MessageSource messages;

    Includes(TopicRows rows, RegionWords regionWords, MessageSource messages) {
        this.rows = rows;
        this.regionWords = regionWords;
        this.messages = messages;
    }

    /** The published shared blocks, region words and spellings of a language. */
    @Transactional(readOnly = true)
    ContentText published(String language) {
        return regionWords.text(language,
                rows.load(language, TopicCatalog.SHARED_TOPIC).map(ContentFiles::blocks).orElse(Map.of()));
    }

    /** The same over another region's words and spellings (the editor's preview of a page read elsewhere). */
    @Transactional(readOnly = true)
    ContentText published(String language, RegionWords words) {
        return words.text(language,
                rows.load(language, TopicCatalog.SHARED_TOPIC).map(ContentFiles::blocks).orElse(Map.of()));
    }

    /** The shared blocks a text may include, by anchor, in the shared topic's order. */
    @Transactional(readOnly = true)
    List<String> blockNames(String language) {
        return rows.load(language, TopicCatalog.SHARED_TOPIC)
                .map(shared -> shared.sections().stream().map(s -> s.anchor()).toList()).orElse(List.of());
    }

    /** The region words a text of the language may use ({@code {{name}}}), in name order. */
    List<String> wordNames(String language) {
        return regionWords.words(language).keySet().stream().sorted().toList();
    }

    /** Why the draft's includes cannot be expanded, one line each, in the request's language; empty when they can. */
    @Transactional(readOnly = true)
    List<String> problems(TopicItem draft) {
        return problems(draft, LocaleContextHolder.getLocale());
    }

    List<String> problems(TopicItem draft, Locale locale) {
        List<String> problems = new ArrayList<>();
        if (draft.key().equals(TopicCatalog.SHARED_TOPIC)) {
            ContentText text = regionWords.text(draft.language(), ContentFiles.blocks(draft));
            text.problems().forEach((block, e) -> problems.add(where("content.include.where.section", block, e, locale)));
            for (String key : rows.keys(draft.language())) {
                if (!key.equals(TopicCatalog.SHARED_TOPIC) && problems.isEmpty()) {
                    rows.load(draft.language(), key).ifPresent(page -> check(text, page, locale, problems, true));
                }
            }
        } else {
            check(published(draft.language()), draft, locale, problems, false);
        }
        return problems;
    }

    private void check(ContentText text, TopicItem page, Locale locale, List<String> problems, boolean otherPage) {
        ContentText.Page fill = text.page();
        try {
            fill.fill(page.title());
            fill.fill(page.summary());
        } catch (IncludeException e) {
            problems.add(where("content.include.where.page", page.title(), e, locale));
            return;
        }
        for (SectionItem section : page.sections()) {
            try {
                fill.fill(section.body());
            } catch (IncludeException e) {
                problems.add(otherPage ? where("content.include.where.page", page.title(), e, locale)
                        : where("content.include.where.section", section.heading(), e, locale));
                return;
            }
        }
    }

    private String where(String key, String name, IncludeException e, Locale locale) {
        String problem = messages.getMessage(IncludeException.messageKey(e.kind().name(), e.include()),
                new Object[] {e.include(), e.detail(), ContentText.MAX_DEPTH}, locale);
        return messages.getMessage(key, new Object[] {name, problem}, locale);
    }
}
