package org.lumbarguide.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.SpellingItem;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * How one language is analysed: the analysers of its stored text, of what readers type and of plain words,
 * built from the synonym files under {@code classpath:search/} and, for a language written with regional
 * spellings, the content's own {@code <language>/spellings.yaml} (read through the content file format, so
 * a word the guide spells two ways is one word to search, whatever the deployment's region).
 *
 * <p>English: Porter stemming (lay queries gain more from "walking" finding "walk" and "urinate" finding
 * "urine" than they lose to the few words Porter joins that differ), the 33 classic stop words, UK and US
 * spellings as one. Spanish: the light stemmer (plurals and genders: "tumores" is "tumor"), Snowball's stop
 * words, accents folded ("médula" is "medula"). Any other language: words folded and lowercased, no stemming.
 */
final class LanguageAnalysis {

    static final String FILES = "classpath:search/";

    /**
     * Lucene's 33 English stop words, the words a question is put in ("what is myeloma", "how do I ...") and
     * "can't" and its kind, which say nothing about what is asked. Stop words are dropped after the synonyms, so a phrase such as
     * "unable to walk" still matches its rule.
     */
    private static final CharArraySet ENGLISH_STOP_WORDS;

    static {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        words.addAll(List.of("i", "i'm", "i've", "me", "my", "you", "your", "what", "how", "why", "when", "where",
                "who", "which", "do", "does", "did", "can", "am", "have", "has", "had", "about", "should", "would",
                "can't", "cant", "cannot", "don't", "dont", "won't", "isn't", "doesn't", "didn't"));
        ENGLISH_STOP_WORDS = CharArraySet.unmodifiableSet(words);
    }

    final String language;
    private final boolean possessives;
    /** Lowercase, folded words as written: spelling suggestions and the words shown for them. */
    final Analyzer words;
    /** The stored text. */
    final Analyzer index;
    /** What a reader typed: the stored text's chain with the synonyms. */
    final Analyzer query;

    private LanguageAnalysis(String language, boolean possessives, SynonymMap spellings, SynonymMap synonyms,
                             CharArraySet stopWords, UnaryOperator<TokenStream> stemmer) {
        this.language = language;
        this.possessives = possessives;
        this.words = new GuideAnalyzer(GuideAnalyzer.Stage.WORDS, possessives, null, null, null, stemmer);
        this.index = new GuideAnalyzer(GuideAnalyzer.Stage.INDEX, possessives, spellings, null, stopWords, stemmer);
        this.query = new GuideAnalyzer(GuideAnalyzer.Stage.QUERY, possessives, spellings, synonyms, stopWords, stemmer);
    }

    /**
     * The analysis of a language, its files read from {@code resources}: {@code search/<language>-synonyms.txt}
     * and {@code search/<language>-spellings.txt} (Solr synonym format) and the content's spellings under
     * {@code contentLocation}.
     */
    static LanguageAnalysis of(String language, ResourceLoader resources, String contentLocation) {
        boolean english = language.equals("en");
        boolean spanish = language.equals("es");
        UnaryOperator<TokenStream> stemmer = english ? PorterStemFilter::new
                : spanish ? SpanishLightStemFilter::new : UnaryOperator.identity();
        Analyzer plain = new GuideAnalyzer(GuideAnalyzer.Stage.WORDS, english, null, null, null, stemmer);

        String spellingRules = text(resources, FILES + language + "-spellings.txt") + contentSpellings(
                resources, contentLocation, language);
        SynonymMap spellings = spellingRules.isBlank() ? null
                : synonymMap(spellingRules, plain, language + "-spellings.txt and " + language + "/spellings.yaml");
        Analyzer spelled = new GuideAnalyzer(GuideAnalyzer.Stage.SPELLED, english, spellings, null, null, stemmer);
        String synonymRules = text(resources, FILES + language + "-synonyms.txt");
        SynonymMap synonyms = synonymRules.isBlank() ? null
                : synonymMap(synonymRules, spelled, language + "-synonyms.txt");

        CharArraySet stopWords = english ? ENGLISH_STOP_WORDS
                : spanish ? folded(SpanishAnalyzer.getDefaultStopSet(), plain) : null;
        return new LanguageAnalysis(language, english, spellings, synonyms, stopWords, stemmer);
    }

    /**
     * One word as {@link #words} makes it, without running the analyser: lowercase, accents folded, an English
     * possessive dropped ("patient's" is "patient"). For the many words of a whole index, where a token stream
     * per word would cost more than the rest of the build.
     */
    String word(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (possessives && (lower.endsWith("'s") || lower.endsWith("\u2019s"))) {
            lower = lower.substring(0, lower.length() - 2);
        }
        char[] in = lower.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    /** The terms a text becomes through an analyser, in order (a graph's parallel paths one after the other). */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static String text(ResourceLoader resources, String location) {
        Resource file = resources.getResource(location);
        if (!file.exists()) {
            return "";
        }
        try {
            return file.getContentAsString(StandardCharsets.UTF_8) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
    }

    /**
     * Every region's spellings of the language as synonym rules ({@code tumour => tumor}): the content is
     * written one way and shown another in some regions, so both become the region's word.
     */
    private static String contentSpellings(ResourceLoader resources, String contentLocation, String language) {
        String root = contentLocation.endsWith("/") ? contentLocation : contentLocation + "/";
        String file = language + "/spellings.yaml";
        String yaml = text(resources, root + file);
        if (yaml.isEmpty()) {
            return "";
        }
        StringBuilder rules = new StringBuilder();
        for (SpellingItem region : ContentFiles.parse(Map.of(file, yaml)).spellings()) {
            region.words().forEach((written, spelled) -> rules.append(written).append(" => ").append(spelled)
                    .append('\n'));
        }
        return rules.toString();
    }

    private static SynonymMap synonymMap(String rules, Analyzer analyzer, String name) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        try {
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalStateException("search/" + name + ": a rule cannot be read near line "
                    + e.getErrorOffset() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharArraySet folded(CharArraySet words, Analyzer plain) {
        CharArraySet folded = new CharArraySet(words.size(), false);
        for (Object word : words) {
            folded.addAll(terms(plain, new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
