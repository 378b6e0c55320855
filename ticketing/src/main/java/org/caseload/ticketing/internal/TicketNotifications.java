// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.Locale;
import java.util.Objects;
import org.caseload.core.internal.CallContext;
import org.caseload.core.Permission;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.ui.Recipient;

/**
 * Queues the notifications of ticket events in the outbox, in the unit of work of the event, so
 * that an event and its notification commit or fail together. The texts name the ticket id, its
 * kind, screen and statuses, never what anyone wrote, which may hold a client's personal data.
 * Thread-safe.
 */
public final class TicketNotifications {

    private final NotificationCodec codec;

    public TicketNotifications(NotificationCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** Tells the administrators of the ticket's organization that it was submitted. */
    void submitted(CallContext context, TicketRecord ticket) {
        enqueue(context, ticket, new Recipient.PermissionHolders(ticket.organizationId(),
                        Permission.TICKET_ADMINISTER.key()),
                "New ticket " + ticket.id(),
                "A new " + ticket.kind().name().toLowerCase(Locale.ROOT) + " ticket was submitted from screen "
                        + ticket.context().screenId() + ".");
    }

    /** Tells the reporter that their ticket moved from {@code from} to its current status. */
    void statusChanged(CallContext context, TicketRecord ticket, TicketStatus from) {
        enqueue(context, ticket, new Recipient.User(ticket.reporterUserId()),
                "Ticket " + ticket.id() + " is now " + ticket.status(),
                "Your ticket " + ticket.id() + " moved from " + from + " to " + ticket.status() + ".");
    }

    /** Tells the reporter that the vendor's support desk moved their ticket to another status. */
    void vendorStatusChanged(CallContext context, TicketRecord ticket, String deskStatus) {
        enqueue(context, ticket, new Recipient.User(ticket.reporterUserId()),
                "Ticket " + ticket.id() + " is now " + deskStatus + " at the support desk",
                "The vendor's support desk moved your ticket " + ticket.id() + " to " + deskStatus + ".");
    }

    /** Tells the reporter that their ticket has a new public note. */
    void publicNoteAdded(CallContext context, TicketRecord ticket) {
        enqueue(context, ticket, new Recipient.User(ticket.reporterUserId()),
                "New note on ticket " + ticket.id(),
                "A new note was added to your ticket " + ticket.id() + ".");
    }

    private void enqueue(CallContext context, TicketRecord ticket, Recipient recipient, String subject, String body) {
        String payload = codec.write(recipient, subject, body, "ticket:" + ticket.id());
        context.session().outbox().append(OutboxMessage.pending(context.newId(), NotificationDelivery.TOPIC,
                ticket.id(), payload, context.now()));
    }
}
