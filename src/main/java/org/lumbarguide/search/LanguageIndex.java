package org.lumbarguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
import org.lumbarguide.content.catalog.TopicViews.GlossaryLetter;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.content.format.ContentHash;

/**
 * One language's search index, built whole from one published catalog and never changed: a small Lucene index
 * in memory ({@link ByteBuffersDirectory}), one segment. Its documents are the topic pages (title and summary),
 * their sections (heading and text) and the glossary's words (the word, its other forms and its definition),
 * each with the address it links to. The emergency box is indexed once, at the section the site's emergency
 * links go to (Symptoms), not at every page that repeats it.
 *
 * <p>Lucene holds only what is searched; what a result shows (its name, topic, address and text) is kept here,
 * by document number, as plain strings, so a result costs no stored-field decompression. The index is one
 * segment that is never written again, so document numbers are the order documents were added.
 *
 * <p>The reader is reference-counted: a search holds it ({@link #tryAcquire()}, {@link #release()}) so an index
 * replaced by a newer one closes only after the last search that started on it.
 */
final class LanguageIndex {

    /** {@link #PAGE} (a topic page or one of its sections) or {@link #TERM} (a glossary word). */
    static final String KIND = "kind";
    static final String PAGE = "page";
    static final String TERM = "term";
    /** What a hit is called and, for a glossary word, its other forms: the field a match counts most in. */
    static final String TITLE = "title";
    /** The text: a topic's summary, a section's text, a word's definition (with offsets, for snippets). */
    static final String BODY = "body";
    /** Everything searchable of a document together: title, topic and text. */
    static final String ALL = "all";
    /** The words as written (lowercase, folded, not stemmed): what spelling suggestions choose from. */
    static final String WORDS = "words";

    /** The topic whose urgent section is the emergency box every emergency link points to (a key, shared by translations). */
    static final String EMERGENCY_TOPIC = "symptoms";

    /**
     * Between two blocks of a section's text (paragraphs, list items, table cells): the paragraph separator, which
     * ends a sentence for the snippets' break iterator, so a snippet never runs one list item into the next.
     */
    static final char BLOCK_END = '\u2029';

    static final int CACHED_SEARCHES = 2_000;

    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_NOT_STORED);
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}']*");

    static {
        // Offsets in the postings: snippets come straight from the index, the text is not analysed again.
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    /** What a result shows of a document: its name, its topic (a section's, else null), its address and its text. */
    record Shown(String name, String topic, String href, String body) {
    }

    final String language;
    /** What the index was built from: {@link #fingerprint(Catalog)} of its catalog. */
    final String fingerprint;
    final IndexSearcher searcher;
    /** Snippets for this index's results (thread-safe: one for every search). */
    final UnifiedHighlighter highlighter;
    final SearchPaths paths;
    /** The emergency box's address in this language. */
    final String emergencyHref;
    final int pages;
    final int terms;
    final long bytes;
    /**
     * The last searches' results on this index, by their words: readers ask the same few things again and again,
     * and results only change with the index, which is replaced whole (so this is never stale). Held in memory
     * only, never logged; bounded by {@value #CACHED_SEARCHES} searches.
     */
    final Cache<String, IndexQuery.Found> results = Caffeine.newBuilder().maximumSize(CACHED_SEARCHES).build();
    private final List<Shown> shown;
    /** Every term of {@link #ALL} and of {@link #WORDS}: "is this word in the guide?" without a term lookup. */
    private final Set<String> allTerms;
    private final Set<String> wordTerms;
    /** Each word of the guide as {@link LanguageAnalysis#words} makes it, to the word as the guide writes it. */
    private final Map<String, String> written;
    private final DirectoryReader reader;

    private LanguageIndex(String language, String fingerprint, DirectoryReader reader, LanguageAnalysis analysis,
                          String emergencyHref, int pages, int terms, long bytes, List<Shown> shown,
                          Map<String, String> written) throws IOException {
        this.language = language;
        this.fingerprint = fingerprint;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.shown = List.copyOf(shown);
        this.highlighter = IndexQuery.highlighter(searcher, analysis, this::body);
        this.paths = SearchPaths.of(language);
        this.emergencyHref = emergencyHref;
        this.pages = pages;
        this.terms = terms;
        this.bytes = bytes;
        this.written = Map.copyOf(written);
        this.allTerms = terms(reader, ALL);
        this.wordTerms = terms(reader, WORDS);
    }

    /**
     * What a catalog shows, as one value: it changes when any page, the glossary or the shared text changes, and
     * not when the catalog is merely rebuilt from the same rows (its periodic refresh).
     */
    static String fingerprint(Catalog catalog) {
        List<Object> parts = new ArrayList<>();
        parts.add(catalog.language());
        parts.add(catalog.etag());
        for (TopicLink topic : catalog.topics()) {
            parts.add(catalog.page(topic.slug()).map(TopicPage::etag).orElse(""));
        }
        return ContentHash.of(parts.toArray());
    }

    /** Builds the index of a catalog. */
    static LanguageIndex build(Catalog catalog, LanguageAnalysis analysis) {
        SearchPaths paths = SearchPaths.of(catalog.language());
        // Read as one buffer: the default many small buffers cost a copy of the buffer list for every term lookup.
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        Analyzer analyzer = new PerFieldAnalyzerWrapper(analysis.index, Map.of(WORDS, analysis.words));
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setUseCompoundFile(false);
        Documents documents = new Documents(analysis);
        String emergencyHref = emergencyHref(catalog, paths);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (TopicLink topic : catalog.topics()) {
                TopicPage page = catalog.page(topic.slug()).orElse(null);
                if (page == null) {
                    continue;
                }
                documents.add(writer, PAGE, page.title(), page.title(), null, page.summary(), paths.topic(page.slug()));
                for (SectionView section : page.sections()) {
                    String href = paths.section(page.slug(), section.anchor());
                    if (section.urgent() && !href.equals(emergencyHref)) {
                        // The emergency box again, as every topic repeats it: one result for it is enough.
                        continue;
                    }
                    documents.add(writer, PAGE, section.heading(), section.heading(), page.title(),
                            text(section.plainHtml()), href);
                }
            }
            int pages = documents.shown.size();
            for (GlossaryLetter letter : catalog.glossary()) {
                for (GlossaryEntry entry : letter.entries()) {
                    documents.add(writer, TERM, entry.term(), String.join("\n", entry.forms()), null,
                            entry.definition(), paths.glossaryEntry(entry.anchor()));
                }
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.maxDoc() != documents.shown.size() || reader.leaves().size() > 1) {
                throw new IllegalStateException("The search index is not one segment in the order it was written");
            }
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return new LanguageIndex(catalog.language(), fingerprint(catalog), reader, analysis, emergencyHref, pages,
                    documents.shown.size() - pages, bytes, documents.shown, documents.written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a result shows of a document. */
    Shown shown(int doc) {
        return shown.get(doc);
    }

    /** Whether a term of {@link #ALL} (analysed as the index analyses) is in the guide. */
    boolean hasTerm(String term) {
        return allTerms.contains(term);
    }

    /** Whether a word, as {@link LanguageAnalysis#words} makes it, is in the guide as written. */
    boolean hasWord(String word) {
        return wordTerms.contains(word);
    }

    /** The word as the guide writes it ("médula" for "medula"), or the word itself. */
    String written(String word) {
        return written.getOrDefault(word, word);
    }

    /** Holds the reader for one search; false when this index has been replaced and closed meanwhile. */
    boolean tryAcquire() {
        return reader.tryIncRef();
    }

    /** Ends a search begun with {@link #tryAcquire()}; also called once when the index is replaced. */
    void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of the documents an iterator names, for the highlighter (instead of Lucene's stored fields). */
    private List<CharSequence[]> body(String[] fields, DocIdSetIterator docs) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            CharSequence[] texts = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                texts[i] = BODY.equals(fields[i]) ? shown.get(doc).body() : "";
            }
            values.add(texts);
        }
        return values;
    }

    private static Set<String> terms(DirectoryReader reader, String field) throws IOException {
        Set<String> terms = new HashSet<>();
        for (var leaf : reader.leaves()) {
            LeafReader leafReader = leaf.reader();
            Terms fieldTerms = leafReader.terms(field);
            if (fieldTerms == null) {
                continue;
            }
            TermsEnum each = fieldTerms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                terms.add(term.utf8ToString());
            }
        }
        return Set.copyOf(terms);
    }

    /**
     * The emergency box's address: the first urgent section of the Symptoms topic, as the footer's link; else the
     * first urgent section of any page; else the home page, which shows the box.
     */
    private static String emergencyHref(Catalog catalog, SearchPaths paths) {
        String first = null;
        for (TopicLink topic : catalog.topics()) {
            TopicPage page = catalog.page(topic.slug()).orElse(null);
            if (page == null) {
                continue;
            }
            for (SectionView section : page.sections()) {
                if (section.urgent()) {
                    String href = paths.section(page.slug(), section.anchor());
                    if (EMERGENCY_TOPIC.equals(page.key())) {
                        return href;
                    }
                    first = first == null ? href : first;
                    break;
                }
            }
        }
        return first != null ? first : paths.home();
    }

    /** The documents as they are added: what each shows, and each word of the guide as written (its first use). */
    private static final class Documents {

        private final LanguageAnalysis analysis;
        private final List<Shown> shown = new ArrayList<>();
        private final Map<String, String> written = new HashMap<>();
        private final Set<String> seen = new HashSet<>();

        Documents(LanguageAnalysis analysis) {
            this.analysis = analysis;
        }

        /**
         * Adds a document: {@code name} is shown, {@code title} counts most, {@code body} is the text snippets come
         * from, {@code topic} (a section's topic, or null) is shown above it and searched with the rest.
         */
        void add(IndexWriter writer, String kind, String name, String title, String topic, String body, String href)
                throws IOException {
            String text = body == null ? "" : body;
            String all = title + "\n" + (topic == null ? "" : topic + "\n") + text;
            Document document = new Document();
            document.add(new StringField(KIND, kind, Field.Store.NO));
            document.add(new TextField(TITLE, title, Field.Store.NO));
            document.add(new Field(BODY, text, BODY_TYPE));
            document.add(new TextField(ALL, all, Field.Store.NO));
            document.add(new TextField(WORDS, all, Field.Store.NO));
            writer.addDocument(document);
            shown.add(new Shown(name, topic, href, text));
            remember(all);
        }

        private void remember(String text) {
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                String asWritten = word.group().toLowerCase(Locale.ROOT);
                if (seen.add(asWritten)) {
                    written.putIfAbsent(analysis.word(asWritten), asWritten);
                }
            }
        }
    }

    /** A section's text for the index and its snippets: the plain HTML's text, its blocks ended by {@link #BLOCK_END}. */
    static String text(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(html.length());
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock() && out.length() > 0
                        && out.charAt(out.length() - 1) != BLOCK_END) {
                    out.append(BLOCK_END);
                }
            }
        });
        return out.toString().replaceAll("\\s*\u2029\\s*", "\u2029").replaceAll("^\u2029+|\u2029+$", "").strip();
    }
}
