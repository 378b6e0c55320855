// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.caseload.spi.storage.desk.DeskTicketStatus;

/**
 * Moves a desk ticket to another status. Immutable.
 *
 * @param deskTicketId    required
 * @param expectedVersion the version the caller read; at least 1
 * @param status          the status to move to; required
 * @param resolution      how it was solved: required for {@code RESOLVED}, ignored otherwise; at
 *                        most 10,000 characters; shared with the organization
 */
public record ChangeDeskStatus(
        @NotBlank String deskTicketId,
        @Positive long expectedVersion,
        @NotNull DeskTicketStatus status,
        @Size(max = 10_000) String resolution) {

    /** Moves {@code ticket} to {@code status}. */
    public static ChangeDeskStatus of(DeskTicket ticket, DeskTicketStatus status) {
        return new ChangeDeskStatus(ticket.id(), ticket.version(), status, null);
    }

    /** Resolves {@code ticket}. */
    public static ChangeDeskStatus resolve(DeskTicket ticket, String resolution) {
        return new ChangeDeskStatus(ticket.id(), ticket.version(), DeskTicketStatus.RESOLVED, resolution);
    }
}
