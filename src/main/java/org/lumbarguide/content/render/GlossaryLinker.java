package org.lumbarguide.content.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;

/**
 * Links the first use of each glossary term on a page to its glossary entry. One linker serves one
 * page, so it remembers which terms that page has already linked. Terms are found in text only (not in
 * headings, links or code), as whole words; a form in capitals ("MRI") must match its case.
 */
public final class GlossaryLinker {

    private final Pattern pattern;
    private final Map<String, GlossaryEntry> byForm = new HashMap<>();
    private final Set<String> linkedOnPage = new HashSet<>();
    private Set<GlossaryEntry> linkedInSection = new LinkedHashSet<>();

    public GlossaryLinker(List<GlossaryEntry> glossary) {
        List<String> forms = new ArrayList<>();
        for (GlossaryEntry entry : glossary) {
            for (String form : entry.forms()) {
                byForm.putIfAbsent(key(form), entry);
                forms.add(form);
            }
        }
        forms.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String form : forms) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            String quoted = Pattern.quote(form);
            alternatives.append(isCapitals(form) ? quoted : "(?i:" + quoted + ")");
        }
        this.pattern = forms.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + alternatives + ")(?![\\p{L}\\p{N}]|-\\p{L})");
    }

    /** Rewrites the document in place; returns the entries first linked in it (for its footnotes). */
    List<GlossaryEntry> link(Node document) {
        linkedInSection = new LinkedHashSet<>();
        if (pattern == null) {
            return List.of();
        }
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Heading heading) {
                // headings stay plain
            }

            @Override
            public void visit(Link link) {
                // never a link inside a link
            }

            @Override
            public void visit(Code code) {
                // code is literal
            }
        });
        texts.forEach(this::linkFirstUses);
        return List.copyOf(linkedInSection);
    }

    private void linkFirstUses(Text text) {
        String literal = text.getLiteral();
        Matcher matcher = pattern.matcher(literal);
        int start = 0;
        Node insertAfter = text;
        boolean changed = false;
        while (matcher.find()) {
            GlossaryEntry entry = byForm.get(key(matcher.group()));
            if (entry == null || !linkedOnPage.add(entry.anchor())) {
                continue;
            }
            linkedInSection.add(entry);
            if (matcher.start() > start) {
                Text before = new Text(literal.substring(start, matcher.start()));
                insertAfter.insertAfter(before);
                insertAfter = before;
            }
            Link link = new Link("/glossary#" + entry.anchor(), null);
            link.appendChild(new Text(matcher.group()));
            insertAfter.insertAfter(link);
            insertAfter = link;
            start = matcher.end();
            changed = true;
        }
        if (changed) {
            if (start < literal.length()) {
                insertAfter.insertAfter(new Text(literal.substring(start)));
            }
            text.unlink();
        }
    }

    private static boolean isCapitals(String form) {
        return form.equals(form.toUpperCase(Locale.ROOT)) && form.chars().anyMatch(Character::isLetter);
    }

    private static String key(String form) {
        return isCapitals(form) ? form : form.toLowerCase(Locale.ROOT);
    }
}
