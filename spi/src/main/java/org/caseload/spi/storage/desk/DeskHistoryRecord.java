// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.desk;

import java.time.Instant;
import java.util.Objects;

/**
 * One event in the life of a desk ticket. Never changed or removed once appended.
 *
 * @param id           required
 * @param deskTicketId required
 * @param occurredAt   required
 * @param actorUserId  who did it; required
 * @param actorName    the actor as shown to readers; required
 * @param type         required
 * @param fromStatus   the status before a {@link Type#STATUS_CHANGED}; otherwise null
 * @param toStatus     the status after a {@link Type#RECEIVED}, {@link Type#TRIAGED} or
 *                     {@link Type#STATUS_CHANGED}; otherwise null
 * @param fromTier     the tier before a {@link Type#TIER_CHANGED} (or a repeated triage); otherwise null
 * @param toTier       the tier after a {@link Type#TRIAGED} or {@link Type#TIER_CHANGED}; otherwise null
 * @param detail       the rule that chose the tier of a {@link Type#TRIAGED}, the reason of a
 *                     {@link Type#TIER_CHANGED}, the note id of a {@link Type#NOTE_ADDED}, the agent's
 *                     user id of an {@link Type#ASSIGNED}, the message id of an ignored
 *                     {@link Type#STALE_IGNORED}; otherwise null
 * @param noteShared   whether the note of a {@link Type#NOTE_ADDED} is shared; otherwise null
 */
public record DeskHistoryRecord(
        String id,
        String deskTicketId,
        Instant occurredAt,
        String actorUserId,
        String actorName,
        Type type,
        DeskTicketStatus fromStatus,
        DeskTicketStatus toStatus,
        Integer fromTier,
        Integer toTier,
        String detail,
        Boolean noteShared) {

    public DeskHistoryRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deskTicketId, "deskTicketId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorUserId, "actorUserId");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(type, "type");
    }

    /** What happened to a desk ticket. */
    public enum Type {
        /** An organization escalated it (again). */
        RECEIVED,
        /** It was triaged into a tier. */
        TRIAGED,
        /** It moved up or down a tier. */
        TIER_CHANGED,
        /** Its status changed. */
        STATUS_CHANGED,
        /** A note was added. */
        NOTE_ADDED,
        /** It was assigned to a desk agent. */
        ASSIGNED,
        /** Its desk agent was taken off it. */
        UNASSIGNED,
        /** A message of an earlier escalation round arrived and was ignored. */
        STALE_IGNORED
    }
}
