// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

import java.time.Instant;
import java.util.Objects;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;

/**
 * One event in the life of a ticket: its submission, a status change, an assignment, or a note.
 * Replaying a ticket's entries in order gives its status, its assignee and its notes. Never changed
 * or removed once appended. Build one with the factory of its type.
 *
 * @param id             required
 * @param ticketId       required
 * @param occurredAt     required
 * @param actorUserId    who did it; required
 * @param actorName      the actor as shown to readers; required
 * @param type           required
 * @param fromStatus     the status before a {@link Type#STATUS_CHANGED}; null for other types
 * @param toStatus       the status after a {@link Type#STATUS_CHANGED} or {@link Type#SUBMITTED};
 *                       null for other types
 * @param assigneeUserId the new assignee of an {@link Type#ASSIGNED} (null: unassigned); null for
 *                       other types
 * @param noteId         the note of a {@link Type#NOTE_ADDED}; null for other types
 * @param noteVisibility the visibility of that note; null for other types
 */
public record TicketHistoryRecord(
        String id,
        String ticketId,
        Instant occurredAt,
        String actorUserId,
        String actorName,
        Type type,
        TicketStatus fromStatus,
        TicketStatus toStatus,
        String assigneeUserId,
        String noteId,
        Visibility noteVisibility) {

    public TicketHistoryRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorUserId, "actorUserId");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(type, "type");
        switch (type) {
            case SUBMITTED -> Objects.requireNonNull(toStatus, "toStatus");
            case STATUS_CHANGED -> {
                Objects.requireNonNull(fromStatus, "fromStatus");
                Objects.requireNonNull(toStatus, "toStatus");
            }
            case NOTE_ADDED -> {
                Objects.requireNonNull(noteId, "noteId");
                Objects.requireNonNull(noteVisibility, "noteVisibility");
            }
            case ASSIGNED -> {
                // A null assignee is an unassignment.
            }
        }
    }

    /** The ticket was submitted in {@code status}. */
    public static TicketHistoryRecord submitted(String id, String ticketId, Instant at, String actorUserId,
                                                String actorName, TicketStatus status) {
        return new TicketHistoryRecord(id, ticketId, at, actorUserId, actorName, Type.SUBMITTED, null, status,
                null, null, null);
    }

    /** The ticket went from {@code from} to {@code to}. */
    public static TicketHistoryRecord statusChanged(String id, String ticketId, Instant at, String actorUserId,
                                                    String actorName, TicketStatus from, TicketStatus to) {
        return new TicketHistoryRecord(id, ticketId, at, actorUserId, actorName, Type.STATUS_CHANGED, from, to,
                null, null, null);
    }

    /** The ticket was assigned to {@code assigneeUserId}, or unassigned when it is null. */
    public static TicketHistoryRecord assigned(String id, String ticketId, Instant at, String actorUserId,
                                               String actorName, String assigneeUserId) {
        return new TicketHistoryRecord(id, ticketId, at, actorUserId, actorName, Type.ASSIGNED, null, null,
                assigneeUserId, null, null);
    }

    /** A note was added to the ticket. */
    public static TicketHistoryRecord noteAdded(String id, String ticketId, Instant at, String actorUserId,
                                                String actorName, String noteId, Visibility visibility) {
        return new TicketHistoryRecord(id, ticketId, at, actorUserId, actorName, Type.NOTE_ADDED, null, null,
                null, noteId, visibility);
    }

    /** What happened to a ticket. */
    public enum Type {
        /** It was submitted; the first entry of every ticket. */
        SUBMITTED,
        /** Its status changed. */
        STATUS_CHANGED,
        /** It was assigned or unassigned. */
        ASSIGNED,
        /** A note was added. */
        NOTE_ADDED
    }
}
