package org.lumbarguide.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rules the database enforces on a topic's rows (V1: topic and section, V5: reviewer role), checked
 * before a draft is saved and again before it is published, so a draft that passes here can always be
 * published: the editor sees a message instead of a failed insert.
 */
final class TopicDraftChecks {

    static final int SLUG = 120;
    static final int TITLE = 200;
    static final int SUMMARY = 2_000;
    static final int ANCHOR = 120;
    static final int HEADING = 300;
    static final int SECTION = 20_000;

    private TopicDraftChecks() {
    }

    /** Problems as messages; {@code slugTaken} says whether another page in the language has the slug. */
    static List<MessageSourceResolvable> check(TopicItem topic, Predicate<String> slugTaken) {
        List<MessageSourceResolvable> problems = new ArrayList<>();
        tooLong(problems, "editor.problem.slug", topic.slug(), SLUG);
        if (length(topic.slug()) <= SLUG && slugTaken.test(topic.slug())) {
            problems.add(problem("editor.problem.slugTaken", topic.slug()));
        }
        tooLong(problems, "editor.problem.title", topic.title(), TITLE);
        tooLong(problems, "editor.problem.summary", topic.summary(), SUMMARY);
        Set<String> sources = new HashSet<>();
        topic.sourceKeys().stream().filter(s -> !sources.add(s)).distinct()
                .forEach(s -> problems.add(problem("editor.problem.sourceTwice", s)));
        for (SectionItem section : topic.sections()) {
            String name = start(section.heading());
            if (length(section.anchor()) > ANCHOR) {
                problems.add(problem("editor.problem.anchor", start(section.anchor()), length(section.anchor()),
                        ANCHOR));
            }
            if (length(section.heading()) > HEADING) {
                problems.add(problem("editor.problem.heading", name, length(section.heading()), HEADING));
            }
            if (length(section.body()) > SECTION) {
                problems.add(problem("editor.problem.section", name, length(section.body()), SECTION));
            }
        }
        return problems;
    }

    static MessageSourceResolvable problem(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    private static void tooLong(List<MessageSourceResolvable> problems, String code, String value, int limit) {
        if (length(value) > limit) {
            problems.add(problem(code, length(value), limit));
        }
    }

    /** Characters as the database counts them (a character outside the BMP is one, not two Java chars). */
    static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }

    /** Enough of a long value for the editor to find it in the text. */
    private static String start(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
