// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Matches a fixed set of documents, given by their ids in the whole index: the filter of a
 * {@link ReaderView}. Lucene's core has no query over a ready bit set; this one is small and the
 * set is computed once per kind of reader. Immutable.
 */
final class DocumentSetQuery extends Query {

    private final FixedBitSet documents;

    DocumentSetQuery(FixedBitSet documents) {
        this.documents = documents;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                return new ConstantScoreScorer(this, score(), scoreMode,
                        new LeafDocuments(context.docBase, context.reader().maxDoc()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /** The set's documents that fall in one segment, by their ids within it. */
    private final class LeafDocuments extends DocIdSetIterator {
        private final int base;
        private final int maxDoc;
        private int doc = -1;

        LeafDocuments(int base, int maxDoc) {
            this.base = base;
            this.maxDoc = maxDoc;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            int global = target >= maxDoc || base + target >= documents.length()
                    ? NO_MORE_DOCS : documents.nextSetBit(base + target);
            doc = global == NO_MORE_DOCS || global >= base + maxDoc ? NO_MORE_DOCS : global - base;
            return doc;
        }

        @Override
        public long cost() {
            return maxDoc;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "DocumentSetQuery(" + documents.cardinality() + " documents)";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && documents == ((DocumentSetQuery) other).documents;
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + System.identityHashCode(documents);
    }
}
