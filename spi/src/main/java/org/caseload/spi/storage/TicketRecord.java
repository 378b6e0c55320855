package org.caseload.spi.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored support ticket.
 *
 * @param id             required
 * @param organizationId the reporter's organization; required
 * @param reporterUserId the user who submitted it; required
 * @param kind           required
 * @param status         required
 * @param description    required
 * @param context        required
 * @param contact        required
 * @param createdAt      required
 * @param updatedAt      required
 * @param version        the optimistic-locking version; 1 when first inserted
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
        Instant createdAt,
        Instant updatedAt,
        long version) {

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
    }

    /** This ticket moved to {@code newStatus} at {@code at}, still at the version it was read. */
    public TicketRecord withStatus(TicketStatus newStatus, Instant at) {
        return new TicketRecord(id, organizationId, reporterUserId, kind, newStatus, description,
                context, contact, createdAt, at, version);
    }

    /** This record with another version, as a store returns it after a write. */
    public TicketRecord withVersion(long newVersion) {
        return new TicketRecord(id, organizationId, reporterUserId, kind, status, description,
                context, contact, createdAt, updatedAt, newVersion);
    }
}
