// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.caseload.core.internal.CallContext;
import org.caseload.core.Permission;
import org.caseload.core.outbox.DeadLetter;
import org.caseload.spi.storage.StorageSession;
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

    /**
     * Tells the administrators of the ticket's organization that a message of the ticket cannot reach
     * the vendor's support desk, and that the ticket's later messages wait behind it. Outside any
     * service call (the dispatcher's), hence the session, id and time of its own.
     */
    void deliveryStuck(StorageSession session, String id, Instant now, TicketRecord ticket, DeadLetter letter) {
        enqueue(session, id, now, ticket, new Recipient.PermissionHolders(ticket.organizationId(),
                        Permission.TICKET_ADMINISTER.key()),
                "Ticket " + ticket.id() + " cannot reach the support desk",
                "A message of ticket " + ticket.id() + " to the vendor's support desk could not be delivered ("
                        + letter.reason() + "). The ticket's later messages wait until an administrator resends"
                        + " or discards it among the dead letters.");
    }

    private void enqueue(CallContext context, TicketRecord ticket, Recipient recipient, String subject, String body) {
        enqueue(context.session(), context.newId(), context.now(), ticket, recipient, subject, body);
    }

    private void enqueue(StorageSession session, String id, Instant now, TicketRecord ticket, Recipient recipient,
                         String subject, String body) {
        String payload = codec.write(recipient, subject, body, "ticket:" + ticket.id());
        session.outbox().append(OutboxMessage.pending(id, NotificationDelivery.TOPIC, ticket.id(), payload, now));
    }
}
