package org.lumbarguide.content.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.lumbarguide.content.render.ContentText;
import org.lumbarguide.content.render.IncludeException;
import org.lumbarguide.config.Languages;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.CodeItem;
import org.lumbarguide.content.format.SeedContent.CodeKind;
import org.lumbarguide.content.format.SeedContent.Origin;
import org.lumbarguide.content.format.SeedContent.RegionItem;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SectionItem;
import org.lumbarguide.content.format.SeedContent.SourceItem;
import org.lumbarguide.content.format.SeedContent.SpellingItem;
import org.lumbarguide.content.format.SeedContent.TermItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;
import org.lumbarguide.content.format.SeedContent.YearKind;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the content files of a release: {@code sources.yaml} at the root, and per language a folder
 * ({@code en/}) with one Markdown file per topic and a {@code glossary.yaml}. commonmark finds the front
 * matter and the sections; SnakeYAML reads the front matter and the data files. Anything malformed
 * stops the read with a {@link ContentFileException} naming the file and line.
 */
public final class ContentFiles {

    /** The content the application ships, inside its jar. */
    public static final String DEFAULT_LOCATION = "classpath:content/";

    static final String SOURCES_FILE = "sources.yaml";
    static final String GLOSSARY_FILE = "glossary.yaml";
    static final String REGIONS_FILE = "regions.yaml";
    static final String SPELLINGS_FILE = "spellings.yaml";

    /** A section heading: its text, then its anchor and optional kind, as in {@code ## Tests {#tests .tip}}. */
    private static final Pattern SECTION_HEADING =
            Pattern.compile("^##[ \\t]+(.+?)[ \\t]+\\{#([a-z0-9]+(?:-[a-z0-9]+)*)((?:[ \\t]+\\.[a-z]+)?)\\}[ \\t]*$");
    private static final Pattern LANGUAGE_FOLDER = Pattern.compile("[a-z]{2}(?:-[A-Z]{2})?");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** A word in a spelling list: lowercase letters only, so it matches whole words in any case. */
    private static final Pattern SPELLING_WORD = Pattern.compile("\\p{Ll}+");

    /** A translation's record of what it was translated from: {@code translated-from:}, one line per part. */
    static final String TRANSLATED_FROM = "translated-from";
    /** A hash as {@code translated-from:} records it: {@link ContentHash#TRANSLATION_HASH_DIGITS} hex digits. */
    private static final Pattern TRANSLATION_HASH = Pattern.compile("[0-9a-f]{" + ContentHash.TRANSLATION_HASH_DIGITS + "}");

    /** A topic's clinical codes: {@code codes:}, one entry per code, in the default language's file only. */
    static final String CODES = "codes";
    /**
     * An ICD-10-CM code as the tabular list writes it: a letter, a digit, a letter or digit, then for a
     * code below its category a dot and one to four letters or digits (C41.2, C79.51, C90.00).
     */
    private static final Pattern ICD_10_CM = Pattern.compile("[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{1,4})?");
    /** A SNOMED CT concept id: 6 to 18 digits, no leading zero (its last digit a Verhoeff check digit). */
    private static final Pattern SNOMED_CT = Pattern.compile("[1-9][0-9]{5,17}");

    private static final Set<String> TOPIC_FIELDS =
            Set.of("key", "slug", "title", "summary", "position", "sources", "review", CODES, TRANSLATED_FROM);
    private static final Set<String> REVIEW_FIELDS = Set.of("written", "reviewed", "reviewer-role");
    private static final Set<String> TERM_FIELDS = Set.of("key", "term", "other-forms", "definition");
    private static final Set<String> SOURCE_FIELDS = Set.of("key", "publisher", "title", "year", "year-kind", "url",
            "regions");

    private final Parser markdown = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private ContentFiles() {
    }

    /** Reads every content file under a Spring resource location such as {@code classpath:content/}. */
    public static Release load(String location) {
        String root = location.endsWith("/") ? location : location + "/";
        Map<String, String> files = new TreeMap<>();
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            String rootUrl = resolver.getResource(root).getURL().toString();
            for (Resource resource : resolver.getResources(root + "**/*.*")) {
                String url = resource.getURL().toString();
                if (!url.startsWith(rootUrl) || !resource.isReadable()) {
                    continue;
                }
                files.put(url.substring(rootUrl.length()), resource.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content files at " + root, e);
        }
        return parse(files);
    }

    /** Parses content files given as relative path → text (the unit the checks and the import share). */
    public static Release parse(Map<String, String> files) {
        ContentFiles reader = new ContentFiles();
        List<SourceItem> sources = new ArrayList<>();
        List<TopicItem> topics = new ArrayList<>();
        List<TermItem> glossary = new ArrayList<>();
        List<RegionItem> regions = new ArrayList<>();
        List<SpellingItem> spellings = new ArrayList<>();
        CRC32 checksum = new CRC32();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            String path = file.getKey();
            String text = file.getValue().replace("\r\n", "\n");
            checksum.update(path.getBytes(StandardCharsets.UTF_8));
            checksum.update(0);
            checksum.update(text.getBytes(StandardCharsets.UTF_8));
            String[] parts = path.split("/");
            if (parts.length == 1 && path.equals(SOURCES_FILE)) {
                sources.addAll(reader.sources(path, text));
            } else if (parts.length == 2 && LANGUAGE_FOLDER.matcher(parts[0]).matches() && parts[1].equals(GLOSSARY_FILE)) {
                glossary.addAll(reader.glossary(parts[0], path, text));
            } else if (parts.length == 2 && LANGUAGE_FOLDER.matcher(parts[0]).matches() && parts[1].equals(REGIONS_FILE)) {
                regions.addAll(reader.regions(parts[0], path, text));
            } else if (parts.length == 2 && LANGUAGE_FOLDER.matcher(parts[0]).matches() && parts[1].equals(SPELLINGS_FILE)) {
                spellings.addAll(reader.spellings(parts[0], path, text));
            } else if (parts.length == 2 && LANGUAGE_FOLDER.matcher(parts[0]).matches() && parts[1].endsWith(".md")) {
                topics.add(reader.topic(parts[0], path, text));
            } else if (!path.endsWith(".txt")) {
                throw new ContentFileException(new Origin(path, 1), "is not a content file. Topics are <language>/"
                        + "NN-name.md, the glossary is <language>/glossary.yaml, region words are in <language>/regions.yaml, "
                        + "spellings in <language>/spellings.yaml and sources are in sources.yaml.");
            }
        }
        topics.sort(Comparator.comparing(TopicItem::language).thenComparingInt(TopicItem::position));
        checkReferences(sources, topics, glossary);
        checkPageSizes(topics);
        return new Release(List.copyOf(sources), List.copyOf(topics), List.copyOf(glossary), List.copyOf(regions),
                List.copyOf(spellings), (int) checksum.getValue());
    }

    /** What the database would refuse: duplicate keys, and topics citing a source that is not listed. */
    private static void checkReferences(List<SourceItem> sources, List<TopicItem> topics, List<TermItem> glossary) {
        Map<String, SourceItem> sourceKeys = new LinkedHashMap<>();
        for (SourceItem source : sources) {
            if (sourceKeys.putIfAbsent(source.key(), source) != null) {
                throw new ContentFileException(source.origin(), "the source key '" + source.key() + "' is used twice.");
            }
        }
        Set<String> topicKeys = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (TopicItem topic : topics) {
            if (!topicKeys.add(topic.language() + "/" + topic.key())) {
                throw new ContentFileException(topic.origin(), "another file has the topic key '" + topic.key() + "'.");
            }
            if (!slugs.add(topic.language() + "/" + topic.slug())) {
                throw new ContentFileException(topic.origin(), "another file has the slug '" + topic.slug() + "'.");
            }
            Set<String> cited = new HashSet<>();
            for (String key : topic.sourceKeys()) {
                if (!sourceKeys.containsKey(key)) {
                    throw new ContentFileException(topic.origin(), "the source '" + key + "' is not in " + SOURCES_FILE + ".");
                }
                if (!cited.add(key)) {
                    throw new ContentFileException(topic.origin(), "the source '" + key + "' is listed twice.");
                }
            }
        }
        Set<String> termKeys = new HashSet<>();
        Set<String> forms = new HashSet<>();
        for (TermItem term : glossary) {
            if (!termKeys.add(term.language() + "/" + term.key())) {
                throw new ContentFileException(term.origin(), "the glossary key '" + term.key() + "' is used twice.");
            }
            List<String> all = new ArrayList<>(term.otherForms());
            all.add(0, term.term());
            for (String form : all) {
                if (!forms.add(term.language() + "/" + form.toLowerCase(java.util.Locale.ROOT))) {
                    throw new ContentFileException(term.origin(), "'" + form + "' is already a glossary word or form.");
                }
            }
        }
    }

    /**
     * Every page, its shared blocks included, stays within {@link ContentText#MAX_PAGE_CHARS}: a release
     * that would not is refused here, at the line of the include that overflows, not when a reader asks.
     */
    private static void checkPageSizes(List<TopicItem> topics) {
        Map<String, Map<String, String>> blocksByLanguage = new LinkedHashMap<>();
        topics.stream().filter(t -> t.key().equals(TopicCatalog.SHARED_TOPIC)).forEach(t -> blocksByLanguage.put(
                t.language(), blocks(t)));
        for (TopicItem topic : topics) {
            if (topic.key().equals(TopicCatalog.SHARED_TOPIC)) {
                continue;
            }
            ContentText.Page page = new ContentText(blocksByLanguage.getOrDefault(topic.language(), Map.of()),
                    Map.of()).page();
            try {
                page.fill(topic.title());
                page.fill(topic.summary());
            } catch (IncludeException e) {
                throw new ContentFileException(topic.origin(), e.getMessage());
            }
            for (SectionItem section : topic.sections()) {
                try {
                    page.fill(section.body());
                } catch (IncludeException e) {
                    throw new ContentFileException(includeLine(section, e.include()), e.getMessage());
                }
            }
        }
    }

    /** The shared topic's blocks by anchor, as {@link ContentText} takes them. */
    public static Map<String, String> blocks(TopicItem shared) {
        Map<String, String> blocks = new LinkedHashMap<>();
        shared.sections().forEach(s -> blocks.put(s.anchor(), s.body()));
        return blocks;
    }

    /** The shared topic's blocks include each other: refuses a block that includes itself or nests too deep. */
    private static void checkIncludes(TopicItem shared) {
        Map<String, IncludeException> problems = new ContentText(blocks(shared), Map.of()).problems();
        // The block the refusal names is where to fix it; a block that only includes it comes second.
        List<SectionItem> atFault = shared.sections().stream().filter(s -> problems.containsKey(s.anchor()))
                .sorted(Comparator.comparing(s -> !s.anchor().equals(problems.get(s.anchor()).include())))
                .toList();
        if (atFault.isEmpty()) {
            return;
        }
        SectionItem section = atFault.get(0);
        IncludeException problem = problems.get(section.anchor());
        String culprit = problem.include();
        Matcher include = ContentText.INCLUDE.matcher(section.body());
        while (include.find()) {
            if (problems.containsKey(include.group(1))) {
                culprit = include.group(1);
                break;
            }
        }
        throw new ContentFileException(includeLine(section, culprit), problem.getMessage());
    }

    /** Where a section includes a block (its body's first line when it does not). */
    private static Origin includeLine(SectionItem section, String include) {
        int at = include == null ? -1 : section.body().indexOf("{{include " + include + "}}");
        int line = section.bodyLine();
        for (int i = 0; i < at; i++) {
            line += section.body().charAt(i) == '\n' ? 1 : 0;
        }
        return new Origin(section.origin().file(), line);
    }

    /**
     * Reads one topic as written in a topic file (how editors edit a whole topic in the application).
     * Source keys are not checked here: the caller knows which sources exist.
     */
    public static TopicItem parseTopic(String language, String file, String text) {
        return new ContentFiles().topic(language, file, text.replace("\r\n", "\n"));
    }

    /** Writes a topic in the topic-file format: front matter, then its sections. parseTopic reads it back. */
    public static String write(TopicItem topic) {
        StringBuilder text = new StringBuilder("---\n").append(yaml(frontMatter(topic))).append("---\n");
        return sections(text, topic);
    }

    /**
     * Writes a topic as {@link #write(TopicItem)} does, but keeps the original text's own lines for every
     * front-matter field whose value is unchanged (a hand-wrapped summary, an unquoted date, a comment), in the
     * original's order: an edit changes only the lines it must, so a diff shows the edit and nothing else, and a
     * file read and written unchanged is the same file. An original that does not parse is simply replaced.
     */
    public static String write(TopicItem topic, String original) {
        String text = original == null ? "" : original.replace("\r\n", "\n");
        TopicItem before;
        try {
            before = parseTopic(topic.language(), topic.key() + ".md", text);
        } catch (ContentFileException e) {
            return write(topic);
        }
        String[] lines = text.split("\n", -1);
        int closing = 1;
        while (closing < lines.length && !lines[closing].equals("---")) {
            closing++;
        }
        if (!lines[0].equals("---") || closing >= lines.length) {
            return write(topic);
        }
        // Each top-level field's own lines: from its name to the line before the next field's name.
        Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(
                String.join("\n", java.util.Arrays.copyOfRange(lines, 1, closing)) + "\n"));
        if (!(root instanceof MappingNode map)) {
            return write(topic);
        }
        Map<String, String> written = new LinkedHashMap<>();
        List<NodeTuple> tuples = map.getValue();
        int firstField = tuples.isEmpty() ? closing : 1 + tuples.get(0).getKeyNode().getStartMark().getLine();
        String opening = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, firstField));
        for (int i = 0; i < tuples.size(); i++) {
            int from = 1 + tuples.get(i).getKeyNode().getStartMark().getLine();
            int to = i + 1 < tuples.size() ? 1 + tuples.get(i + 1).getKeyNode().getStartMark().getLine() : closing;
            String name = ((ScalarNode) tuples.get(i).getKeyNode()).getValue();
            written.put(name, String.join("\n", java.util.Arrays.copyOfRange(lines, from, to)) + "\n");
        }
        Map<String, Object> now = frontMatter(topic);
        Map<String, Object> then = frontMatter(before);
        StringBuilder out = new StringBuilder("---\n").append(opening.isEmpty() ? "" : opening + "\n");
        List<String> order = new ArrayList<>(written.keySet());
        now.keySet().stream().filter(name -> !order.contains(name)).forEach(order::add);
        for (String name : order) {
            if (!now.containsKey(name)) {
                continue;
            }
            String field = yaml(single(name, now.get(name)));
            boolean unchanged = written.containsKey(name) && then.containsKey(name)
                    && field.equals(yaml(single(name, then.get(name))));
            out.append(unchanged ? written.get(name) : field);
        }
        return sections(out.append("---\n"), topic);
    }

    private static Map<String, Object> single(String name, Object value) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put(name, value);
        return field;
    }

    /** The front matter's fields in the order a new file writes them. */
    private static Map<String, Object> frontMatter(TopicItem topic) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("key", topic.key());
        front.put("slug", topic.slug());
        front.put("title", topic.title());
        front.put("summary", topic.summary());
        front.put("position", topic.position());
        front.put("sources", topic.sourceKeys());
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("written", topic.written() == null ? null : topic.written().toString());
        review.put("reviewed", topic.reviewed() == null ? null : topic.reviewed().toString());
        review.put("reviewer-role", topic.reviewerRole());
        front.put("review", review);
        if (!topic.codes().isEmpty()) {
            List<Map<String, Object>> codes = new ArrayList<>();
            for (CodeItem code : topic.codes()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put(code.system().field(), code.code());
                entry.put("title", code.title());
                codes.add(entry);
            }
            front.put(CODES, codes);
        }
        if (!topic.translatedFrom().isEmpty()) {
            // The title first, then the sections in their order, as a translator reads them.
            Map<String, Object> stamps = new LinkedHashMap<>();
            if (topic.translatedFrom().containsKey(TopicItem.TITLE)) {
                stamps.put(TopicItem.TITLE, topic.translatedFrom().get(TopicItem.TITLE));
            }
            topic.sections().stream().filter(s -> topic.translatedFrom().containsKey(s.anchor()))
                    .forEach(s -> stamps.put(s.anchor(), topic.translatedFrom().get(s.anchor())));
            front.put(TRANSLATED_FROM, stamps);
        }
        return front;
    }

    private static String sections(StringBuilder text, TopicItem topic) {
        for (SectionItem section : topic.sections()) {
            text.append('\n').append(section.asMarkdown());
        }
        return text.toString();
    }

    /** Block-style YAML as the content files are written (empty values left blank). */
    public static String yaml(Map<String, Object> fields) {
        org.yaml.snakeyaml.DumperOptions options = new org.yaml.snakeyaml.DumperOptions();
        options.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        options.setWidth(100);
        options.setSplitLines(true);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(options).dump(fields).replace(": null\n", ":\n");
    }

    /** Reads a YAML map written by {@link #yaml} (release proposals for glossary words and sources). */
    public static Map<String, Object> readYaml(String text) {
        Object value = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("Not a YAML map");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        return fields;
    }

    private TopicItem topic(String language, String file, String text) {
        org.commonmark.node.Node document = markdown.parse(text);
        org.commonmark.node.Node first = document.getFirstChild();
        if (!(first instanceof YamlFrontMatterBlock frontMatter)) {
            throw new ContentFileException(new Origin(file, 1),
                    "must start with front matter: a line '---', the topic's details, and another '---'.");
        }
        List<SourceSpan> spans = frontMatter.getSourceSpans();
        int firstLine = spans.get(0).getLineIndex() + 1;
        int closingLine = spans.get(spans.size() - 1).getLineIndex();
        String[] lines = text.split("\n", -1);
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, firstLine, closingLine));
        Map<String, Node> fields = mapping(yamlNode(file, yaml, firstLine), file, firstLine, TOPIC_FIELDS,
                "the topic");
        Origin origin = new Origin(file, 1);
        Map<String, Node> review = mapping(required(fields, "review", origin), file, firstLine, REVIEW_FIELDS,
                "review");
        Origin reviewAt = at(file, firstLine, fields.get("review"));
        LocalDate written = date(required(review, "written", reviewAt), file, firstLine);
        Node reviewedNode = review.get("reviewed");
        LocalDate reviewed = isNull(reviewedNode) ? null : date(reviewedNode, file, firstLine);
        String reviewerRole = isNull(review.get("reviewer-role")) ? null
                : string(review.get("reviewer-role"), file, firstLine);
        if ((reviewed == null) != (reviewerRole == null)) {
            throw new ContentFileException(reviewAt, "give both 'reviewed' and 'reviewer-role', or neither.");
        }
        String key = key(required(fields, "key", origin), file, firstLine);
        List<SectionItem> sections = sections(file, lines, frontMatter, closingLine);
        if (sections.isEmpty()) {
            throw new ContentFileException(new Origin(file, closingLine + 1),
                    "has no sections. Start each one with a line like: ## Heading {#anchor}");
        }
        Map<String, String> translatedFrom = translatedFrom(fields.get(TRANSLATED_FROM), language, sections, file,
                firstLine);
        List<CodeItem> codes = codes(fields.get(CODES), language, file, firstLine);
        TopicItem topic = new TopicItem(language, key, key(required(fields, "slug", origin), file, firstLine),
                string(required(fields, "title", origin), file, firstLine),
                string(required(fields, "summary", origin), file, firstLine),
                integer(required(fields, "position", origin), file, firstLine),
                strings(required(fields, "sources", origin), file, firstLine), written, reviewed, reviewerRole,
                sections, origin, translatedFrom, codes);
        if (key.equals(TopicCatalog.SHARED_TOPIC)) {
            // Here, not only at import: an editor's draft of the shared topic is read by this same method.
            checkIncludes(topic);
        }
        return topic;
    }

    /**
     * A translation's {@code translated-from:}: {@code title} and section anchors of this file, each with the
     * hash of the default language's text it was translated from. A line left blank is not stamped yet.
     */
    private static Map<String, String> translatedFrom(Node node, String language, List<SectionItem> sections,
                                                      String file, int offset) {
        if (isNull(node)) {
            return Map.of();
        }
        if (language.equals(Languages.defaultCode())) {
            throw new ContentFileException(at(file, offset, node), TRANSLATED_FROM + " is for a translation: '"
                    + language + "' is the language the others are translated from. Remove it.");
        }
        if (!(node instanceof MappingNode map)) {
            throw new ContentFileException(at(file, offset, node), TRANSLATED_FROM
                    + " should be a list of 'anchor: hash' lines, like 'get-help-now: 3f2a9c1b0d4e'.");
        }
        Set<String> anchors = new HashSet<>();
        sections.forEach(s -> anchors.add(s.anchor()));
        Map<String, String> stamps = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String name = string(tuple.getKeyNode(), file, offset);
            if (!name.equals(TopicItem.TITLE) && !anchors.contains(name)) {
                throw new ContentFileException(at(file, offset, tuple.getKeyNode()), TRANSLATED_FROM + " names '" + name
                        + "', which is neither '" + TopicItem.TITLE + "' nor the anchor of a section in this file.");
            }
            if (stamps.containsKey(name)) {
                throw new ContentFileException(at(file, offset, tuple.getKeyNode()), "'" + name + "' is given twice.");
            }
            Node value = tuple.getValueNode();
            if (isNull(value)) {
                continue;
            }
            String hash = string(value, file, offset);
            if (!TRANSLATION_HASH.matcher(hash).matches()) {
                throw new ContentFileException(at(file, offset, value), "'" + hash + "' is not a translation hash: "
                        + ContentHash.TRANSLATION_HASH_DIGITS + " digits 0-9 and a-f, as the content check prints them.");
            }
            stamps.put(name, hash);
        }
        return stamps;
    }

    /**
     * A topic's {@code codes:}: a list of entries, each one code system's name with its code, and {@code title}
     * (the code system's own title), as in {@code - icd-10-cm: C79.51} / {@code title: Secondary malignant
     * neoplasm of bone}. Codes belong to the topic in every language, so only the default language's file lists
     * them: a translation answers the same codes by its key.
     */
    private static List<CodeItem> codes(Node node, String language, String file, int offset) {
        if (node == null) {
            return List.of();
        }
        if (!language.equals(Languages.defaultCode())) {
            throw new ContentFileException(at(file, offset, node), CODES + " belong to the topic in every language: "
                    + "list them in the " + Languages.defaultCode() + " file of this topic and remove them here.");
        }
        if (isNull(node) || (node instanceof SequenceNode list && list.getValue().isEmpty())) {
            throw new ContentFileException(at(file, offset, node), CODES + " lists at least one code, like '- "
                    + CodeKind.ICD_10_CM.field() + ": C79.51' with its 'title:'. Leave it out for a topic with no codes.");
        }
        Set<String> allowed = new java.util.TreeSet<>(Set.of("title"));
        for (CodeKind kind : CodeKind.values()) {
            allowed.add(kind.field());
        }
        List<CodeItem> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : sequence(node, file, offset)) {
            if (!(item instanceof MappingNode)) {
                throw new ContentFileException(at(file, offset, item), "each code is two lines, like '- "
                        + CodeKind.ICD_10_CM.field() + ": C79.51' and '  title: Secondary malignant neoplasm of bone'.");
            }
            Map<String, Node> fields = mapping(item, file, offset, allowed, "a code");
            List<CodeKind> kinds = java.util.Arrays.stream(CodeKind.values())
                    .filter(k -> fields.containsKey(k.field())).toList();
            if (kinds.size() != 1) {
                throw new ContentFileException(at(file, offset, item), "each code names one code system: "
                        + String.join(" or ", java.util.Arrays.stream(CodeKind.values()).map(CodeKind::field).toList())
                        + ".");
            }
            CodeKind kind = kinds.get(0);
            Node codeNode = required(fields, kind.field(), at(file, offset, item));
            String code = string(codeNode, file, offset);
            checkCode(kind, code, at(file, offset, codeNode));
            String title = string(required(fields, "title", at(file, offset, item)), file, offset);
            if (!seen.add(kind.field() + ":" + code)) {
                throw new ContentFileException(at(file, offset, codeNode), "the code " + code + " is listed twice.");
            }
            codes.add(new CodeItem(kind, code, title));
        }
        return List.copyOf(codes);
    }

    /** A code as its system writes it; anything else is refused with how to write it. */
    private static void checkCode(CodeKind kind, String code, Origin where) {
        if (kind == CodeKind.ICD_10_CM) {
            if (!ICD_10_CM.matcher(code).matches()) {
                throw new ContentFileException(where, "'" + code + "' is not an ICD-10-CM code as the tabular list "
                        + "writes it: a capital letter, two more characters, then a dot and the rest, like C79.51 or "
                        + "G83.4 (capital letters, the dot after the third character).");
            }
        } else if (!SNOMED_CT.matcher(code).matches() || !verhoeffValid(code)) {
            throw new ContentFileException(where, "'" + code + "' is not a SNOMED CT concept id: 6 to 18 digits "
                    + "whose last is a check digit (copy it from the SNOMED CT browser; quote it, like '94222008').");
        }
    }

    private static final int[][] VERHOEFF_D = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
            {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] VERHOEFF_P = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
            {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

    /** SNOMED CT ids end in a Verhoeff check digit: a mistyped or transposed digit fails here, not in a record. */
    static boolean verhoeffValid(String digits) {
        int c = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            c = VERHOEFF_D[c][VERHOEFF_P[i % 8][digit]];
        }
        return c == 0;
    }

    private List<SectionItem> sections(String file, String[] lines, org.commonmark.node.Node frontMatter,
                                       int closingLine) {
        List<Integer> starts = new ArrayList<>();
        for (org.commonmark.node.Node block = frontMatter.getNext(); block != null; block = block.getNext()) {
            int line = block.getSourceSpans().get(0).getLineIndex();
            if (block instanceof Heading heading && heading.getLevel() <= 2) {
                if (heading.getLevel() == 1) {
                    throw new ContentFileException(new Origin(file, line + 1), "uses a '# ' heading. The topic's "
                            + "title is in the front matter; sections start with '## ', headings inside one with '### '.");
                }
                starts.add(line);
            } else if (starts.isEmpty()) {
                throw new ContentFileException(new Origin(file, line + 1),
                        "has text before the first section. Start a section with a line like: ## Heading {#anchor}");
            }
        }
        List<SectionItem> sections = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        for (int i = 0; i < starts.size(); i++) {
            int headingLine = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : lines.length;
            Origin origin = new Origin(file, headingLine + 1);
            Matcher m = SECTION_HEADING.matcher(lines[headingLine]);
            if (!m.matches()) {
                throw new ContentFileException(origin, "section headings need an anchor, like: ## Heading {#anchor}"
                        + " (add ' .urgent' or ' .tip' inside the braces for a callout). Anchors use a-z, 0-9 and '-'.");
            }
            if (!anchors.add(m.group(2))) {
                throw new ContentFileException(origin, "the anchor '" + m.group(2) + "' is used twice in this file.");
            }
            SectionKind kind = kind(m.group(3).strip(), origin);
            String body = String.join("\n", java.util.Arrays.copyOfRange(lines, headingLine + 1, end)).strip();
            if (body.isEmpty()) {
                throw new ContentFileException(origin, "this section has no text.");
            }
            int bodyLine = headingLine + 1;
            while (bodyLine < end && lines[bodyLine].isBlank()) {
                bodyLine++;
            }
            sections.add(new SectionItem(m.group(2), m.group(1).strip(), kind, body, origin, bodyLine + 1));
        }
        return List.copyOf(sections);
    }

    private static SectionKind kind(String mark, Origin origin) {
        return switch (mark) {
            case "" -> SectionKind.NORMAL;
            case ".urgent" -> SectionKind.URGENT;
            case ".tip" -> SectionKind.TIP;
            default -> throw new ContentFileException(origin,
                    "unknown section kind '" + mark + "'. Use .urgent, .tip, or nothing for a normal section.");
        };
    }

    private List<TermItem> glossary(String language, String file, String text) {
        List<TermItem> terms = new ArrayList<>();
        for (Node item : sequence(yamlNode(file, text, 0), file, 0)) {
            Map<String, Node> fields = mapping(item, file, 0, TERM_FIELDS, "a glossary entry");
            Origin origin = at(file, 0, item);
            List<String> forms = fields.containsKey("other-forms") ? strings(fields.get("other-forms"), file, 0)
                    : List.of();
            terms.add(new TermItem(language, key(required(fields, "key", origin), file, 0),
                    string(required(fields, "term", origin), file, 0), forms,
                    string(required(fields, "definition", origin), file, 0), origin));
        }
        return terms;
    }

    /**
     * Region words: for each region (uk, us, international) the same set of names, each with the words
     * that replace {@code {{name}}} in the text of a deployment in that region.
     */
    private List<RegionItem> regions(String language, String file, String text) {
        Node root = yamlNode(file, text, 0);
        Set<String> regionKeys = new java.util.TreeSet<>();
        for (Region region : Region.values()) {
            regionKeys.add(region.key());
        }
        Map<String, Node> byRegion = mapping(root, file, 0, regionKeys, "the region words");
        List<RegionItem> items = new ArrayList<>();
        Set<String> names = null;
        for (Region region : Region.values()) {
            Node node = required(byRegion, region.key(), new Origin(file, 1));
            if (!(node instanceof MappingNode map)) {
                throw new ContentFileException(at(file, 0, node), region.key() + " should be a list of 'name: words' lines.");
            }
            Map<String, String> words = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                String name = key(tuple.getKeyNode(), file, 0);
                if (words.put(name, string(tuple.getValueNode(), file, 0)) != null) {
                    throw new ContentFileException(at(file, 0, tuple.getKeyNode()), "'" + name + "' is given twice.");
                }
            }
            if (names == null) {
                names = words.keySet();
            } else if (!names.equals(words.keySet())) {
                Set<String> missing = new java.util.TreeSet<>(names);
                missing.removeAll(words.keySet());
                Set<String> extra = new java.util.TreeSet<>(words.keySet());
                extra.removeAll(names);
                throw new ContentFileException(at(file, 0, node), "every region needs the same words; " + region.key()
                        + (missing.isEmpty() ? "" : " lacks " + missing) + (extra.isEmpty() ? "" : " adds " + extra) + ".");
            }
            items.add(new RegionItem(language, region, Map.copyOf(words), at(file, 0, node)));
        }
        return items;
    }

    /**
     * Spellings: for some regions (each optional), lines {@code word: word}, both in lowercase letters,
     * the word as the content writes it on the left. A word is not both changed and a change (no chains).
     */
    private List<SpellingItem> spellings(String language, String file, String text) {
        Set<String> regionKeys = new java.util.TreeSet<>();
        for (Region region : Region.values()) {
            regionKeys.add(region.key());
        }
        Map<String, Node> byRegion = mapping(yamlNode(file, text, 0), file, 0, regionKeys, "the spellings");
        List<SpellingItem> items = new ArrayList<>();
        for (Region region : Region.values()) {
            Node node = byRegion.get(region.key());
            if (node == null) {
                continue;
            }
            if (isNull(node)) {
                items.add(new SpellingItem(language, region, Map.of(), at(file, 0, node)));
                continue;
            }
            if (!(node instanceof MappingNode map)) {
                throw new ContentFileException(at(file, 0, node), region.key()
                        + " should be a list of 'word: spelling' lines.");
            }
            Map<String, String> words = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                String from = spellingWord(tuple.getKeyNode(), file);
                String to = spellingWord(tuple.getValueNode(), file);
                if (from.equals(to)) {
                    throw new ContentFileException(at(file, 0, tuple.getKeyNode()), "'" + from
                            + "' is spelled the same; leave it out.");
                }
                if (words.put(from, to) != null) {
                    throw new ContentFileException(at(file, 0, tuple.getKeyNode()), "'" + from + "' is given twice.");
                }
            }
            for (NodeTuple tuple : map.getValue()) {
                String to = spellingWord(tuple.getValueNode(), file);
                if (words.containsKey(to)) {
                    throw new ContentFileException(at(file, 0, tuple.getValueNode()), "'" + to
                            + "' is itself respelled in this list; give the final spelling.");
                }
            }
            items.add(new SpellingItem(language, region, Map.copyOf(words), at(file, 0, node)));
        }
        return items;
    }

    private static String spellingWord(Node node, String file) {
        String word = string(node, file, 0);
        if (!SPELLING_WORD.matcher(word).matches()) {
            throw new ContentFileException(at(file, 0, node), "'" + word
                    + "' is not one word in lowercase letters (list each form: tumour and tumours).");
        }
        return word;
    }

    private List<SourceItem> sources(String file, String text) {
        List<SourceItem> sources = new ArrayList<>();
        for (Node item : sequence(yamlNode(file, text, 0), file, 0)) {
            Map<String, Node> fields = mapping(item, file, 0, SOURCE_FIELDS, "a source");
            Origin origin = at(file, 0, item);
            Node yearKind = required(fields, "year-kind", origin);
            YearKind kind;
            try {
                kind = YearKind.parse(string(yearKind, file, 0));
            } catch (IllegalArgumentException e) {
                throw new ContentFileException(at(file, 0, yearKind), "year-kind is 'published' or 'accessed'.");
            }
            sources.add(new SourceItem(key(required(fields, "key", origin), file, 0),
                    string(required(fields, "publisher", origin), file, 0),
                    string(required(fields, "title", origin), file, 0),
                    integer(required(fields, "year", origin), file, 0), kind,
                    string(required(fields, "url", origin), file, 0), sourceRegions(fields.get("regions"), file),
                    origin));
        }
        return sources;
    }

    /** A source's {@code regions: [uk]}: known region keys, each once; left out, the source is for every region. */
    private static List<Region> sourceRegions(Node node, String file) {
        if (node == null) {
            return List.of();
        }
        if (isNull(node) || (node instanceof SequenceNode list && list.getValue().isEmpty())) {
            throw new ContentFileException(at(file, 0, node), "regions lists the regions a source is for, like "
                    + "[uk]. Leave it out for a source that is for every region.");
        }
        if (node instanceof ScalarNode) {
            throw new ContentFileException(at(file, 0, node), "regions should be a list, like [uk] or [uk, us].");
        }
        List<Region> regions = new ArrayList<>();
        for (Node item : sequence(node, file, 0)) {
            String key = string(item, file, 0);
            Region region = Region.ofKey(key);
            if (region == null) {
                throw new ContentFileException(at(file, 0, item), "unknown region '" + key + "' in regions. Use "
                        + String.join(", ", java.util.Arrays.stream(Region.values()).map(Region::key).toList()) + ".");
            }
            if (regions.contains(region)) {
                throw new ContentFileException(at(file, 0, item), "the region '" + key + "' is listed twice.");
            }
            regions.add(region);
        }
        return List.copyOf(regions);
    }

    // --- YAML nodes, with the line each value came from ---

    private static Node yamlNode(String file, String yaml, int lineOffset) {
        try {
            Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(yaml));
            if (node == null) {
                throw new ContentFileException(new Origin(file, lineOffset + 1), "is empty.");
            }
            return node;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine();
            throw new ContentFileException(new Origin(file, lineOffset + line + 1),
                    "is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            // The parser's own limits (nesting deeper than 50, too many aliases) come without a place.
            throw new ContentFileException(new Origin(file, lineOffset + 1), "is not valid YAML: " + e.getMessage());
        }
    }

    private static Origin at(String file, int lineOffset, Node node) {
        return new Origin(file, lineOffset + node.getStartMark().getLine() + 1);
    }

    private static Map<String, Node> mapping(Node node, String file, int offset, Set<String> allowed, String what) {
        if (!(node instanceof MappingNode map)) {
            throw new ContentFileException(at(file, offset, node), what + " should be a list of 'name: value' lines.");
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!allowed.contains(name)) {
                throw new ContentFileException(at(file, offset, tuple.getKeyNode()),
                        "unknown field '" + name + "' in " + what + ". Allowed: " + new java.util.TreeSet<>(allowed));
            }
            if (fields.put(name, tuple.getValueNode()) != null) {
                throw new ContentFileException(at(file, offset, tuple.getKeyNode()), "'" + name + "' is given twice.");
            }
        }
        return fields;
    }

    private static List<Node> sequence(Node node, String file, int offset) {
        if (!(node instanceof SequenceNode list)) {
            throw new ContentFileException(at(file, offset, node), "should be a list, each entry starting with '- '.");
        }
        return list.getValue();
    }

    private static Node required(Map<String, Node> fields, String name, Origin where) {
        Node node = fields.get(name);
        if (isNull(node)) {
            throw new ContentFileException(where, "'" + name + "' is missing.");
        }
        return node;
    }

    private static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode s && (node.getTag().equals(Tag.NULL) || s.getValue().isBlank()));
    }

    private static String string(Node node, String file, int offset) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new ContentFileException(at(file, offset, node), "should be text, not a list.");
        }
        return scalar.getValue().strip();
    }

    private static String key(Node node, String file, int offset) {
        String value = string(node, file, offset);
        if (!KEY.matcher(value).matches()) {
            throw new ContentFileException(at(file, offset, node),
                    "'" + value + "' is not a valid key: use a-z, 0-9 and single '-' between words.");
        }
        return value;
    }

    private static int integer(Node node, String file, int offset) {
        try {
            return Integer.parseInt(string(node, file, offset));
        } catch (NumberFormatException e) {
            throw new ContentFileException(at(file, offset, node), "should be a whole number.");
        }
    }

    private static LocalDate date(Node node, String file, int offset) {
        try {
            return LocalDate.parse(string(node, file, offset));
        } catch (DateTimeParseException e) {
            throw new ContentFileException(at(file, offset, node), "should be a date like 2026-11-25.");
        }
    }

    private static List<String> strings(Node node, String file, int offset) {
        List<String> values = new ArrayList<>();
        for (Node item : sequence(node, file, offset)) {
            values.add(string(item, file, offset));
        }
        return List.copyOf(values);
    }
}
