// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The relevance below which a hit is not an answer, the same for every query. A BM25 score
 * depends on the query's length and words, so no raw score means "relevant" for every query;
 * instead each hit is measured by its <em>coverage</em>: the share of the query's concepts it
 * matches, each concept weighing its inverse document frequency among the articles searched,
 * so that the rare words that carry a question's subject weigh most. A concept no article
 * matches weighs the most of all: a question about something the articles never mention
 * ("reset my password") then covers little of any article, however well its common words match.
 * Coverage is between 0 and 1 for every query; a hit needs {@link #MIN_COVERAGE}. Immutable.
 */
final class RelevanceFloor {

    /** The share of a query's weight a hit must match to be an answer. */
    static final float MIN_COVERAGE = 0.5f;

    private final float[] weights;
    private final FixedBitSet[] matched;
    private final float total;

    private RelevanceFloor(float[] weights, FixedBitSet[] matched, float total) {
        this.weights = weights;
        this.matched = matched;
        this.total = total;
    }

    /**
     * The floor of a query's concepts over the articles searched.
     *
     * @param concepts each concept's query; null for a concept nothing can match
     */
    static RelevanceFloor of(IndexSearcher searcher, List<Query> concepts, FixedBitSet searched) {
        int articles = searched.cardinality();
        float[] weights = new float[concepts.size()];
        FixedBitSet[] matched = new FixedBitSet[concepts.size()];
        float total = 0;
        for (int i = 0; i < concepts.size(); i++) {
            matched[i] = concepts.get(i) == null ? new FixedBitSet(searched.length())
                    : matching(searcher, concepts.get(i), searched);
            weights[i] = inverseDocumentFrequency(matched[i].cardinality(), articles);
            total += weights[i];
        }
        return new RelevanceFloor(weights, matched, total);
    }

    /** BM25's inverse document frequency: positive, largest for a concept no article matches. */
    private static float inverseDocumentFrequency(int matching, int articles) {
        return (float) Math.log(1 + (articles - matching + 0.5) / (matching + 0.5));
    }

    /** The share of the query's weight the document matches, 0 to 1. */
    float coverage(int doc) {
        if (total == 0) {
            return 0;
        }
        float covered = 0;
        for (int i = 0; i < weights.length; i++) {
            if (matched[i].get(doc)) {
                covered += weights[i];
            }
        }
        return covered / total;
    }

    /** Whether the document is an answer. */
    boolean clears(int doc) {
        return coverage(doc) >= MIN_COVERAGE;
    }

    /** The documents among {@code within} that match the query. */
    static FixedBitSet matching(IndexSearcher searcher, Query query, FixedBitSet within) {
        FixedBitSet found = new FixedBitSet(within.length());
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    int global = leaf.docBase + doc;
                    if (global < within.length() && within.get(global)) {
                        found.set(global);
                    }
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory article index could not be searched", e);
        }
    }
}
