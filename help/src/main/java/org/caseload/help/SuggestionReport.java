// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.caseload.spi.storage.tickets.TicketKind;

/**
 * What came of the articles suggested to an organization's users while they wrote tickets, in a
 * period. Immutable.
 *
 * @param from  the start of the period, included; never null
 * @param to    its end, excluded; never null
 * @param lines one per kind of ticket, in {@link TicketKind} order; never null
 */
public record SuggestionReport(Instant from, Instant to, List<Line> lines) {

    /**
     * The counts of one kind of ticket: sets of suggestions, each counted once.
     *
     * @param ticketKind   never null
     * @param shown        sets of articles shown
     * @param opened       of which the user opened at least one article
     * @param notSubmitted of those, how many ended without a ticket: the answers that saved one
     * @param submitted    sets after which the user submitted the ticket anyway
     */
    public record Line(TicketKind ticketKind, int shown, int opened, int notSubmitted, int submitted) {
        public Line {
            Objects.requireNonNull(ticketKind, "ticketKind");
        }
    }

    public SuggestionReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        lines = List.copyOf(lines);
    }
}
