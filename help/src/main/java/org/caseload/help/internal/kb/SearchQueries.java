// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The {@link QueryConcepts} of what a reader typed, as Lucene queries. Each concept matches when
 * one of its alternatives does (the best one counts), and an alternative of several words when
 * all of them do. A word matches, stemmed, in the fields of the reader's languages, a title
 * counting three times a body and tags twice ({@link #BOOSTS}). The highlighting query marks the
 * alternatives' words in the plain body, with every word a stem covers (so "escalated" marks
 * "escalation"); it holds only term queries, which keeps highlighting to a plain scan of each
 * hit's words. Immutable.
 */
final class SearchQueries {

    /** Title above tags above body. */
    static final Map<String, Float> BOOSTS = Map.of(Fields.TITLE, 3f, Fields.TAGS, 2f, Fields.BODY, 1f);
    /** A stem shorter than this would mark too many words. */
    private static final int MIN_STEM_LENGTH = 4;
    /** A stem marks at most this many words. */
    private static final int MAX_WORDS_PER_STEM = 8;
    /**
     * The most term queries a ranking query holds, and words a highlighting query marks: well under
     * Lucene's limit of 1024 clauses, which a long question of synonym-rich phrases could pass.
     */
    static final int MAX_TERMS = 800;

    private final List<Query> concepts;
    private final Query highlighting;

    private SearchQueries(List<Query> concepts, Query highlighting) {
        this.concepts = concepts;
        this.highlighting = highlighting;
    }

    /** The queries of these concepts in these languages. */
    static SearchQueries of(List<QueryConcepts.Concept> concepts, Set<String> languages, Vocabulary vocabulary) {
        List<Query> queries = new ArrayList<>();
        Set<String> marked = new LinkedHashSet<>();
        // Each concept's first alternative (what was typed) always counts; the others while the budget lasts.
        int budget = MAX_TERMS;
        for (QueryConcepts.Concept concept : concepts) {
            List<Query> alternatives = new ArrayList<>();
            for (QueryConcepts.Alternative alternative : concept.alternatives()) {
                int terms = alternative.words().size() * languages.size() * Fields.TEXT_FIELDS.size();
                Query query = alternatives.isEmpty() || terms <= budget ? alternative(alternative.words(), languages)
                        : null;
                if (query != null) {
                    alternatives.add(new BoostQuery(query, alternative.weight()));
                    marked.addAll(alternative.words());
                    budget -= terms;
                }
            }
            queries.add(alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0f));
        }
        for (String language : languages) {
            for (String word : List.copyOf(marked)) {
                for (String stem : words(Analyzers.stemmed(language), word, 1)) {
                    if (stem.length() >= MIN_STEM_LENGTH && marked.size() < MAX_TERMS) {
                        marked.addAll(vocabulary.wordsStartingWith(stem,
                                Math.min(MAX_WORDS_PER_STEM, MAX_TERMS - marked.size())));
                    }
                }
            }
        }
        BooleanQuery.Builder highlighting = new BooleanQuery.Builder();
        marked.forEach(word -> highlighting.add(new TermQuery(new Term(Fields.BODY_PLAIN, word)), Occur.SHOULD));
        return new SearchQueries(queries, highlighting.build());
    }

    /** All the words, each in any field of any language; null when no word has a term. */
    private static Query alternative(List<String> words, Set<String> languages) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : words) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            int fields = 0;
            for (String language : languages) {
                for (String stem : words(Analyzers.stemmed(language), word, 1)) {
                    for (String field : Fields.TEXT_FIELDS) {
                        anyField.add(new BoostQuery(new TermQuery(new Term(Fields.stemmed(field, language), stem)),
                                BOOSTS.get(field)), Occur.SHOULD);
                        fields++;
                    }
                }
            }
            if (fields > 0) {
                all.add(anyField.build(), Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? null : all.build();
    }

    /** Each concept's query, in order; null for a concept with nothing to match. */
    List<Query> concepts() {
        return concepts;
    }

    /** The ranking query: any concept, the more the better; null when no concept can match. */
    Query ranking() {
        BooleanQuery.Builder ranking = new BooleanQuery.Builder();
        boolean any = false;
        for (Query concept : concepts) {
            if (concept != null) {
                ranking.add(concept, Occur.SHOULD);
                any = true;
            }
        }
        return any ? ranking.build() : null;
    }

    /** The query that marks matched words in the plain body. */
    Query highlighting() {
        return highlighting;
    }

    /** The terms an analyzer makes of the text, in order, at most {@code max}. */
    static List<String> words(Analyzer analyzer, String text, int max) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < max) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("text in memory could not be analysed", e);
        }
        return terms;
    }
}
