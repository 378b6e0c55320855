// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.help;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of a set of articles suggested while a user wrote a ticket. Holds no user id and no
 * text: the counts are about the content, not about who wrote what. Immutable.
 *
 * @param id             required, unique
 * @param organizationId the user's organization; required
 * @param suggestionId   the set of suggestions the event belongs to; required
 * @param kind           required
 * @param ticketKind     the kind of ticket being written, such as {@code ISSUE}; required
 * @param articleId      the article opened; null for other kinds of event
 * @param occurredAt     required
 */
public record SuggestionEvent(String id, String organizationId, String suggestionId, SuggestionEventKind kind,
                              String ticketKind, String articleId, Instant occurredAt) {
    public SuggestionEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(suggestionId, "suggestionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ticketKind, "ticketKind");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
