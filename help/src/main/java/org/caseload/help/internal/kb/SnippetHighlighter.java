// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.text.BreakIterator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.caseload.help.Snippet;

/**
 * Picks the best passages, of about {@value #PASSAGE_LENGTH} characters each, of the plain body of each hit and marks the matched words, as
 * {@link Snippet}s rather than markup (Lucene's default formatter writes HTML, which the host would
 * have to trust or parse). The plain body is not in the index: each hit's text, kept in memory, is
 * analysed again, which for an article costs less than decompressing stored fields and term
 * vectors, and the query's plain words are marked where the analysis finds them. A hit
 * that matched only in its title or tags gets its first sentences, unmarked. Thread-safe.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    private static final String FIELD = Fields.BODY_PLAIN;
    private static final int PASSAGES = 2;
    /**
     * The length a passage aims at, cut at words around its matches: a snippet of two is a few
     * lines under a title, not a paragraph. Sentences would run to hundreds of characters.
     */
    static final int PASSAGE_LENGTH = 110;
    /** Where a passage's first match sits in it, from 0 (at its start) to 1: some words of context first. */
    private static final float MATCH_POSITION = 0.3f;
    private static final String ELLIPSIS = " … ";
    /** Paragraph breaks and runs of spaces read as one space in a one-line snippet. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final ArticleIndex index;

    SnippetHighlighter(ArticleIndex index) {
        // The query holds only terms: no phrases, no multi-term queries. Without these flags the
        // highlighter filters each hit's tokens against the terms, instead of building an
        // in-memory index of every hit's text.
        super(UnifiedHighlighter.builder(index.searcher(), Analyzers.plain())
                .withFlags(EnumSet.noneOf(HighlightFlag.class))
                .withWeightMatches(false)
                .withPassageRelevancyOverSpeed(false)
                .withHandleMultiTermQuery(false)
                .withHighlightPhrasesStrictly(false)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_LENGTH, MATCH_POSITION))
                .withScorer(new MatchCountScorer())
                .withFormatter(new SnippetFormatter()));
        this.index = index;
    }

    /** The texts come from memory, where the articles are kept anyway, not from stored fields. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            values.add(new CharSequence[] {index.articleOfDoc(doc).text()});
        }
        return values;
    }

    /** The snippet of each document, in order. */
    List<Snippet> snippets(Query query, int[] docs) {
        int[] passages = {PASSAGES};
        try {
            Map<String, Object[]> highlights = highlightFieldsAsObjects(new String[] {FIELD}, query, docs, passages);
            List<Snippet> snippets = new ArrayList<>(docs.length);
            for (Object snippet : highlights.get(FIELD)) {
                snippets.add(snippet == null ? new Snippet(List.of()) : (Snippet) snippet);
            }
            return snippets;
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory article index could not be read", e);
        }
    }

    /**
     * Ranks passages by how many matches they hold, shorter passages first among equals. Lucene's
     * default scorer allocates a hash of the matched terms for every passage it scores, which
     * costs more than the rest of the highlighting; the number of matches ranks help articles
     * just as well.
     */
    private static final class MatchCountScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            return passage.getNumMatches() * norm(passage.getStartOffset());
        }
    }

    /** Turns passages into a snippet: text between matches plain, matches marked, passages joined by an ellipsis. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet.Part> parts = new ArrayList<>();
            for (int p = 0; p < passages.length; p++) {
                Passage passage = passages[p];
                if (p > 0) {
                    parts.add(new Snippet.Part(ELLIPSIS, false));
                }
                int position = passage.getStartOffset();
                for (int m = 0; m < passage.getNumMatches(); m++) {
                    int start = Math.max(position, passage.getMatchStarts()[m]);
                    int end = passage.getMatchEnds()[m];
                    if (end <= start) {
                        continue;
                    }
                    plain(parts, content, position, start);
                    parts.add(new Snippet.Part(content.substring(start, end), true));
                    position = end;
                }
                plain(parts, content, position, passage.getEndOffset());
            }
            return new Snippet(parts);
        }

        private static void plain(List<Snippet.Part> parts, String content, int from, int to) {
            if (to > from) {
                parts.add(new Snippet.Part(WHITESPACE.matcher(content.substring(from, to)).replaceAll(" "), false));
            }
        }
    }
}
