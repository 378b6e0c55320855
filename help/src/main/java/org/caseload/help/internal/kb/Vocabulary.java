// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The plain words the index holds: which a reader's word is, which indexed words a misspelt one
 * stands for, and which words a stem covers. Correcting a typo once, against one dictionary
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
    /** A misspelt word stands for at most this many indexed words, the closest and most common. */
    private static final int MAX_CORRECTIONS = 5;

    private final IndexSearcher searcher;

    Vocabulary(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Whether some article's title, tags or body holds the plain word. */
    boolean known(String word) {
        try {
            return searcher.getIndexReader().docFreq(new Term(Fields.WORDS, word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory article index could not be read", e);
        }
    }

    /** The indexed words within one typo of an unknown word (two for long words without a closer one). */
    List<String> corrections(String word) {
        if (word.length() < MIN_TYPO_LENGTH) {
            return List.of();
        }
        List<String> corrections = within(word, 1);
        return corrections.isEmpty() && word.length() >= TWO_EDITS_LENGTH ? within(word, 2) : corrections;
    }

    private List<String> within(String word, int edits) {
        FuzzyQuery fuzzy = new FuzzyQuery(new Term(Fields.WORDS, word), edits, EXACT_PREFIX, MAX_CORRECTIONS, true);
        Set<Term> terms = new LinkedHashSet<>();
        try {
            searcher.rewrite(fuzzy).visit(QueryVisitor.termCollector(terms));
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory article index could not be read", e);
        }
        return terms.stream().map(Term::text).toList();
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
