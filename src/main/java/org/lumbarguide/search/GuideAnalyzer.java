package org.lumbarguide.search;

import java.io.Reader;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * One language's chain from text to search terms, at one {@link Stage}. Every stage starts the same way
 * (curly apostrophes made straight, Unicode word boundaries, English possessives dropped, lowercase, accents
 * folded), so the words a reader types and the words of the guide meet whatever keyboard or spelling was used;
 * later stages add the spelling normaliser, the synonyms (queries only), stop words and the stemmer.
 */
final class GuideAnalyzer extends Analyzer {

    /** How far the chain goes; each stage includes the ones before it. */
    enum Stage {
        /** Words as a reader would recognise them (lowercase, folded): spelling suggestions and synonym rules. */
        WORDS,
        /** And one spelling for words written two ways (tumour, tumor): the left side of synonym rules. */
        SPELLED,
        /** And stop words and the stemmer: the stored text. */
        INDEX,
        /** The stored text's chain with the synonyms before the stop words: what a reader typed. */
        QUERY
    }

    private static final NormalizeCharMap APOSTROPHES;

    static {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("\u2019", "'");
        map.add("\u2018", "'");
        map.add("\u02bc", "'");
        APOSTROPHES = map.build();
    }

    private final Stage stage;
    private final boolean englishPossessives;
    private final SynonymMap spellings;
    private final SynonymMap synonyms;
    private final CharArraySet stopWords;
    private final UnaryOperator<TokenStream> stemmer;

    GuideAnalyzer(Stage stage, boolean englishPossessives, SynonymMap spellings, SynonymMap synonyms,
                  CharArraySet stopWords, UnaryOperator<TokenStream> stemmer) {
        this.stage = stage;
        this.englishPossessives = englishPossessives;
        this.spellings = spellings;
        this.synonyms = synonyms;
        this.stopWords = stopWords;
        this.stemmer = stemmer;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = source;
        if (englishPossessives) {
            stream = new EnglishPossessiveFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (stage == Stage.WORDS) {
            return new TokenStreamComponents(source, stream);
        }
        if (spellings != null) {
            stream = new SynonymGraphFilter(stream, spellings, true);
        }
        if (stage == Stage.SPELLED) {
            return new TokenStreamComponents(source, stream);
        }
        if (stage == Stage.QUERY && synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        if (stopWords != null) {
            stream = new StopFilter(stream, stopWords);
        }
        stream = stemmer.apply(stream);
        if (stage == Stage.INDEX && spellings != null) {
            // The index holds no graphs; the spellings only ever replace one word by one word, so this is a no-op
            // that keeps it true if someone writes a rule of two words.
            stream = new FlattenGraphFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
