// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;
import org.caseload.help.ArticleHit;
import org.caseload.help.RelatedArticle;
import org.caseload.help.Snippet;

/**
 * Lucene's part of the knowledge base: ranked, highlighted search over the field's vocabulary,
 * spelling suggestions and computed related articles. Thread-safe.
 */
final class KnowledgeSearch {

    /** Computed related articles come from the words an article uses most: this many at most. */
    private static final int RELATED_TERMS = 25;

    /** Hits looked at for the floor before the best are kept: enough for any limit a search may ask. */
    private static final int CANDIDATES = 50;
    /** A word as a reader types it, with an apostrophe inside ("client's", "l'audit"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

    private final ArticleIndex index;
    private final SnippetHighlighter highlighter;
    private final Vocabulary vocabulary;
    private final Thesauri thesauri;

    KnowledgeSearch(ArticleIndex index, Thesauri thesauri) {
        this.index = index;
        this.thesauri = thesauri;
        this.highlighter = new SnippetHighlighter(index);
        this.vocabulary = new Vocabulary(index.searcher());
    }

    /**
     * The best hits among the view's versions, in the languages of the chain: those that clear the
     * {@link RelevanceFloor}, at most {@code limit}.
     *
     * @param organizationId the reader's organization, whose synonyms count too
     * @param category       only this category, whatever its case, or null
     */
    List<ArticleHit> search(ReaderView view, String organizationId, List<Locale> chain, String text, String category,
                           int limit) {
        FixedBitSet searched = searched(view, category);
        Set<String> languages = languages(chain);
        Thesaurus thesaurus = thesauri.of(organizationId, List.copyOf(languages));
        List<QueryConcepts.Concept> concepts = QueryConcepts.of(text, thesaurus, vocabulary, searched);
        SearchQueries queries = SearchQueries.of(concepts, languages, vocabulary);
        Query ranking = queries.ranking();
        if (ranking == null) {
            return List.of();
        }
        RelevanceFloor floor = RelevanceFloor.of(index.searcher(), queries.concepts(), searched);
        Query filtered = new BooleanQuery.Builder()
                .add(ranking, Occur.MUST)
                .add(new DocumentSetQuery(searched), Occur.FILTER)
                .build();
        try {
            List<ScoreDoc> answers = new ArrayList<>();
            for (ScoreDoc scored : index.searcher().search(filtered, Math.max(limit, CANDIDATES)).scoreDocs) {
                if (answers.size() < limit && floor.clears(scored.doc)) {
                    answers.add(scored);
                }
            }
            if (answers.isEmpty()) {
                return List.of();
            }
            int[] docs = answers.stream().mapToInt(scored -> scored.doc).toArray();
            List<Snippet> snippets = highlighter.snippets(queries.highlighting(), docs);
            List<ArticleHit> hits = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                ParsedArticle found = index.articleOfDoc(docs[i]);
                hits.add(new ArticleHit(found.id(), found.article().title(), found.article().category(),
                        found.locale(), found.article().status(), snippets.get(i), answers.get(i).score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory article index could not be searched", e);
        }
    }

    /**
     * The text with each word none of the view's versions holds replaced by the most common word
     * one or two typos away, when there is one, the rest of the text as typed; empty when no word
     * needs correcting.
     */
    Optional<String> didYouMean(ReaderView view, String organizationId, List<Locale> chain, String text) {
        Thesaurus thesaurus = thesauri.of(organizationId, List.copyOf(languages(chain)));
        StringBuilder suggested = new StringBuilder();
        boolean corrected = false;
        Matcher word = WORD.matcher(text);
        int copied = 0;
        while (word.find()) {
            List<String> plain = SearchQueries.words(Analyzers.query(), word.group(), 1);
            if (plain.isEmpty() || vocabulary.known(plain.get(0), view.documents())
                    || thesaurus.longestAt(plain, 0) != null) {
                continue;
            }
            List<String> corrections = vocabulary.corrections(plain.get(0), view.documents());
            if (!corrections.isEmpty()) {
                suggested.append(text, copied, word.start()).append(corrections.get(0));
                copied = word.end();
                corrected = true;
            }
        }
        return corrected ? Optional.of(suggested.append(text.substring(copied)).toString()) : Optional.empty();
    }

    /** The view's versions, only those of the category when one is given. */
    private FixedBitSet searched(ReaderView view, String category) {
        if (category == null) {
            return view.documents();
        }
        return RelevanceFloor.matching(index.searcher(),
                new TermQuery(new Term(Fields.CATEGORY, Fields.category(category))), view.documents());
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
