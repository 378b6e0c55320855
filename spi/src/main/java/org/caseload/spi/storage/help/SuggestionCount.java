// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.help;

import java.util.Objects;

/**
 * How many sets of suggestions had at least one event of a kind, for one kind of ticket. Immutable.
 *
 * @param ticketKind required
 * @param kind       required
 * @param count      at least 1
 */
public record SuggestionCount(String ticketKind, SuggestionEventKind kind, int count) {
    public SuggestionCount {
        Objects.requireNonNull(ticketKind, "ticketKind");
        Objects.requireNonNull(kind, "kind");
    }
}
