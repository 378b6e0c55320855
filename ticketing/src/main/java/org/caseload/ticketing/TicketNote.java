// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.time.Instant;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Origin;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;

/**
 * A note on a ticket as a caller sees it. Notes never change once added. Immutable; no component
 * is null.
 *
 * @param id         the note id
 * @param authorName the author as shown to readers
 * @param visibility {@code PUBLIC} (the reporter sees it) or {@code INTERNAL} (administrators only)
 * @param origin     {@code LOCAL} (written in the organization) or {@code VENDOR} (synchronized
 *                   from the vendor's support desk)
 * @param text       the note
 * @param createdAt  when it was added
 */
public record TicketNote(
        String id,
        String authorName,
        Visibility visibility,
        Origin origin,
        String text,
        Instant createdAt) {
}
