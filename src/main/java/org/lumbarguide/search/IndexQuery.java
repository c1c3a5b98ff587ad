package org.lumbarguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * One search of one language's index, from what a reader typed to results. The typed text never reaches a
 * query parser: it is analysed into terms (synonyms included), and the query is built from those terms, so
 * quotes, stars, colons, brackets, {@code AND} and backslashes are only characters, and no input can make a
 * slow query (wildcards and regular expressions cannot be written, fuzzy matching is bounded).
 *
 * <p>A word the guide does not use (after synonyms) is matched by its near spellings too, ranked below exact
 * matches, and a spelling the guide does use is suggested for it ("Did you mean ...?"), from the guide's own
 * words (Lucene's {@link DirectSpellChecker}).
 */
final class IndexQuery {

    /** Words of a query that are used; the rest is ignored (and the page says so). */
    static final int MAX_WORDS = 10;
    static final int MAX_PAGES = 10;
    static final int MAX_TERMS = 3;
    /**
     * Unknown words guessed at (near spellings searched, a spelling suggested), at most: each costs a Levenshtein
     * automaton, and a query of many words nobody wrote is not a misspelling.
     */
    static final int MAX_GUESSES = 3;
    /** Snippets aim at about this many characters: a sentence or two. */
    private static final int SNIPPET_CHARS = 160;
    private static final float TITLE_BOOST = 2.5f;
    /** A near spelling counts for less than the word itself. */
    private static final float GUESS_BOOST = 0.6f;
    private static final java.util.regex.Pattern BLOCKS = java.util.regex.Pattern.compile("\\s*" + LanguageIndex.BLOCK_END + "+\\s*");

    /**
     * What a search found. {@code suggestion} is the query with the guide's spelling of each word it does not know
     * (null when there is none); {@code wordsIgnored} says the query had more than {@link #MAX_WORDS} words.
     */
    record Found(List<SearchHit> pages, List<SearchHit> terms, String suggestion, boolean wordsIgnored) {

        Found {
            pages = List.copyOf(pages);
            terms = List.copyOf(terms);
        }

        boolean isEmpty() {
            return pages.isEmpty() && terms.isEmpty();
        }
    }

    private IndexQuery() {
    }

    static Found run(LanguageIndex index, LanguageAnalysis analysis, String text) {
        List<Word> words = words(analysis, text);
        boolean wordsIgnored = words.size() > MAX_WORDS;
        if (wordsIgnored) {
            words = words.subList(0, MAX_WORDS);
        }
        if (words.isEmpty()) {
            return new Found(List.of(), List.of(), null, false);
        }
        // The words as the analyser saw them, one space apart: what is searched and what a suggestion rewrites.
        StringBuilder used = new StringBuilder();
        for (Word word : words) {
            word.start = used.length() + (used.isEmpty() ? 0 : 1);
            used.append(used.isEmpty() ? "" : " ").append(word.text);
            word.end = used.length();
        }
        List<Word> searched = words;
        // The same words always find the same in one index: "Back pain", "back  pain!" and "BACK PAIN" are one search.
        return index.results.get(used + (wordsIgnored ? " …" : ""),
                key -> search(index, analysis, searched, used.toString(), wordsIgnored));
    }

    private static Found search(LanguageIndex index, LanguageAnalysis analysis, List<Word> words, String used,
                                boolean wordsIgnored) {
        try {
            IndexReader reader = index.searcher.getIndexReader();
            Set<String> unknown = unknownWords(index, analysis, words, used);
            Query query = query(analysis, used, unknown);
            if (query == null) {
                return new Found(List.of(), List.of(), suggestion(index, reader, words, unknown), wordsIgnored);
            }
            // Near spellings become the terms they match once, for both searches and the snippets.
            query = index.searcher.rewrite(query);
            List<SearchHit> pages = hits(index, query, LanguageIndex.PAGE, MAX_PAGES);
            List<SearchHit> terms = hits(index, query, LanguageIndex.TERM, MAX_TERMS);
            return new Found(pages, terms, suggestion(index, reader, words, unknown), wordsIgnored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word of the query as {@link LanguageAnalysis#words} reads it, and where it sits in the searched text. */
    private static final class Word {
        final String text;
        int start;
        int end;

        Word(String text) {
            this.text = text;
        }
    }

    private static List<Word> words(LanguageAnalysis analysis, String text) {
        List<Word> words = new ArrayList<>();
        for (String word : LanguageAnalysis.terms(analysis.words, text)) {
            words.add(new Word(word));
        }
        return words;
    }

    /**
     * The words that find nothing as they are: not in the guide as written, and no term made from them (a stem, a
     * synonym of the word or of a phrase it is part of, such as "unable to walk") is in the guide either. A stop
     * word ("the", "my") is not unknown: it is simply not searched.
     */
    private static Set<String> unknownWords(LanguageIndex index, LanguageAnalysis analysis, List<Word> words,
                                            String used) throws IOException {
        List<int[]> found = new ArrayList<>();
        boolean[] analysed = new boolean[used.length() + 1];
        try (TokenStream stream = analysis.query.tokenStream(LanguageIndex.ALL, used)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                for (int i = offset.startOffset(); i < offset.endOffset() && i < analysed.length; i++) {
                    analysed[i] = true;
                }
                if (index.hasTerm(term.toString())) {
                    found.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            stream.end();
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (Word word : words) {
            boolean searched = false;
            for (int i = word.start; i < word.end; i++) {
                searched |= analysed[i];
            }
            if (!searched || index.hasWord(word.text)) {
                continue;
            }
            boolean known = false;
            for (int[] span : found) {
                known |= span[0] < word.end && word.start < span[1];
            }
            if (!known && unknown.size() < MAX_GUESSES) {
                unknown.add(word.text);
            }
        }
        return unknown;
    }

    /**
     * The words in the title count most, anywhere else once; a multi-word synonym must match as a phrase
     * ("back pain", not "back" somewhere and "pain" elsewhere). Unknown words of four letters or more also match
     * their near spellings (one edit, two from seven letters), bounded to a few terms each.
     */
    private static Query query(LanguageAnalysis analysis, String text, Set<String> unknown) {
        QueryBuilder builder = new QueryBuilder(analysis.query);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        Query all = builder.createBooleanQuery(LanguageIndex.ALL, text, Occur.SHOULD);
        if (all != null) {
            query.add(all, Occur.SHOULD);
            query.add(new BoostQuery(builder.createBooleanQuery(LanguageIndex.TITLE, text, Occur.SHOULD), TITLE_BOOST),
                    Occur.SHOULD);
            any = true;
        }
        for (String word : unknown) {
            if (word.length() < 4) {
                continue;
            }
            int edits = word.length() >= 7 ? 2 : 1;
            for (String term : LanguageAnalysis.terms(analysis.index, word)) {
                query.add(new BoostQuery(new FuzzyQuery(new Term(LanguageIndex.ALL, term), edits, 1, 16, true),
                        GUESS_BOOST), Occur.SHOULD);
                any = true;
            }
        }
        return any ? query.build() : null;
    }

    private static List<SearchHit> hits(LanguageIndex index, Query query, String kind, int max) throws IOException {
        Query ofKind = new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermQuery(new Term(LanguageIndex.KIND, kind)), Occur.FILTER).build();
        TopDocs top = index.searcher.search(ofKind, max);
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        String[] snippets = index.highlighter.highlight(LanguageIndex.BODY, query, top, 1);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = 0; i < docs.length; i++) {
            LanguageIndex.Shown shown = index.shown(docs[i].doc);
            hits.add(new SearchHit(shown.name(), shown.topic(), shown.href(), snippet(snippets[i])));
        }
        return hits;
    }

    /** The texts of documents, as the highlighter asks for them (Lucene's stored fields are not used). */
    @FunctionalInterface
    interface Texts {
        List<CharSequence[]> load(String[] fields, DocIdSetIterator docs) throws IOException;
    }

    /**
     * Snippets from the text: a sentence or two around the best match, the whole text escaped as HTML and only the
     * matched words in {@code <mark>}. Terms of the searched fields mark the text (the title's synonyms too),
     * never the filter on the kind of result.
     */
    static UnifiedHighlighter highlighter(IndexSearcher searcher, LanguageAnalysis analysis, Texts texts) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analysis.index)
                .withFieldMatcher(field -> !LanguageIndex.KIND.equals(field))
                .withHandleMultiTermQuery(true)
                .withMaxNoHighlightPassages(1)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SnippetBreaks(),
                        SNIPPET_CHARS, 0.25f))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true));
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                return texts.load(fields, docs);
            }
        };
    }

    /** A snippet's blocks (list items, paragraphs) run on, with a dot between them. */
    private static String snippet(String highlighted) {
        if (highlighted == null) {
            return "";
        }
        return BLOCKS.matcher(highlighted.strip()).replaceAll(" · ").replaceAll("^ · | · $", "");
    }

    /** The query with each unknown word spelled as the guide spells the nearest word it uses, or null. */
    private static String suggestion(LanguageIndex index, IndexReader reader, List<Word> words, Set<String> unknown)
            throws IOException {
        if (unknown.isEmpty()) {
            return null;
        }
        DirectSpellChecker checker = new DirectSpellChecker();
        boolean changed = false;
        List<String> suggested = new ArrayList<>(words.size());
        for (Word each : words) {
            String word = each.text;
            String spelled = index.written(word);
            if (unknown.contains(word)) {
                SuggestWord[] near = checker.suggestSimilar(new Term(LanguageIndex.WORDS, word), 1, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (near.length > 0) {
                    spelled = index.written(near[0].string);
                    changed = true;
                }
            }
            suggested.add(spelled);
        }
        return changed ? String.join(" ", suggested) : null;
    }
}
