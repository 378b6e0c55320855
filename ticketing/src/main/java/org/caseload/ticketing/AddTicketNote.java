// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.core.internal.MultiLine;

/**
 * Adds a note to a ticket. Notes never change once added, and adding one does not change the
 * ticket's version, so it names none. Immutable.
 *
 * @param ticketId   required
 * @param visibility {@code PUBLIC} (the reporter sees it) or {@code INTERNAL} (the organization's
 *                   administrators only); required
 * @param text       required, at most {@value #TEXT_MAX_LENGTH} characters
 */
public record AddTicketNote(
        @NotBlank String ticketId,
        @NotNull Visibility visibility,
        @MultiLine @NotBlank @Size(max = TEXT_MAX_LENGTH) String text) {

    /** The longest note accepted. */
    public static final int TEXT_MAX_LENGTH = 10_000;

    /** A note the reporter sees. */
    public static AddTicketNote publicNote(String ticketId, String text) {
        return new AddTicketNote(ticketId, Visibility.PUBLIC, text);
    }

    /** A note for the organization's administrators only. */
    public static AddTicketNote internalNote(String ticketId, String text) {
        return new AddTicketNote(ticketId, Visibility.INTERNAL, text);
    }
}
