// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ErrorCode;

/**
 * A support message or a command needs a ticket that is with the vendor's support desk, and this
 * one is not: it was never escalated, its escalation is no longer open, or a message names an
 * escalation round the ticket never reached. Code {@link ErrorCode#SUPPORT_TICKET_NOT_ESCALATED}.
 * For the sender of a support message the refusal is permanent: sending the message again cannot
 * help. The message names the ticket and the rounds, never what anyone wrote.
 */
public final class TicketNotEscalatedException extends CaseloadException {
    private static final long serialVersionUID = 1L;

    private final String ticketId;

    /**
     * @param ticketId the organization's ticket id
     * @param detail   what was expected, such as {@code "a message of round 2 arrived, the ticket is in
     *                 round 1"}; never client personal data
     */
    public TicketNotEscalatedException(String ticketId, String detail) {
        super(ErrorCode.SUPPORT_TICKET_NOT_ESCALATED, "ticket " + ticketId + " is not with the support desk: "
                + detail);
        this.ticketId = ticketId;
    }

    /** The organization's ticket id. */
    public String ticketId() {
        return ticketId;
    }
}
