// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Messages;
import org.caseload.core.internal.VisibleClients;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.tickets.TicketNoteRecord;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Origin;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.support.SupportMessage;
import org.caseload.spi.support.SupportMessage.OrganizationUpdate;
import org.caseload.ticketing.RedactionCategory;
import org.caseload.ticketing.Screenshot;
import org.caseload.ticketing.ShareWithVendor;
import org.caseload.ticketing.TicketNotEscalatedException;

/**
 * The organization's way back to the vendor's support desk on a ticket it escalated: a reply to the
 * desk's question, a shared note (with a confirmed attachment), a withdrawal, a local resolution.
 * Each changes the ticket, keeps what was written as an internal local note, and queues the matching
 * {@link OrganizationUpdate} of the ticket's round in the outbox, all in the caller's unit of work.
 * Every text that leaves is redacted by {@link #redact}, the path an escalation's summary takes.
 * Thread-safe.
 */
final class OrganizationUpdates {

    private final TicketChanges changes;
    private final OrganizationUpdateCodec codec;
    private final Redactor redactor;
    private final long attachmentLimit;

    OrganizationUpdates(TicketChanges changes, OrganizationUpdateCodec codec, Redactor redactor,
                        long attachmentLimit) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.attachmentLimit = attachmentLimit;
    }

    /**
     * Redacts {@code text} of {@code ticket} for the vendor, looking names up among the clients its
     * organization can see. The caller administers the ticket's organization, so what the caller sees
     * is what the organization sees.
     */
    Redactor.Redaction redact(CallContext context, TicketRecord ticket, String text) {
        return redactor.redact(text, ticket.contact().email(), clientLookup(context));
    }

    /** The screen id of {@code ticket} as it may leave the organization. */
    String redactScreen(CallContext context, TicketRecord ticket) {
        return redactor.redactScreen(ticket.context().screenId(), ticket.contact().email(), clientLookup(context));
    }

    private static Redactor.ClientLookup clientLookup(CallContext context) {
        return (keys, limit) -> VisibleClients.byMatchKeys(context, keys, limit);
    }

    /** Answers the desk's question: {@code WAITING_ON_CUSTOMER → ESCALATED}. */
    TicketRecord reply(CallContext context, TicketRecord current, String text) {
        requireWithVendor(current);
        TicketRecord moved = changes.move(context, current, TicketStatus.ESCALATED, same -> same);
        Redactor.Redaction redaction = keep(context, moved, text);
        enqueue(context, moved, new SupportMessage.OrganizationReply(context.newId(), moved.organizationId(),
                moved.id(), context.now(), moved.escalationRound(), context.principal().displayName(),
                redaction.text()));
        context.auditDetail("reply in round " + moved.escalationRound() + ", " + describe(redaction.counts()));
        return moved;
    }

    /** Shares a note, with its attachment when confirmed; the status does not change. */
    TicketRecord share(CallContext context, TicketRecord current, ShareWithVendor command) {
        SupportMessage.Attachment attachment = attachment(command);
        requireWithVendor(current);
        Redactor.Redaction redaction = keep(context, current, command.text());
        enqueue(context, current, new SupportMessage.OrganizationNote(context.newId(), current.organizationId(),
                current.id(), context.now(), current.escalationRound(), context.principal().displayName(),
                redaction.text(), attachment));
        context.auditDetail("note shared in round " + current.escalationRound() + ", " + describe(redaction.counts())
                + (attachment == null ? ", no attachment" : ", attachment confirmed free of client data"));
        return current;
    }

    /** Withdraws the escalation: the ticket is the organization's again, {@code IN_PROGRESS}. */
    TicketRecord withdraw(CallContext context, TicketRecord current, String reason) {
        requireWithVendor(current);
        TicketRecord moved = changes.move(context, current, TicketStatus.IN_PROGRESS,
                ticket -> ticket.withEscalation(ticket.escalationRound(), false));
        Redactor.Redaction redaction = keep(context, moved, reason);
        enqueue(context, moved, new SupportMessage.EscalationWithdrawn(context.newId(), moved.organizationId(),
                moved.id(), context.now(), moved.escalationRound(), context.principal().displayName(),
                redaction.text()));
        context.auditDetail("round " + moved.escalationRound() + " withdrawn, " + describe(redaction.counts()));
        return moved;
    }

    /**
     * Tells the desk that the organization resolved a ticket that was with it; the ticket, already
     * moved to {@code RESOLVED} by the caller, is no longer with the vendor.
     */
    TicketRecord resolvedLocally(CallContext context, TicketRecord resolved) {
        Redactor.Redaction redaction = redact(context, resolved, resolved.resolution());
        enqueue(context, resolved, new SupportMessage.LocalResolution(context.newId(), resolved.organizationId(),
                resolved.id(), context.now(), resolved.escalationRound(), context.principal().displayName(),
                redaction.text()));
        context.auditDetail("resolved locally in round " + resolved.escalationRound() + ", "
                + describe(redaction.counts()));
        return resolved;
    }

    private static void requireWithVendor(TicketRecord ticket) {
        if (!ticket.withVendor()) {
            throw new TicketNotEscalatedException(ticket.id(), ticket.escalationRound() == 0
                    ? "it was never escalated"
                    : "its escalation of round " + ticket.escalationRound() + " is no longer open");
        }
    }

    /** Keeps what the administrator wrote as an internal local note, and returns its redaction for the desk. */
    private Redactor.Redaction keep(CallContext context, TicketRecord ticket, String text) {
        changes.addNote(context, ticket, new TicketNoteRecord(context.newId(), ticket.id(),
                context.principal().displayName(), Visibility.INTERNAL, Origin.LOCAL, text, context.now()));
        return redact(context, ticket, text);
    }

    /**
     * The attachment to send, re-encoded: only an accepted image within the limit, confirmed by the
     * administrator.
     *
     * @throws ValidationException naming every broken rule
     */
    private SupportMessage.Attachment attachment(ShareWithVendor command) {
        Screenshot image = command.attachment();
        if (image == null) {
            return null;
        }
        List<Violation> violations = new ArrayList<>();
        if (!command.attachmentConfirmedFreeOfClientData()) {
            violations.add(Messages.violation("attachmentConfirmedFreeOfClientData",
                    "caseload.ticket.attachment.unconfirmed", "false"));
        }
        SubmissionRules.image("attachment", image, attachmentLimit, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException("ShareWithVendor", violations);
        }
        ScreenshotImages.Encoded encoded = ScreenshotImages.reencode(image.content(), image.type().orElseThrow());
        return new SupportMessage.Attachment(encoded.type().mediaType(), encoded.content());
    }

    private void enqueue(CallContext context, TicketRecord ticket, OrganizationUpdate update) {
        context.session().outbox().append(OutboxMessage.pending(update.messageId(), OrganizationUpdateDelivery.TOPIC,
                ticket.id(), codec.write(update), context.now()));
    }

    /** The counts of a redaction for the audit entry: categories and numbers, never values. */
    static String describe(Map<RedactionCategory, Integer> counts) {
        return counts.isEmpty() ? "nothing redacted" : "redacted " + counts;
    }
}
