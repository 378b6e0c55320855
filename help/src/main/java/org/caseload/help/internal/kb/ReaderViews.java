// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.caseload.help.internal.LocaleFallback;
import org.caseload.spi.identity.Principal;

/**
 * The {@link ReaderView} of each kind of reader, computed once and kept: readers of one
 * organization, locale, audience permissions and draft choice share a view. There are few such
 * kinds (organizations × locales × the audience permissions articles name), so the views are not
 * evicted. Thread-safe.
 */
final class ReaderViews {

    private final ArticleIndex index;
    /** Every permission key some article's audience names: only these split readers into kinds. */
    private final Set<String> audienceKeys;
    private final Map<ReaderView.Key, ReaderView> views = new ConcurrentHashMap<>();

    ReaderViews(ArticleIndex index) {
        this.index = index;
        Set<String> keys = new HashSet<>();
        index.articles().forEach(article -> keys.addAll(article.article().audience()));
        this.audienceKeys = Set.copyOf(keys);
    }

    /** The view of this reader. */
    ReaderView of(Principal reader, boolean includeDrafts) {
        Set<String> held = new HashSet<>(audienceKeys);
        held.retainAll(reader.permissions());
        ReaderView.Key key = new ReaderView.Key(reader.organizationId(), LocaleFallback.chain(reader.locale()),
                Set.copyOf(held), includeDrafts);
        return views.computeIfAbsent(key, k -> ReaderView.of(index, k));
    }
}
