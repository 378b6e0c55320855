// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.time.Instant;
import org.caseload.spi.storage.tickets.TicketHistoryRecord.Type;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.spi.storage.tickets.TicketStatus;

/**
 * One event in the history of a ticket, as a caller sees it. Immutable.
 *
 * @param id             the event id
 * @param type           what happened; never null
 * @param occurredAt     when; never null
 * @param actorUserId    who did it; never null
 * @param actorName      the actor as shown to readers; never null
 * @param fromStatus     the status before a {@code STATUS_CHANGED}; otherwise null
 * @param toStatus       the status after a {@code STATUS_CHANGED} or {@code SUBMITTED}; otherwise null
 * @param assigneeUserId the new assignee of an {@code ASSIGNED} (null: unassigned); otherwise null
 * @param noteId         the note of a {@code NOTE_ADDED}; otherwise null
 * @param noteVisibility the visibility of that note; otherwise null
 */
public record TicketEvent(
        String id,
        Type type,
        Instant occurredAt,
        String actorUserId,
        String actorName,
        TicketStatus fromStatus,
        TicketStatus toStatus,
        String assigneeUserId,
        String noteId,
        Visibility noteVisibility) {
}
