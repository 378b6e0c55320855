// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.help;

import java.time.Instant;
import java.util.Objects;

/**
 * A knowledge-base search that found nothing. Holds no user id: the log is about gaps in the
 * content, not about who searched. Immutable.
 *
 * @param id             required
 * @param organizationId the organization of the reader; required
 * @param locale         the reader's language tag; required
 * @param query          the normalized text searched; required
 * @param searchedAt     required
 */
public record SearchMiss(String id, String organizationId, String locale, String query, Instant searchedAt) {
    public SearchMiss {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(searchedAt, "searchedAt");
    }
}
