// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a reader typed, as Lucene queries. Each word the index does not hold is taken for a typo
 * and replaced by the indexed words it is closest to ({@link Vocabulary#corrections}), which count
 * half as much as words typed right. The ranking query matches the words, stemmed, in the fields
 * of the reader's languages, a title counting three times a body and tags twice
 * ({@link #BOOSTS}). The highlighting query marks the same words in the plain body, with every
 * word a stem covers (so "escalated" marks "escalation"). Both hold only term queries, which
 * keeps highlighting to a plain scan of each hit's words. Immutable.
 */
final class SearchQueries {

    /** Title above tags above body. */
    static final Map<String, Float> BOOSTS = Map.of(Fields.TITLE, 3f, Fields.TAGS, 2f, Fields.BODY, 1f);
    /** A word found only by correcting a typo counts less than a word typed right. */
    private static final float CORRECTION_WEIGHT = 0.5f;
    /** Words beyond this many are ignored: they would slow the search and rarely change its answer. */
    private static final int MAX_WORDS = 8;
    /** A stem shorter than this would mark too many words. */
    private static final int MIN_STEM_LENGTH = 4;
    /** A stem marks at most this many words. */
    private static final int MAX_WORDS_PER_STEM = 8;

    private final Query ranking;
    private final Query highlighting;

    private SearchQueries(Query ranking, Query highlighting) {
        this.ranking = ranking;
        this.highlighting = highlighting;
    }

    /** The queries of a text in these languages. */
    static SearchQueries of(String text, Set<String> languages, Vocabulary vocabulary) {
        Map<String, Float> words = new LinkedHashMap<>();
        for (String word : terms(Analyzers.plain(), text)) {
            if (vocabulary.known(word)) {
                words.put(word, 1f);
            } else {
                vocabulary.corrections(word).forEach(correction -> words.putIfAbsent(correction, CORRECTION_WEIGHT));
            }
        }
        BooleanQuery.Builder ranking = new BooleanQuery.Builder();
        BooleanQuery.Builder highlighting = new BooleanQuery.Builder();
        Set<String> marked = new LinkedHashSet<>(words.keySet());
        for (String language : languages) {
            Analyzer stemming = Analyzers.stemmed(language);
            words.forEach((word, weight) -> {
                for (String stem : terms(stemming, word)) {
                    for (String field : Fields.TEXT_FIELDS) {
                        ranking.add(new BoostQuery(new TermQuery(new Term(Fields.stemmed(field, language), stem)),
                                BOOSTS.get(field) * weight), Occur.SHOULD);
                    }
                    if (stem.length() >= MIN_STEM_LENGTH) {
                        marked.addAll(vocabulary.wordsStartingWith(stem, MAX_WORDS_PER_STEM));
                    }
                }
            });
        }
        marked.forEach(word -> highlighting.add(new TermQuery(new Term(Fields.BODY_PLAIN, word)), Occur.SHOULD));
        return new SearchQueries(words.isEmpty() ? null : ranking.build(), highlighting.build());
    }

    /** The ranking query; null when no word of the text is in the index, even corrected. */
    Query ranking() {
        return ranking;
    }

    /** The query that marks matched words in the plain body. */
    Query highlighting() {
        return highlighting;
    }

    /** The distinct terms an analyzer makes of the text, at most {@link #MAX_WORDS}. */
    static List<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_WORDS) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("text in memory could not be analysed", e);
        }
        return List.copyOf(terms);
    }
}
