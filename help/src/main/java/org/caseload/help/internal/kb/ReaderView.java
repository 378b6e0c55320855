// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.util.FixedBitSet;

/**
 * The article versions one kind of reader sees: for each article id, the first version they may
 * read, by the rule documented on {@link org.caseload.help.KnowledgeBase} (organization before
 * product, then the locale chain). Both as a map by id and as the set of Lucene documents that
 * searches are filtered by. Immutable and thread-safe.
 */
final class ReaderView {

    /**
     * What decides a view: readers who share these see the same versions.
     *
     * @param audiences the audience permission keys the reader holds, among those articles name
     */
    record Key(String organizationId, List<Locale> chain, Set<String> audiences, boolean includeDrafts) {
    }

    private final Map<String, ParsedArticle> byId;
    private final FixedBitSet documents;

    private ReaderView(Map<String, ParsedArticle> byId, FixedBitSet documents) {
        this.byId = byId;
        this.documents = documents;
    }

    /** Resolves the view of a kind of reader over every version of the index. */
    static ReaderView of(ArticleIndex index, Key key) {
        Map<String, ParsedArticle> best = new HashMap<>();
        Map<String, Integer> bestRank = new HashMap<>();
        Map<String, Integer> bestOrdinal = new HashMap<>();
        List<ParsedArticle> articles = index.articles();
        for (int ordinal = 0; ordinal < articles.size(); ordinal++) {
            ParsedArticle version = articles.get(ordinal);
            int rank = rank(version, key);
            if (rank < 0 || !readable(version, key)) {
                continue;
            }
            Integer current = bestRank.get(version.id());
            if (current == null || rank < current) {
                best.put(version.id(), version);
                bestRank.put(version.id(), rank);
                bestOrdinal.put(version.id(), ordinal);
            }
        }
        FixedBitSet documents = new FixedBitSet(Math.max(1, index.size()));
        bestOrdinal.values().forEach(ordinal -> documents.set(index.docOf(ordinal)));
        return new ReaderView(Map.copyOf(best), documents);
    }

    /**
     * The precedence of a version for the reader, lower first: the organization's versions in
     * chain order, then the product's; negative when it is another organization's or in a locale
     * outside the chain.
     */
    private static int rank(ParsedArticle version, Key key) {
        int localeRank = key.chain().indexOf(version.locale().stripExtensions());
        if (localeRank < 0) {
            return -1;
        }
        if (version.organizationId() == null) {
            return key.chain().size() + localeRank;
        }
        return version.organizationId().equals(key.organizationId()) ? localeRank : -1;
    }

    private static boolean readable(ParsedArticle version, Key key) {
        boolean statusShown = switch (version.article().status()) {
            case PUBLISHED -> true;
            case DRAFT -> key.includeDrafts();
            case ARCHIVED -> false;
        };
        Set<String> audience = version.article().audience();
        return statusShown && (audience.isEmpty() || audience.stream().anyMatch(key.audiences()::contains));
    }

    /** The version of an article the reader sees. */
    Optional<ParsedArticle> article(String articleId) {
        return Optional.ofNullable(byId.get(articleId));
    }

    /** Every version the reader sees, one per article id, in no order. */
    Collection<ParsedArticle> articles() {
        return byId.values();
    }

    /** The Lucene documents of the versions the reader sees. */
    FixedBitSet documents() {
        return documents;
    }
}
