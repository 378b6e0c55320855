// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.caseload.help.ArticleHit;
import org.caseload.help.RelatedArticle;
import org.caseload.help.Snippet;

/** Lucene's part of the knowledge base: ranked, highlighted search and computed related articles. Thread-safe. */
final class KnowledgeSearch {

    /** Computed related articles come from the words an article uses most: this many at most. */
    private static final int RELATED_TERMS = 25;

    private final ArticleIndex index;
    private final SnippetHighlighter highlighter;
    private final Vocabulary vocabulary;

    KnowledgeSearch(ArticleIndex index) {
        this.index = index;
        this.highlighter = new SnippetHighlighter(index);
        this.vocabulary = new Vocabulary(index.searcher());
    }

    /**
     * The best hits among the view's versions, in the languages of the chain.
     *
     * @param category only this category, or null
     */
    List<ArticleHit> search(ReaderView view, List<Locale> chain, String text, String category, int limit) {
        SearchQueries queries = SearchQueries.of(text, languages(chain), vocabulary);
        if (queries.ranking() == null) {
            return List.of();
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder()
                .add(queries.ranking(), Occur.MUST)
                .add(new DocumentSetQuery(view.documents()), Occur.FILTER);
        if (category != null) {
            filtered.add(new TermQuery(new Term(Fields.CATEGORY, category)), Occur.FILTER);
        }
        try {
            TopDocs top = index.searcher().search(filtered.build(), limit);
            if (top.scoreDocs.length == 0) {
                return List.of();
            }
            int[] docs = new int[top.scoreDocs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[i].doc;
            }
            List<Snippet> snippets = highlighter.snippets(queries.highlighting(), docs);
            List<ArticleHit> hits = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                ScoreDoc scored = top.scoreDocs[i];
                ParsedArticle found = index.articleOfDoc(scored.doc);
                hits.add(new ArticleHit(found.id(), found.article().title(), found.article().category(),
                        found.locale(), found.article().status(), snippets.get(i), scored.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory article index could not be searched", e);
        }
    }

    /**
     * The view's versions most alike the article, by the words of its title, tags and body,
     * leaving out the article itself and those already chosen.
     */
    List<RelatedArticle> alike(ReaderView view, ParsedArticle article, Set<String> excluded, int limit) {
        IndexSearcher searcher = index.searcher();
        String language = article.locale().getLanguage();
        String field = Fields.stemmed(Fields.BODY, language);
        String text = article.article().title() + "\n" + String.join(", ", article.article().tags()) + "\n"
                + article.text();
        try {
            MoreLikeThis similar = new MoreLikeThis(searcher.getIndexReader());
            similar.setAnalyzer(Analyzers.stemmed(language));
            similar.setFieldNames(new String[] {field});
            similar.setMinTermFreq(1);
            similar.setMinDocFreq(1);
            similar.setMaxQueryTerms(RELATED_TERMS);
            Query like = new BooleanQuery.Builder()
                    .add(similar.like(field, new StringReader(text)), Occur.MUST)
                    .add(new DocumentSetQuery(view.documents()), Occur.FILTER)
                    .build();
            List<RelatedArticle> related = new ArrayList<>();
            for (ScoreDoc scored : searcher.search(like, limit + excluded.size() + 1).scoreDocs) {
                ParsedArticle found = index.articleOfDoc(scored.doc);
                if (related.size() < limit && !found.id().equals(article.id()) && !excluded.contains(found.id())) {
                    related.add(new RelatedArticle(found.id(), found.article().title(), found.locale(), false));
                }
            }
            return related;
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory article index could not be searched", e);
        }
    }

    private static Set<String> languages(List<Locale> chain) {
        Set<String> languages = new LinkedHashSet<>();
        chain.forEach(locale -> languages.add(locale.getLanguage()));
        return languages;
    }
}
