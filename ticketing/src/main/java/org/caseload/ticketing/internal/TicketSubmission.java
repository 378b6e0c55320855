// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketIdempotencyKey;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketScreenshotRecord;
import org.caseload.spi.storage.tickets.TicketStore;
import org.caseload.ticketing.ScreenshotType;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.core.internal.Messages;

/**
 * Submits tickets: validates the command, honours the host's idempotency key, stores the ticket with
 * its screenshot, and records and announces it. Thread-safe.
 */
final class TicketSubmission {

    private static final Operation SUBMIT = new Operation("ticket.submit", Permission.TICKET_SUBMIT);

    private final Kernel kernel;
    private final TicketChanges changes;
    private final SubmissionRules rules;

    TicketSubmission(Kernel kernel, TicketChanges changes, long screenshotLimit) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.rules = new SubmissionRules(screenshotLimit);
    }

    Ticket submit(SubmitTicket command) {
        try {
            return kernel.call(SUBMIT, null, context -> submitOnce(context, command));
        } catch (StorageException e) {
            if (command == null || command.idempotencyKey() == null) {
                throw e;
            }
            // Another call (another node) stored a ticket under the same key between this call's
            // look-up and its insert, and the key's uniqueness refused the second one: asked again,
            // the look-up finds that ticket.
            return kernel.call(SUBMIT, null, context -> submitOnce(context, command));
        }
    }

    private Ticket submitOnce(CallContext context, SubmitTicket command) {
        CommandRules.check(kernel, command, rules::violations);
        Principal reporter = context.principal();
        TicketStore tickets = context.session().tickets();
        TicketIdempotencyKey key = null;
        if (command.idempotencyKey() != null) {
            key = new TicketIdempotencyKey(command.idempotencyKey(),
                    SubmissionFingerprint.of(command, reporter.userId()));
            Optional<TicketRecord> earlier = tickets.findByIdempotencyKey(reporter.organizationId(), key.key());
            if (earlier.isPresent()) {
                return repeated(context, earlier.get(), key, command);
            }
        }
        ScreenshotImages.Encoded screenshot = command.screenshot() == null ? null
                : ScreenshotImages.reencode(command.screenshot().content(), command.screenshot().type().orElseThrow());
        ScreenshotType screenshotType = screenshot == null ? null : screenshot.type();
        TicketRecord ticket = tickets.insert(TicketMapper.newTicket(context.newId(), command, reporter, screenshotType,
                key, context.now()));
        context.auditRecord(TicketAccess.RECORD_TYPE, ticket.id());
        if (screenshotType != null) {
            tickets.putScreenshot(new TicketScreenshotRecord(ticket.id(), screenshotType.mediaType(),
                    screenshot.content()));
        }
        changes.submitted(context, ticket);
        return TicketMapper.toTicket(ticket);
    }

    /** The ticket first submitted under the key, when this submission repeats it exactly. */
    private static Ticket repeated(CallContext context, TicketRecord earlier, TicketIdempotencyKey key,
                                   SubmitTicket command) {
        if (!earlier.idempotencyKey().fingerprint().equals(key.fingerprint())) {
            throw new ValidationException(command.getClass().getSimpleName(),
                    List.of(Messages.violation("idempotencyKey", "caseload.ticket.idempotencyKey.reused",
                            CommandRules.describe(key.key()))));
        }
        context.auditRecord(TicketAccess.RECORD_TYPE, earlier.id());
        context.auditDetail("repeated submission, nothing created");
        return TicketMapper.toTicket(earlier);
    }
}
