// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.help;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.help.ArticleHit;
import org.caseload.help.ArticleSearch;
import org.caseload.help.Help;
import org.caseload.help.KnowledgeBase;
import org.caseload.spi.ui.ArticleDocument;
import org.caseload.spi.ui.HelpContentSource;
import org.caseload.spi.ui.ToolTipEntry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The time of one knowledge-base search over 10,000 generated articles, sampled so that JMH
 * reports its percentiles (p50, p99): the full {@link KnowledgeBase#search} (permission check,
 * the reader's view, BM25 over stemmed and plain fields with boosts, fuzzy matching, highlighted
 * snippets of the ten best hits). A third of the queries carry a typo. The baseline is a bare
 * Lucene search of the same texts in one field: exact terms, no typo tolerance, no snippets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KnowledgeBaseSearchBenchmark {

    private static final int ARTICLES = 10_000;

    private Caseload caseload;
    private KnowledgeBase knowledgeBase;
    private IndexSearcher baseline;
    private List<String> queries;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        GeneratedArticles articles = new GeneratedArticles(ARTICLES);
        queries = articles.queries(512, 1.0 / 3);
        caseload = Caseload.builder().storage(new InMemoryStorage())
                .identity(new FixedUser("harbor-house", Locale.US)).build();
        knowledgeBase = Help.create(caseload, new HelpContentSource() {
            @Override
            public List<ToolTipEntry> toolTips() {
                return List.of();
            }

            @Override
            public List<ArticleDocument> articles() {
                return articles.documents();
            }
        }).knowledgeBase();
        baseline = baselineIndex(articles.texts());
    }

    private static IndexSearcher baselineIndex(List<String> texts) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String text : texts) {
                Document document = new Document();
                document.add(new TextField("text", text, Field.Store.NO));
                writer.addDocument(document);
            }
        }
        return new IndexSearcher(DirectoryReader.open(directory));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        caseload.close();
    }

    private String nextQuery() {
        String query = queries.get(next);
        next = next + 1 == queries.size() ? 0 : next + 1;
        return query;
    }

    @Benchmark
    public List<ArticleHit> search() {
        return knowledgeBase.search(ArticleSearch.of(nextQuery()));
    }

    @Benchmark
    public TopDocs baselineLuceneTermQuery() throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : nextQuery().split(" ")) {
            query.add(new TermQuery(new Term("text", word)), Occur.SHOULD);
        }
        return baseline.search(query.build(), 10);
    }
}
