// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import org.caseload.core.internal.CallContext;
import org.caseload.core.Permission;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketRecord;

/**
 * Who may see a ticket: its reporter, and the administrators of its organization. For everyone
 * else it does not exist. Stateless.
 */
final class TicketAccess {

    static final String RECORD_TYPE = "ticket";

    private TicketAccess() {
    }

    /**
     * The ticket, when the caller reported it or administers its organization.
     *
     * @throws NotFoundException otherwise, or when it does not exist
     */
    static TicketRecord readable(CallContext context, String ticketId) {
        Principal caller = context.principal();
        return context.session().tickets().findById(ticketId)
                .filter(ticket -> administers(caller, ticket) || reported(caller, ticket))
                .orElseThrow(() -> new NotFoundException(RECORD_TYPE, ticketId));
    }

    /**
     * The ticket, when the caller administers its organization.
     *
     * @throws NotFoundException otherwise, or when it does not exist
     */
    static TicketRecord administrable(CallContext context, String ticketId) {
        return context.session().tickets().findById(ticketId)
                .filter(ticket -> administers(context.principal(), ticket))
                .orElseThrow(() -> new NotFoundException(RECORD_TYPE, ticketId));
    }

    /** Whether {@code caller} is an administrator of the ticket's organization. */
    static boolean administers(Principal caller, TicketRecord ticket) {
        return caller.organizationId().equals(ticket.organizationId())
                && caller.hasPermission(Permission.TICKET_ADMINISTER.key());
    }

    /** Whether {@code caller} reported the ticket. */
    static boolean reported(Principal caller, TicketRecord ticket) {
        return caller.organizationId().equals(ticket.organizationId())
                && caller.userId().equals(ticket.reporterUserId());
    }
}
