package org.lumbarguide.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.Parser;
import org.lumbarguide.config.Languages;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.Translations;
import org.lumbarguide.content.catalog.Translations.Verdict;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.TermItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.render.ContentText;

/**
 * The translation checks, on the content files of a release: a translation mirrors the default language's folder,
 * and its urgent parts are current. Each returns its failures (empty when all is well), every one starting with
 * the file (and line) to fix, so ContentChecksTests runs them on the guide and TranslationChecksTests shows each
 * rule failing on a small fixture.
 */
final class TranslationChecks {

    /** The language every translation is made from. */
    static final String SOURCE = Languages.defaultCode();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z0-9]+(?:-[a-z0-9]+)*)}}");
    private static final Parser MARKDOWN = Parser.builder().build();

    private TranslationChecks() {
    }

    /** Every language with content other than the default one. */
    static List<String> translations(Release release) {
        Set<String> languages = new TreeSet<>(release.languages());
        release.glossary().forEach(t -> languages.add(t.language()));
        release.regions().forEach(r -> languages.add(r.language()));
        languages.remove(SOURCE);
        return List.copyOf(languages);
    }

    /**
     * A translation's folder mirrors the default language's: every topic (same key and file name), the same
     * section anchors in the same order with the same kind, the same sources and the same shared blocks
     * included; the shared blocks of urgency keep the same lists (one line per sign) and region words; the
     * region words name the same regions and words; every glossary key is one the default glossary has.
     */
    static List<String> mirror(Release release) {
        List<String> failures = new ArrayList<>();
        Map<String, TopicItem> sources = new LinkedHashMap<>();
        release.topics(SOURCE).forEach(t -> sources.put(t.key(), t));
        for (String language : translations(release)) {
            Map<String, TopicItem> translated = new LinkedHashMap<>();
            release.topics(language).forEach(t -> translated.put(t.key(), t));
            for (TopicItem source : sources.values()) {
                if (!translated.containsKey(source.key())) {
                    failures.add(language + "/" + fileName(source) + ": missing. Every topic of " + source.file()
                            + " needs its translation, with the same file name and key '" + source.key() + "'.");
                }
            }
            for (TopicItem topic : translated.values()) {
                TopicItem source = sources.get(topic.key());
                if (source == null) {
                    failures.add(topic.origin() + ": the key '" + topic.key() + "' is no topic of " + SOURCE
                            + "/. A translation has the same topics as the " + SOURCE + " folder.");
                    continue;
                }
                mirrorTopic(source, topic, failures);
            }
            mirrorRegions(release, language, failures);
            Set<String> keys = new LinkedHashSet<>();
            release.glossary(SOURCE).forEach(t -> keys.add(t.key()));
            for (TermItem term : release.glossary(language)) {
                if (!keys.contains(term.key())) {
                    failures.add(term.origin() + ": the glossary key '" + term.key() + "' is not in " + SOURCE
                            + "/glossary.yaml. A translated entry keeps the key of the entry it translates.");
                }
            }
        }
        return failures;
    }

    private static void mirrorTopic(TopicItem source, TopicItem topic, List<String> failures) {
        if (!fileName(source).equals(fileName(topic))) {
            failures.add(topic.origin() + ": the file is named " + fileName(topic) + "; its topic is " + source.file()
                    + ": use the same file name.");
        }
        if (!source.sourceKeys().equals(topic.sourceKeys())) {
            failures.add(topic.origin() + ": sources " + topic.sourceKeys() + " differ from " + source.file() + "'s "
                    + source.sourceKeys() + ": a translation cites the same sources, in the same order.");
        }
        List<String> want = source.sections().stream().map(TranslationChecks::shape).toList();
        List<String> have = topic.sections().stream().map(TranslationChecks::shape).toList();
        for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
            String expected = i < want.size() ? want.get(i) : null;
            String found = i < have.size() ? have.get(i) : null;
            if (expected != null && expected.equals(found)) {
                continue;
            }
            String where = i < topic.sections().size() ? topic.sections().get(i).origin().toString()
                    : topic.origin().toString();
            failures.add(where + ": section " + (i + 1) + " is " + (found == null ? "missing" : "{" + found + "}")
                    + "; " + source.file() + " has " + (expected == null ? "no section there"
                    : "{" + expected + "}") + ". A translation keeps every anchor and kind, in the same order.");
            return;
        }
        boolean shared = source.key().equals(TopicCatalog.SHARED_TOPIC);
        for (int i = 0; i < source.sections().size(); i++) {
            SectionItem from = source.sections().get(i);
            SectionItem section = topic.sections().get(i);
            if (!includes(from).equals(includes(section))) {
                failures.add(section.origin() + ": includes " + includes(section) + ", " + from.origin() + " includes "
                        + includes(from) + ". Keep every {{include …}} line as it is.");
            }
            if (shared && urgentBlock(from)) {
                if (!placeholders(from).equals(placeholders(section))) {
                    failures.add(section.origin() + ": the urgent block '" + from.anchor() + "' uses the region words "
                            + placeholders(section) + "; the English uses " + placeholders(from)
                            + ". Keep every {{…}} of an urgent block.");
                }
                if (!listLengths(from).equals(listLengths(section))) {
                    failures.add(section.origin() + ": the urgent block '" + from.anchor() + "' has lists of "
                            + listLengths(section) + " lines; the English has " + listLengths(from)
                            + ". Every sign and step of an urgent list is translated as one line of its own.");
                }
            }
        }
    }

    private static void mirrorRegions(Release release, String language, List<String> failures) {
        for (Region region : Region.values()) {
            Set<String> want = new TreeSet<>(release.regionWords(SOURCE, region).keySet());
            Set<String> have = new TreeSet<>(release.regionWords(language, region).keySet());
            if (want.equals(have)) {
                continue;
            }
            Set<String> missing = new TreeSet<>(want);
            missing.removeAll(have);
            Set<String> extra = new TreeSet<>(have);
            extra.removeAll(want);
            failures.add(language + "/regions.yaml: " + region.key() + (have.isEmpty() ? " is missing" : "")
                    + (missing.isEmpty() || have.isEmpty() ? "" : " lacks " + missing)
                    + (extra.isEmpty() ? "" : " adds " + extra) + ". It gives the same regions and words as "
                    + SOURCE + "/regions.yaml, in " + language + ".");
        }
    }

    /**
     * Every part of every translation against the default language's text in the files: each topic's title and
     * summary, then its sections.
     */
    static List<Part> status(Release release) {
        List<Translations.Text> source = release.topics(SOURCE).stream().map(Translations.Text::of).toList();
        List<Part> parts = new ArrayList<>();
        for (String language : translations(release)) {
            Map<String, TopicItem> files = new LinkedHashMap<>();
            release.topics(language).forEach(t -> files.put(t.key(), t));
            List<Translations.Text> translated = files.values().stream().map(Translations.Text::of).toList();
            for (Verdict verdict : Translations.compare(source, translated)) {
                parts.add(new Part(files.get(verdict.topicKey()), verdict));
            }
        }
        return parts;
    }

    /** A part of a translation file and its verdict. */
    record Part(TopicItem file, Verdict verdict) {

        @Override
        public String toString() {
            return file.file() + "#" + verdict.anchor() + (verdict.current() ? " current" : " out of date");
        }

        /** What the check says about it, naming the front-matter line to set once a translator has checked it. */
        String message() {
            String what = verdict.titleAndSummary() ? "title and summary" : "section '" + verdict.anchor() + "'";
            String kind = verdict.urgent() ? "urgent " : "";
            if (verdict.source() == null) {
                return file.origin() + ": the " + kind + what + " has no counterpart in " + SOURCE + "/" + fileName(file)
                        + ".";
            }
            StringBuilder why = new StringBuilder();
            if (verdict.recorded() == null) {
                why.append("it records no translated-from line");
            } else if (!verdict.ownCurrent()) {
                why.append("the " + SOURCE + " text changed since it was translated (it records "
                        + verdict.recorded() + ")");
            }
            if (!verdict.staleBlocks().isEmpty()) {
                why.append(why.isEmpty() ? "" : ", and ").append("it includes ")
                        .append(String.join(", ", verdict.staleBlocks())).append(", out of date");
            }
            String at = verdict.titleAndSummary() ? file.origin().toString() : file.sections().stream()
                    .filter(s -> s.anchor().equals(verdict.anchor())).findFirst().map(s -> s.origin().toString())
                    .orElse(file.origin().toString());
            String fix = verdict.ownCurrent() ? " Update the included block first."
                    : " Once a translator has checked the " + file.language() + " against the current " + SOURCE
                    + ", set translated-from: " + verdict.stampLine() + " in " + file.file();
            return at + ": the " + kind + what + " is out of date: " + why + "." + fix;
        }
    }

    /** The urgent parts out of date: they fail the build (a reader must never get older emergency advice). */
    static List<String> urgentOutOfDate(Release release) {
        return status(release).stream().filter(p -> p.verdict().urgent() && !p.verdict().current())
                .map(Part::message).toList();
    }

    /** The other parts out of date: printed for the translators, not failed. */
    static List<String> otherOutOfDate(Release release) {
        return status(release).stream().filter(p -> !p.verdict().urgent() && !p.verdict().current())
                .map(Part::message).toList();
    }

    // --- the shape of a section, as the mirror compares it ---

    private static String shape(SectionItem section) {
        return "#" + section.anchor() + switch (section.kind()) {
            case URGENT -> " .urgent";
            case TIP -> " .tip";
            case NORMAL -> "";
        };
    }

    /** A shared block the safety rule covers: the emergency box, who to call, a level of urgency, any urgent block. */
    static boolean urgentBlock(SectionItem block) {
        return block.kind() == org.lumbarguide.content.format.SectionKind.URGENT
                || block.anchor().equals(TopicCatalog.EMERGENCY_BLOCK) || block.anchor().equals(TopicCatalog.ROUTING_BLOCK)
                || block.anchor().startsWith("tier-");
    }

    private static List<String> includes(SectionItem section) {
        List<String> names = new ArrayList<>();
        Matcher m = ContentText.INCLUDE.matcher(section.body());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> placeholders(SectionItem section) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(section.body());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The number of items of each list, in order. */
    private static List<Integer> listLengths(SectionItem section) {
        List<Integer> lengths = new ArrayList<>();
        MARKDOWN.parse(section.body()).accept(new AbstractVisitor() {
            @Override
            public void visit(BulletList list) {
                count(list);
            }

            @Override
            public void visit(OrderedList list) {
                count(list);
            }

            private void count(ListBlock list) {
                int items = 0;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    items++;
                }
                lengths.add(items);
                visitChildren(list);
            }
        });
        return lengths;
    }

    private static String fileName(TopicItem topic) {
        String file = topic.file();
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
