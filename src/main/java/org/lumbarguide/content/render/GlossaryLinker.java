package org.lumbarguide.content.render;

import java.text.Normalizer;
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
 * headings, links or code), as whole words; a form in capitals ("MRI", "RM") must match its case.
 *
 * <p>Any language: a whole word is bounded by anything but a Unicode letter, combining mark or digit (so
 * "médula" is not found inside "intramedular" nor "tumor" inside "tumores": list such forms as other forms),
 * and case is folded the Unicode way ("Médula", "MÉDULA" and "médula" are one word). Text is compared in
 * composed form (NFC), so an accent typed as a combining mark matches too.
 */
public final class GlossaryLinker {

    /** Where the English glossary is: the site's {@code /glossary}. */
    public static final String DEFAULT_PATH = "/glossary";

    private final String path;
    private final Pattern pattern;
    private final Map<String, GlossaryEntry> byForm = new HashMap<>();
    private final Set<String> linkedOnPage = new HashSet<>();
    private Set<GlossaryEntry> linkedInSection = new LinkedHashSet<>();

    public GlossaryLinker(List<GlossaryEntry> glossary) {
        this(glossary, DEFAULT_PATH);
    }

    /** {@code path}: the page of the language's glossary ({@code /glossary}, {@code /es/glosario}). */
    public GlossaryLinker(List<GlossaryEntry> glossary, String path) {
        this.path = path;
        List<String> forms = new ArrayList<>();
        for (GlossaryEntry entry : glossary) {
            for (String form : entry.forms()) {
                String composed = Normalizer.normalize(form, Normalizer.Form.NFC);
                byForm.putIfAbsent(key(composed), entry);
                forms.add(composed);
            }
        }
        forms.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String form : forms) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            String quoted = Pattern.quote(form);
            alternatives.append(isCapitals(form) ? quoted : "(?iu:" + quoted + ")");
        }
        this.pattern = forms.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}-])(?:" + alternatives + ")(?![\\p{L}\\p{M}\\p{N}]|-\\p{L})");
    }

    /** The link to an entry: the glossary page and the entry's anchor. */
    public String href(String anchor) {
        return path + "#" + anchor;
    }

    /** What every link this linker makes starts with. */
    String hrefPrefix() {
        return path + "#";
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
        String literal = Normalizer.normalize(text.getLiteral(), Normalizer.Form.NFC);
        Matcher matcher = pattern.matcher(literal);
        int start = 0;
        Node insertAfter = text;
        boolean changed = false;
        while (matcher.find()) {
            GlossaryEntry entry = byForm.get(key(matcher.group()));
            if (entry == null) {
                // A word written in capitals ("TUMOR") is the lowercase form it matched case-insensitively.
                entry = byForm.get(matcher.group().toLowerCase(Locale.ROOT));
            }
            if (entry == null || !linkedOnPage.add(entry.anchor())) {
                continue;
            }
            linkedInSection.add(entry);
            if (matcher.start() > start) {
                Text before = new Text(literal.substring(start, matcher.start()));
                insertAfter.insertAfter(before);
                insertAfter = before;
            }
            Link link = new Link(href(entry.anchor()), null);
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
