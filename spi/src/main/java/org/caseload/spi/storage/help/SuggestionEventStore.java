// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.help;

import java.time.Instant;
import java.util.List;

/** The log of articles suggested while users wrote tickets, and what came of them. Append-only. */
public interface SuggestionEventStore {

    /**
     * Appends an event.
     *
     * @throws org.caseload.spi.error.StorageException when an event with this id exists
     */
    void append(SuggestionEvent event);

    /** The events of one set of suggestions of an organization, oldest first (ties by id). */
    List<SuggestionEvent> events(String organizationId, String suggestionId);

    /**
     * For each ticket kind and event kind, how many of the organization's sets of suggestions had
     * at least one such event at or after {@code from} and before {@code to}; ordered by ticket
     * kind then event kind (each by name, by character code); kinds without events are left out.
     */
    List<SuggestionCount> counts(String organizationId, Instant from, Instant to);
}
