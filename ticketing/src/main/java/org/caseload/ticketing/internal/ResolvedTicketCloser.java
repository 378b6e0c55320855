// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;

/**
 * Closes the tickets of every organization that have been {@code RESOLVED} for a set time. Each
 * ticket is closed in a call of its own, so that each closing has its audit entry and a failure
 * leaves the others done. Thread-safe; several closers (on several nodes) may run at once.
 */
public final class ResolvedTicketCloser {

    private static final Operation AUTO_CLOSE = new Operation("ticket.autoClose", Permission.TICKET_MAINTAIN);

    private final Kernel kernel;
    private final TicketChanges changes;
    private final Duration closeAfter;

    public ResolvedTicketCloser(Kernel kernel, TicketChanges changes, Duration closeAfter) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.closeAfter = Objects.requireNonNull(closeAfter, "closeAfter");
    }

    /**
     * Closes every ticket due, the longest resolved first.
     *
     * @return how many tickets this call closed
     */
    public int closeAllDue() {
        int closed = 0;
        while (true) {
            try {
                if (!kernel.call(AUTO_CLOSE, null, this::closeLongestResolved)) {
                    return closed;
                }
                closed++;
            } catch (ConcurrentModificationException e) {
                // Another closer, or a person, changed the ticket first; the next call looks again.
            }
        }
    }

    /** Closes the ticket resolved longest ago, if it is due; says whether there was one. */
    private boolean closeLongestResolved(CallContext context) {
        List<TicketRecord> due = context.session().tickets()
                .findInStatusEnteredBy(TicketStatus.RESOLVED, context.now().minus(closeAfter), 1);
        if (due.isEmpty()) {
            context.auditDetail("no ticket due");
            return false;
        }
        TicketRecord ticket = due.get(0);
        context.auditRecord(TicketAccess.RECORD_TYPE, ticket.id());
        changes.move(context, ticket, TicketStatus.CLOSED, UnaryOperator.identity());
        return true;
    }
}
