package org.lumbarguide.editor;

import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structured form's buttons that change the form itself, as they work without script: each is a submit
 * button ({@code name=action}, {@code value=remove-section:2}) and the page comes back changed, nothing saved.
 */
final class StructuredActions {

    private static final Pattern INDEXED = Pattern.compile("(remove-section|move-up|move-down|insert):(\\d{1,3})");
    /** What a section's insert list offers: a shared block or a region word, by name. */
    private static final Pattern INSERT = Pattern.compile("(include|word):([a-z0-9]+(?:-[a-z0-9]+)*)");

    private StructuredActions() {
    }

    /** Applies the action to the form; false for one the page does not offer (an unknown name, no such section). */
    static boolean apply(String action, TopicForm form) {
        List<TopicForm.SectionForm> sections = form.getSections();
        if (action.equals("add-section")) {
            if (sections.size() >= TopicForm.MAX_SECTIONS) {
                return false;
            }
            sections.add(new TopicForm.SectionForm());
            return true;
        }
        Matcher m = INDEXED.matcher(action);
        if (!m.matches()) {
            return false;
        }
        int i = Integer.parseInt(m.group(2));
        if (i >= sections.size()) {
            return false;
        }
        switch (m.group(1)) {
            case "remove-section" -> sections.remove(i);
            case "move-up" -> {
                if (i > 0) {
                    Collections.swap(sections, i, i - 1);
                }
            }
            case "move-down" -> {
                if (i + 1 < sections.size()) {
                    Collections.swap(sections, i, i + 1);
                }
            }
            default -> {
                return insert(sections.get(i));
            }
        }
        return true;
    }

    /** Without script the chosen block or word goes at the end of the text, on a line of its own for a block. */
    private static boolean insert(TopicForm.SectionForm section) {
        Matcher m = INSERT.matcher(section.getInsert());
        if (!m.matches()) {
            return false;
        }
        String body = section.getBody().stripTrailing();
        String insert = m.group(1).equals("include") ? "{{include " + m.group(2) + "}}" : "{{" + m.group(2) + "}}";
        String separator = body.isEmpty() ? "" : m.group(1).equals("include") ? "\n\n" : " ";
        section.setBody(body + separator + insert);
        section.setInsert("");
        return true;
    }
}
