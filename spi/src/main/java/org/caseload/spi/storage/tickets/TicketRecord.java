// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored support ticket. The screenshot itself is kept apart
 * ({@link TicketStore#putScreenshot}); the ticket only says whether it has one.
 *
 * @param id                  required
 * @param organizationId      the reporter's organization; required
 * @param reporterUserId      the user who submitted it; required
 * @param kind                required
 * @param status              required
 * @param description         required
 * @param context             required
 * @param contact             required
 * @param screenshotMediaType the media type of its screenshot, such as {@code image/png}; null
 *                            when it has none
 * @param idempotencyKey      the host's key of the submission; may be null
 * @param assigneeUserId      the user working it; null when unassigned
 * @param resolution          how it was resolved; null unless resolved (or closed after that)
 * @param createdAt           required
 * @param updatedAt           when it last changed; required
 * @param statusChangedAt     when it entered its current status; required
 * @param version             the optimistic-locking version; 1 when first inserted
 * @param escalationRound     how many times the ticket was escalated to the vendor: 0 when never, then
 *                            the round of its latest escalation; not negative
 * @param withVendor          whether the latest escalation is still open: escalated, and neither
 *                            withdrawn nor resolved (by either side) since
 */
public record TicketRecord(
        String id,
        String organizationId,
        String reporterUserId,
        TicketKind kind,
        TicketStatus status,
        String description,
        TicketContext context,
        TicketContact contact,
        String screenshotMediaType,
        TicketIdempotencyKey idempotencyKey,
        String assigneeUserId,
        String resolution,
        Instant createdAt,
        Instant updatedAt,
        Instant statusChangedAt,
        long version,
        int escalationRound,
        boolean withVendor) {

    public TicketRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(reporterUserId, "reporterUserId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        if (escalationRound < 0) {
            throw new IllegalArgumentException("escalationRound must not be negative, was " + escalationRound);
        }
    }

    /** A ticket never escalated: round 0, not with the vendor. */
    public TicketRecord(String id, String organizationId, String reporterUserId, TicketKind kind,
                        TicketStatus status, String description, TicketContext context, TicketContact contact,
                        String screenshotMediaType, TicketIdempotencyKey idempotencyKey, String assigneeUserId,
                        String resolution, Instant createdAt, Instant updatedAt, Instant statusChangedAt,
                        long version) {
        this(id, organizationId, reporterUserId, kind, status, description, context, contact, screenshotMediaType,
                idempotencyKey, assigneeUserId, resolution, createdAt, updatedAt, statusChangedAt, version, 0, false);
    }

    /**
     * This ticket in escalation round {@code round}, with the vendor ({@code open}) or no longer, at
     * the version read; its times are unchanged.
     */
    public TicketRecord withEscalation(int round, boolean open) {
        return new TicketRecord(id, organizationId, reporterUserId, kind, status, description, context, contact,
                screenshotMediaType, idempotencyKey, assigneeUserId, resolution, createdAt, updatedAt,
                statusChangedAt, version, round, open);
    }

    /**
     * This ticket moved to {@code newStatus} at {@code at} (which becomes both its update and its
     * status-change time), still at the version it was read.
     */
    public TicketRecord withStatus(TicketStatus newStatus, Instant at) {
        return new TicketRecord(id, organizationId, reporterUserId, kind, newStatus, description, context, contact,
                screenshotMediaType, idempotencyKey, assigneeUserId, resolution, createdAt, at, at, version,
                escalationRound, withVendor);
    }

    /** This ticket assigned to {@code newAssigneeUserId} (null: unassigned) at {@code at}, at the version read. */
    public TicketRecord withAssignee(String newAssigneeUserId, Instant at) {
        return new TicketRecord(id, organizationId, reporterUserId, kind, status, description, context, contact,
                screenshotMediaType, idempotencyKey, newAssigneeUserId, resolution, createdAt, at, statusChangedAt,
                version, escalationRound, withVendor);
    }

    /** This ticket with another resolution (null: none), at the version read; its times are unchanged. */
    public TicketRecord withResolution(String newResolution) {
        return new TicketRecord(id, organizationId, reporterUserId, kind, status, description, context, contact,
                screenshotMediaType, idempotencyKey, assigneeUserId, newResolution, createdAt, updatedAt,
                statusChangedAt, version, escalationRound, withVendor);
    }

    /** This record with another version, as a store returns it after a write. */
    public TicketRecord withVersion(long newVersion) {
        return new TicketRecord(id, organizationId, reporterUserId, kind, status, description, context, contact,
                screenshotMediaType, idempotencyKey, assigneeUserId, resolution, createdAt, updatedAt,
                statusChangedAt, newVersion, escalationRound, withVendor);
    }
}
