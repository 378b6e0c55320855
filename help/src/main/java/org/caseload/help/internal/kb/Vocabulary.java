// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;

/**
 * The plain words of the articles a reader sees: which a reader's word is, which words a
 * misspelt one stands for, which words a prefix typed so far completes, and which words a stem
 * covers. Only the reader's articles count: a word of an archived article, of another
 * organization's or of one the reader may not read is not a word the reader can find, and
 * suggesting it would lead to an empty search. Correcting a typo once, against one dictionary
 * field, and then searching the corrected words costs one Levenshtein automaton per typo, where
 * fuzzy queries on every field would build one per field and per search step. Thread-safe.
 */
final class Vocabulary {

    /** Typos are sought only in words of at least this length; shorter ones match too much. */
    private static final int MIN_TYPO_LENGTH = 4;
    /** From this length on, a word with no one-edit correction may have two typos. */
    private static final int TWO_EDITS_LENGTH = 8;
    /** The first letter of a word is taken as typed, which keeps the correction fast. */
    private static final int EXACT_PREFIX = 1;
    /** Candidates a fuzzy match considers before those outside the reader's articles are left out. */
    private static final int FUZZY_CANDIDATES = 50;
    /** A misspelt word stands for at most this many words, the most common. */
    private static final int MAX_CORRECTIONS = 5;
    /** Words a prefix may complete that are looked at before the most common are kept. */
    private static final int PREFIX_CANDIDATES = 50;

    private final IndexSearcher searcher;

    Vocabulary(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Whether some of these articles hold the plain word in their title, tags or body. */
    boolean known(String word, FixedBitSet documents) {
        return frequency(word, documents, 1) > 0;
    }

    /** How many of these articles hold the plain word, counting no further than {@code enough}. */
    private int frequency(String word, FixedBitSet documents, int enough) {
        try {
            int count = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(Fields.WORDS);
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                if (!iterator.seekExact(new BytesRef(word))) {
                    continue;
                }
                PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && count < enough;
                        doc = postings.nextDoc()) {
                    if (documents.get(leaf.docBase + doc)) {
                        count++;
                    }
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory article index could not be read", e);
        }
    }

    /**
     * The words of these articles within one typo of an unknown word (two for long words without
     * a closer one), most common first.
     */
    List<String> corrections(String word, FixedBitSet documents) {
        if (word.length() < MIN_TYPO_LENGTH) {
            return List.of();
        }
        List<String> corrections = within(word, 1, documents);
        return corrections.isEmpty() && word.length() >= TWO_EDITS_LENGTH ? within(word, 2, documents) : corrections;
    }

    private List<String> within(String word, int edits, FixedBitSet documents) {
        FuzzyQuery fuzzy = new FuzzyQuery(new Term(Fields.WORDS, word), edits, EXACT_PREFIX, FUZZY_CANDIDATES, true);
        Set<Term> terms = new LinkedHashSet<>();
        try {
            searcher.rewrite(fuzzy).visit(QueryVisitor.termCollector(terms));
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory article index could not be read", e);
        }
        return mostCommon(terms.stream().map(Term::text).toList(), documents, MAX_CORRECTIONS);
    }

    /** The words of these articles that complete a prefix, other than the prefix itself, most common first. */
    List<String> completions(String prefix, FixedBitSet documents, int limit) {
        List<String> words = new ArrayList<>(wordsStartingWith(prefix, PREFIX_CANDIDATES));
        words.remove(prefix);
        return mostCommon(words, documents, limit);
    }

    private List<String> mostCommon(List<String> words, FixedBitSet documents, int limit) {
        record Counted(String word, int frequency) {
        }
        List<Counted> counted = new ArrayList<>();
        for (String word : words) {
            int frequency = frequency(word, documents, Integer.MAX_VALUE);
            if (frequency > 0) {
                counted.add(new Counted(word, frequency));
            }
        }
        counted.sort(Comparator.comparingInt(Counted::frequency).reversed().thenComparing(Counted::word));
        return counted.stream().limit(limit).map(Counted::word).toList();
    }

    /** The indexed words that start with a stem, at most {@code limit}, in term order. */
    List<String> wordsStartingWith(String stem, int limit) {
        try {
            IndexReader reader = searcher.getIndexReader();
            Terms terms = MultiTerms.getTerms(reader, Fields.WORDS);
            List<String> words = new ArrayList<>();
            if (terms == null) {
                return words;
            }
            BytesRef prefix = new BytesRef(stem);
            TermsEnum iterator = terms.iterator();
            if (iterator.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                return words;
            }
            for (BytesRef term = iterator.term(); term != null && words.size() < limit
                    && StringHelper.startsWith(term, prefix); term = iterator.next()) {
                words.add(term.utf8ToString());
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory article index could not be read", e);
        }
    }
}
