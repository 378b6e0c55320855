// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.help.ArticleRevision;
import org.caseload.spi.storage.help.ArticleRevisionStore;
import org.caseload.spi.storage.help.RevisionState;

/** Articles' revisions, in key order; accessed only under the storage's lock. */
final class MemoryArticleRevisionStore {

    /** A revision's key, ordered as the store lists revisions. */
    private record Key(String organizationId, String articleId, String locale, int number) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::organizationId)
                .thenComparing(Key::articleId).thenComparing(Key::locale).thenComparingInt(Key::number);

        static Key of(ArticleRevision revision) {
            return new Key(revision.organizationId(), revision.articleId(), revision.locale(), revision.number());
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private static final String RECORD_TYPE = "article revision";

    private final Map<Key, ArticleRevision> revisions = new TreeMap<>();

    ArticleRevisionStore bind(List<Runnable> undoLog) {
        return new ArticleRevisionStore() {
            @Override
            public void insert(ArticleRevision revision) {
                Key key = Key.of(revision);
                if (revisions.containsKey(key)) {
                    // Another editor added this number first: the version read is no longer the latest.
                    throw new ConcurrentModificationException(RECORD_TYPE, describe(key), key.number() - 1);
                }
                undoLog.add(() -> revisions.remove(key));
                revisions.put(key, revision);
            }

            @Override
            public void update(ArticleRevision revision, RevisionState expected) {
                Key key = Key.of(revision);
                ArticleRevision current = revisions.get(key);
                if (current == null) {
                    throw new NotFoundException(RECORD_TYPE, describe(key) + "#" + key.number());
                }
                if (current.state() != expected) {
                    throw new ConcurrentModificationException(RECORD_TYPE, describe(key), key.number());
                }
                undoLog.add(() -> revisions.put(key, current));
                revisions.put(key, revision);
            }

            @Override
            public List<ArticleRevision> history(String organizationId, String articleId, String locale) {
                return select(revision -> revision.organizationId().equals(organizationId)
                        && revision.articleId().equals(articleId) && revision.locale().equals(locale))
                        .sorted(Comparator.comparingInt(ArticleRevision::number).reversed()).toList();
            }

            @Override
            public List<ArticleRevision> withState(String organizationId, RevisionState state) {
                return select(revision -> revision.organizationId().equals(organizationId)
                        && revision.state() == state).toList();
            }

            @Override
            public List<ArticleRevision> published() {
                return select(revision -> revision.state() == RevisionState.PUBLISHED).toList();
            }
        };
    }

    private Stream<ArticleRevision> select(Predicate<ArticleRevision> filter) {
        return revisions.values().stream().filter(filter);
    }

    private static String describe(Key key) {
        return key.organizationId() + "/" + key.articleId() + "/" + key.locale();
    }
}
