// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.help;

import java.util.List;

/** The log of knowledge-base searches that found nothing. Append-only. */
public interface SearchMissStore {

    /**
     * Appends a search.
     *
     * @throws org.caseload.spi.error.StorageException when a search with this id exists
     */
    void append(SearchMiss miss);

    /**
     * An organization's searches grouped by query and locale, most frequent first, then most
     * recent, then by query and locale (each by character code); at most {@code limit}.
     */
    List<SearchMissCount> mostFrequent(String organizationId, int limit);
}
