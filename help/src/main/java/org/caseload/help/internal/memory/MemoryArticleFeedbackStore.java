// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caseload.spi.storage.help.ArticleFeedbackStore;
import org.caseload.spi.storage.help.ArticleVote;
import org.caseload.spi.storage.help.ArticleVoteCount;

/** Readers' answers, one per reader and revision; accessed only under the storage's lock. */
final class MemoryArticleFeedbackStore {

    /** What makes an answer one reader's only answer on a revision. */
    private record Key(String organizationId, String articleId, String locale, String revision, String userId) {
        static Key of(ArticleVote vote) {
            return new Key(vote.organizationId(), vote.articleId(), vote.locale(), vote.revision(), vote.userId());
        }
    }

    /** Groups answers for counting, in the order counts are listed. */
    private record Revision(String articleId, String locale, String revision) implements Comparable<Revision> {
        private static final Comparator<Revision> ORDER = Comparator.comparing(Revision::articleId)
                .thenComparing(Revision::locale).thenComparing(Revision::revision);

        @Override
        public int compareTo(Revision other) {
            return ORDER.compare(this, other);
        }
    }

    private static final Comparator<ArticleVote> NEWEST_FIRST = Comparator.comparing(ArticleVote::votedAt)
            .reversed().thenComparing(ArticleVote::userId).thenComparing(ArticleVote::locale)
            .thenComparing(ArticleVote::revision);

    private final Map<Key, ArticleVote> votes = new LinkedHashMap<>();

    ArticleFeedbackStore bind(List<Runnable> undoLog) {
        return new ArticleFeedbackStore() {
            @Override
            public void put(ArticleVote vote) {
                Key key = Key.of(vote);
                ArticleVote previous = votes.get(key);
                undoLog.add(() -> {
                    if (previous == null) {
                        votes.remove(key);
                    } else {
                        votes.put(key, previous);
                    }
                });
                votes.put(key, vote);
            }

            @Override
            public ArticleVoteCount count(String organizationId, String articleId, String locale, String revision) {
                int helpful = 0;
                int notHelpful = 0;
                for (ArticleVote vote : votes.values()) {
                    if (vote.organizationId().equals(organizationId) && vote.articleId().equals(articleId)
                            && vote.locale().equals(locale) && vote.revision().equals(revision)) {
                        if (vote.helpful()) {
                            helpful++;
                        } else {
                            notHelpful++;
                        }
                    }
                }
                return new ArticleVoteCount(articleId, locale, revision, helpful, notHelpful);
            }

            @Override
            public List<ArticleVoteCount> counts(String organizationId) {
                Map<Revision, int[]> tallies = new TreeMap<>();
                for (ArticleVote vote : votes.values()) {
                    if (vote.organizationId().equals(organizationId)) {
                        int[] tally = tallies.computeIfAbsent(
                                new Revision(vote.articleId(), vote.locale(), vote.revision()), r -> new int[2]);
                        tally[vote.helpful() ? 0 : 1]++;
                    }
                }
                List<ArticleVoteCount> counts = new ArrayList<>(tallies.size());
                tallies.forEach((revision, tally) -> counts.add(new ArticleVoteCount(revision.articleId(),
                        revision.locale(), revision.revision(), tally[0], tally[1])));
                return counts;
            }

            @Override
            public List<ArticleVote> comments(String organizationId, String articleId, int limit) {
                return votes.values().stream()
                        .filter(vote -> vote.organizationId().equals(organizationId)
                                && vote.articleId().equals(articleId) && vote.comment() != null)
                        .sorted(NEWEST_FIRST)
                        .limit(limit)
                        .toList();
            }
        };
    }
}
