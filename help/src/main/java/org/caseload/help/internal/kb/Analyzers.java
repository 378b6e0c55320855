// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How article text becomes terms. Each article is indexed twice: in plain fields, words
 * lower-cased and stripped of accents, for typo correction and highlighting; and in fields of its
 * language ({@code title.en}, {@code body.fr}), stemmed, so that "registering" finds "register".
 * Stems and typo correction do not mix (a typo changes the stem), hence both.
 * Languages without a stemmer here use the plain analysis in their own fields. What a reader types
 * goes through the {@link #query()} analysis, which leaves out the words of questions too
 * ("how do I"). Thread-safe.
 */
final class Analyzers {

    /** The languages that have a stemming analysis; others are indexed plain. */
    private static final Map<String, Analyzer> STEMMED = Map.of("en", english(), "fr", french(), "es", spanish());
    private static final CharArraySet STOP_WORDS = allStopWords();
    private static final Analyzer PLAIN = newPlain(STOP_WORDS);
    private static final Analyzer QUERY = newPlain(queryStopWords());

    private Analyzers() {
    }

    /** The analyzer of every field the index has, by field name. */
    static Analyzer forIndex() {
        Map<String, Analyzer> byField = new HashMap<>();
        STEMMED.forEach((language, analyzer) -> {
            for (String field : Fields.TEXT_FIELDS) {
                byField.put(Fields.stemmed(field, language), analyzer);
            }
        });
        return new PerFieldAnalyzerWrapper(PLAIN, byField);
    }

    /** The analysis of a language's stemmed fields. */
    static Analyzer stemmed(String language) {
        return STEMMED.getOrDefault(language, PLAIN);
    }

    /** The analysis of the plain fields. */
    static Analyzer plain() {
        return PLAIN;
    }

    /** The plain analysis of what a reader types: the plain fields' words, without those of questions. */
    static Analyzer query() {
        return QUERY;
    }

    private static Analyzer newPlain(CharArraySet stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, stopWords);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
            }
        };
    }

    private static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
            }
        };
    }

    private static Analyzer french() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
                stream = new FrenchLightStemFilter(stream);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
            }
        };
    }

    private static Analyzer spanish() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, SpanishAnalyzer.getDefaultStopSet());
                stream = new SpanishLightStemFilter(stream);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
            }
        };
    }

    /** English, French and Spanish stop words: the plain fields hold every language. */
    private static CharArraySet allStopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(FrenchAnalyzer.getDefaultStopSet());
        words.addAll(FrenchAnalyzer.DEFAULT_ARTICLES);
        words.addAll(SpanishAnalyzer.getDefaultStopSet());
        return CharArraySet.unmodifiableSet(words);
    }

    /** The stop words, and the words questions are made of in each language ({@code question-words.txt}). */
    private static CharArraySet queryStopWords() {
        CharArraySet words = new CharArraySet(STOP_WORDS, true);
        words.addAll(ResourceLines.read("question-words.txt"));
        return CharArraySet.unmodifiableSet(words);
    }
}
