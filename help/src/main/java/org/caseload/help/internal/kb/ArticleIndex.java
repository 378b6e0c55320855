// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Every article version in one in-memory Lucene index, built once. Each version is a document of
 * its stemmed title, tags and body, its plain words (for typo correction; see {@link Analyzers}
 * and {@link Vocabulary}), its category, and its ordinal in the list it was built from; Lucene's document ids are mapped to ordinals and back. Searches use
 * BM25, Lucene's default similarity. Immutable and thread-safe once built.
 */
final class ArticleIndex {

    /** Plain words only, for typo correction and stem expansion: no frequencies, positions or norms needed. */
    private static final FieldType DICTIONARY = dictionary();

    private final List<ParsedArticle> articles;
    private final IndexSearcher searcher;
    private final int[] ordinalOfDoc;
    private final int[] docOfOrdinal;

    private ArticleIndex(List<ParsedArticle> articles, IndexSearcher searcher, int[] ordinalOfDoc,
                         int[] docOfOrdinal) {
        this.articles = articles;
        this.searcher = searcher;
        this.ordinalOfDoc = ordinalOfDoc;
        this.docOfOrdinal = docOfOrdinal;
    }

    /** Indexes the articles, in memory. */
    static ArticleIndex of(List<ParsedArticle> articles) {
        Directory directory = new ByteBuffersDirectory();
        // One large buffer: the index is written once, and fewer segments mean less merging.
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndex()).setRAMBufferSizeMB(256);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int ordinal = 0; ordinal < articles.size(); ordinal++) {
                writer.addDocument(document(articles.get(ordinal), ordinal));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory article index could not be written", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            int[] ordinalOfDoc = new int[reader.maxDoc()];
            int[] docOfOrdinal = new int[articles.size()];
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues ordinals = leaf.reader().getNumericDocValues(Fields.ORDINAL);
                if (ordinals == null) {
                    continue;
                }
                for (int doc = ordinals.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ordinals.nextDoc()) {
                    int ordinal = (int) ordinals.longValue();
                    ordinalOfDoc[leaf.docBase + doc] = ordinal;
                    docOfOrdinal[ordinal] = leaf.docBase + doc;
                }
            }
            return new ArticleIndex(List.copyOf(articles), new IndexSearcher(reader), ordinalOfDoc, docOfOrdinal);
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory article index could not be read", e);
        }
    }

    private static Document document(ParsedArticle parsed, int ordinal) {
        String language = parsed.locale().getLanguage();
        String title = parsed.article().title();
        String tags = String.join(", ", parsed.article().tags());
        Document document = new Document();
        document.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
        document.add(new StringField(Fields.CATEGORY, Fields.category(parsed.article().category()), Field.Store.NO));
        document.add(new TextField(Fields.stemmed(Fields.TITLE, language), title, Field.Store.NO));
        document.add(new TextField(Fields.stemmed(Fields.TAGS, language), tags, Field.Store.NO));
        document.add(new TextField(Fields.stemmed(Fields.BODY, language), parsed.text(), Field.Store.NO));
        document.add(new Field(Fields.WORDS, title + "\n" + tags + "\n" + parsed.text(), DICTIONARY));
        return document;
    }

    private static FieldType dictionary() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /** Every article version, by ordinal. */
    List<ParsedArticle> articles() {
        return articles;
    }

    /** The article version of a Lucene document. */
    ParsedArticle articleOfDoc(int doc) {
        return articles.get(ordinalOfDoc[doc]);
    }

    /** The Lucene document of an article version. */
    int docOf(int ordinal) {
        return docOfOrdinal[ordinal];
    }

    /** How many documents the index holds. */
    int size() {
        return ordinalOfDoc.length;
    }
}
