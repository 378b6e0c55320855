// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.help;

import java.time.Instant;
import java.util.Objects;

/**
 * How often an organization's readers made one search that found nothing. Immutable.
 *
 * @param query          required
 * @param locale         required
 * @param count          at least 1
 * @param lastSearchedAt required
 */
public record SearchMissCount(String query, String locale, int count, Instant lastSearchedAt) {
    public SearchMissCount {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(lastSearchedAt, "lastSearchedAt");
    }
}
