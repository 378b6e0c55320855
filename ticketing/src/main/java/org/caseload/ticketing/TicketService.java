package org.caseload.ticketing;

import java.util.List;
import org.caseload.spi.support.SupportMessage;

/**
 * Support tickets of the caller's organization: submitting them, working the administrator's
 * queue, escalating to the vendor, and applying what the vendor sends back. Obtained from
 * {@link Ticketing#tickets()}; thread-safe.
 *
 * <p>Every call is authenticated, permission-checked and audited. A ticket belongs to the
 * organization it was submitted in: its reporter ({@code ticket.submit}) and that organization's
 * administrators ({@code ticket.administer}, held together with {@code ticket.submit}) may read it;
 * for anyone else it does not exist, and a {@link org.caseload.spi.error.NotFoundException} never
 * tells the two cases apart. Exception messages name ids, fields and states, never what a user
 * wrote.
 */
public interface TicketService {

    /**
     * Submits a ticket in the caller's organization, with the caller as reporter, in status
     * {@code SUBMITTED}.
     *
     * @throws org.caseload.spi.error.ValidationException listing every broken rule of the command
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.submit}
     */
    Ticket submit(SubmitTicket command);

    /**
     * A page of the caller's organization's tickets, newest first.
     *
     * @throws org.caseload.spi.error.ValidationException when the query is invalid
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.administer}
     */
    List<Ticket> queue(TicketQueueQuery query);

    /**
     * The ticket with this id, to its reporter or an administrator of its organization.
     *
     * @throws org.caseload.spi.error.ValidationException when the id is null or blank
     * @throws org.caseload.spi.error.NotFoundException when it does not exist or the caller may not
     *         read it
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.submit}
     */
    Ticket get(String ticketId);

    /**
     * Moves a ticket of the caller's organization to {@code ESCALATED} and, in the same unit of
     * work, queues a {@link SupportMessage.Escalation} for the vendor, which
     * {@link Ticketing#deliverPending()} sends. The escalation carries the ticket's kind, screen and
     * description, and the caller's display name.
     *
     * @return the escalated ticket, at its new version
     * @throws org.caseload.spi.error.ValidationException when the command is invalid
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist or belongs to
     *         another organization
     * @throws org.caseload.spi.error.InvalidTransitionException unless the ticket is
     *         {@code SUBMITTED}, {@code IN_PROGRESS} or {@code REOPENED}
     * @throws org.caseload.spi.error.ConcurrentModificationException when the ticket is no longer at
     *         {@code expectedVersion}
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.administer}
     */
    Ticket escalate(EscalateTicket command);

    /**
     * Applies a message from the vendor's support desk. A {@link SupportMessage.VendorNote} becomes
     * a public note of origin {@code VENDOR}; a message id already applied is ignored, so
     * redelivery is harmless. The caller (the host's inbound integration) must work for the
     * message's organization, and the ticket must belong to it.
     *
     * @throws org.caseload.spi.error.ValidationException when the message is null or of a kind
     *         that only travels to the vendor
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist, belongs to
     *         another organization, or the caller works for another organization
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.sync}
     */
    void receive(SupportMessage message);

    /**
     * The notes of a ticket in the order they were added: every note to an administrator of its
     * organization, the public ones only to its reporter.
     *
     * @throws org.caseload.spi.error.ValidationException when the id is null or blank
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist or the caller
     *         may not read it
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.submit}
     */
    List<TicketNote> notes(String ticketId);
}
