// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.time.Instant;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketStatus;

/**
 * A support ticket as a caller sees it. Immutable.
 *
 * @param id              the ticket id
 * @param organizationId  the reporter's organization
 * @param reporterUserId  the user who submitted it
 * @param kind            never null
 * @param status          never null
 * @param description     what the reporter wrote, as entered
 * @param source          where the reporter was, as the host supplied it; absent parts are null
 * @param contact         how to reach the reporter; absent parts are null
 * @param screenshotType  the type of its screenshot ({@link TicketService#screenshot} reads it);
 *                        null when it has none
 * @param assigneeUserId  who works it; null when unassigned
 * @param resolution      how it was resolved; null unless it is {@code RESOLVED} or was closed
 *                        after that
 * @param createdAt       when it was submitted
 * @param updatedAt       when it last changed (notes do not change it)
 * @param statusChangedAt when it entered its current status
 * @param version         the version, to name when changing the ticket
 * @param escalationRound how many times it was escalated to the vendor's support desk: 0 when never,
 *                        then the round of its latest escalation
 * @param withVendor      whether its latest escalation is still open at the desk: neither withdrawn
 *                        nor resolved by either side since
 */
public record Ticket(
        String id,
        String organizationId,
        String reporterUserId,
        TicketKind kind,
        TicketStatus status,
        String description,
        TicketSource source,
        ReporterContact contact,
        ScreenshotType screenshotType,
        String assigneeUserId,
        String resolution,
        Instant createdAt,
        Instant updatedAt,
        Instant statusChangedAt,
        long version,
        int escalationRound,
        boolean withVendor) {
}
