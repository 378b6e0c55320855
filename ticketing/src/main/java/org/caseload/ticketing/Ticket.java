package org.caseload.ticketing;

import java.time.Instant;
import org.caseload.spi.storage.TicketContact.ContactMethod;
import org.caseload.spi.storage.TicketKind;
import org.caseload.spi.storage.TicketStatus;

/**
 * A support ticket as a caller sees it. Immutable.
 *
 * @param id                     the ticket id
 * @param organizationId         the reporter's organization
 * @param reporterUserId         the user who submitted it
 * @param kind                   never null
 * @param status                 never null
 * @param description            what the reporter wrote, as entered
 * @param screenId               the screen it was opened on; never null
 * @param formId                 the form on that screen; may be null
 * @param applicationVersion     the host application's version; may be null
 * @param contactName            never null
 * @param contactEmail           may be null
 * @param contactPhone           may be null
 * @param preferredContactMethod never null
 * @param createdAt              when it was submitted
 * @param updatedAt              when it last changed
 * @param version                the version, to name when changing the ticket
 */
public record Ticket(
        String id,
        String organizationId,
        String reporterUserId,
        TicketKind kind,
        TicketStatus status,
        String description,
        String screenId,
        String formId,
        String applicationVersion,
        String contactName,
        String contactEmail,
        String contactPhone,
        ContactMethod preferredContactMethod,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
