package org.lumbarguide.editor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;

/**
 * The structured form mapped to the topic file and back, in one place (as sagan's PostFormAdapter maps its post
 * form): the file is read by {@link ContentFiles#parseTopic} and written by {@link ContentFiles#write(TopicItem,
 * String)}, which keeps the file's own lines for what the form did not change. What the form does not show (key,
 * web address, position, review dates, translation stamps, anything else in the front matter) is taken from the
 * text the form was opened on, so it stays as it is.
 */
final class TopicFormAdapter {

    static final String NORMAL = "normal";
    static final String URGENT = "urgent";
    static final String TIP = "tip";
    /** A level of urgency 2 to 4: a normal section that opens with the shared block of that name. */
    static final String TIER_PREFIX = "tier-";
    static final List<String> TIERS = List.of("tier-helpline", "tier-care-team", "tier-next-appointment");
    /** The choices of the level list, in the order the page offers them. */
    static final List<String> LEVELS = List.of(NORMAL, URGENT, "tier-helpline", "tier-care-team",
            "tier-next-appointment", TIP);
    private static final int ANCHOR_WORDS_MAX = 60;
    /** A shared block included at the start of a text, as the content core writes it. */
    private static final Pattern INCLUDE = Pattern.compile("\\{\\{include ([a-z0-9]+(?:-[a-z0-9]+)*)}}");

    private TopicFormAdapter() {
    }

    /** The form showing a topic as the file has it. */
    static TopicForm form(TopicItem topic, Long version) {
        TopicForm form = new TopicForm();
        form.setTitle(topic.title());
        form.setSummary(topic.summary());
        form.setVersion(version);
        form.setSources(topic.sourceKeys());
        List<TopicForm.SectionForm> sections = new ArrayList<>();
        for (SectionItem section : topic.sections()) {
            sections.add(section(section));
        }
        form.setSections(sections);
        return form;
    }

    private static TopicForm.SectionForm section(SectionItem section) {
        String level = switch (section.kind()) {
            case URGENT -> URGENT;
            case TIP -> TIP;
            case NORMAL -> NORMAL;
        };
        String body = section.body();
        if (section.kind() == SectionKind.NORMAL) {
            Matcher include = INCLUDE.matcher(body);
            if (include.lookingAt() && TIERS.contains(include.group(1))) {
                String rest = body.substring(include.end());
                // Only the shape the form writes back (the block alone, or a blank line before the text) is a level.
                if (rest.isEmpty() || rest.startsWith("\n\n") && !rest.substring(2).isBlank()
                        && rest.substring(2).equals(rest.substring(2).strip())) {
                    level = include.group(1);
                    body = rest.isEmpty() ? "" : rest.substring(2);
                }
            }
        }
        return new TopicForm.SectionForm(section.heading(), section.anchor(), level, body);
    }

    /**
     * The topic the form describes, over the topic it was opened on ({@code base}): an existing section keeps its
     * anchor (links and handouts use it); a new one gets an anchor made from its heading, unique in the topic.
     */
    static TopicItem topic(TopicForm form, TopicItem base) {
        Set<String> existing = new HashSet<>();
        base.sections().forEach(s -> existing.add(s.anchor()));
        Set<String> taken = new HashSet<>();
        List<String> anchors = new ArrayList<>();
        for (TopicForm.SectionForm section : form.getSections()) {
            String anchor = section.getAnchor().strip();
            boolean keep = existing.contains(anchor) && taken.add(anchor);
            anchors.add(keep ? anchor : null);
        }
        List<SectionItem> sections = new ArrayList<>();
        for (int i = 0; i < form.getSections().size(); i++) {
            TopicForm.SectionForm section = form.getSections().get(i);
            String heading = oneLine(section.getHeading());
            String anchor = anchors.get(i);
            if (anchor == null) {
                anchor = unique(anchorFor(heading), taken, existing);
                taken.add(anchor);
            }
            sections.add(new SectionItem(anchor, heading, kind(section.getLevel()), body(section), base.origin(), 0));
        }
        List<String> sources = form.getSources().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
        return new TopicItem(base.language(), base.key(), base.slug(), oneLine(form.getTitle()),
                form.getSummary().strip(), base.position(), sources, base.written(), base.reviewed(),
                base.reviewerRole(), List.copyOf(sections), base.origin(), base.translatedFrom(), base.codes());
    }

    /** The topic file the form describes, written over the text it was opened on. */
    static String text(TopicForm form, TopicItem base, String baseText) {
        return ContentFiles.write(topic(form, base), baseText);
    }

    /** The anchors the form's sections will have (new ones made from their headings), for the page to show. */
    static List<String> anchors(TopicForm form, TopicItem base) {
        return topic(form, base).sections().stream().map(SectionItem::anchor).toList();
    }

    private static SectionKind kind(String level) {
        return switch (level == null ? NORMAL : level) {
            case URGENT -> SectionKind.URGENT;
            case TIP -> SectionKind.TIP;
            default -> SectionKind.NORMAL;
        };
    }

    private static String body(TopicForm.SectionForm section) {
        String text = section.getBody().strip();
        if (TIERS.contains(section.getLevel())) {
            String block = "{{include " + section.getLevel() + "}}";
            return text.isEmpty() ? block : block + "\n\n" + text;
        }
        return text;
    }

    /** Whether a level leaves the text optional (a level of urgency's shared block is text enough). */
    static boolean textOptional(String level) {
        return TIERS.contains(level);
    }

    /** An anchor from a heading: letters without accents, digits and single hyphens ("Qué es" → "que-es"). */
    static String anchorFor(String heading) {
        String plain = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > ANCHOR_WORDS_MAX) {
            plain = plain.substring(0, ANCHOR_WORDS_MAX).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "section" : plain;
    }

    private static String unique(String anchor, Set<String> taken, Set<String> existing) {
        String candidate = anchor;
        for (int n = 2; taken.contains(candidate) || existing.contains(candidate); n++) {
            candidate = anchor + "-" + n;
        }
        return candidate;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
