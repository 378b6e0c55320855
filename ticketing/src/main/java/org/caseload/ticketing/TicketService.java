// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.util.List;
import java.util.Optional;
import org.caseload.spi.support.SupportMessage;

/**
 * Support tickets of the caller's organization: submitting them, working the local administrator's
 * queue through the lifecycle, notes, escalation to the vendor, and applying what the vendor sends
 * back. Obtained from {@link Ticketing#tickets()}; thread-safe. Arguments are never null (a null
 * command is a {@link org.caseload.spi.error.ValidationException}).
 *
 * <p>Every call is authenticated, permission-checked, validated, run in one unit of work and
 * audited. A ticket belongs to the organization it was submitted in: its reporter
 * ({@code ticket.submit}) and that organization's administrators ({@code ticket.administer}, held
 * together with {@code ticket.submit}) may read it; for anyone else it does not exist, and a
 * {@link org.caseload.spi.error.NotFoundException} never tells the two cases apart. A reporter sees
 * the public notes only.
 *
 * <p>The lifecycle (see {@code docs/ticketing.md}): {@code SUBMITTED → IN_PROGRESS ⇄
 * WAITING_ON_CUSTOMER}, {@code SUBMITTED | IN_PROGRESS | REOPENED → ESCALATED}, every open status
 * {@code → RESOLVED → CLOSED}, {@code RESOLVED → REOPENED → IN_PROGRESS}. A move the lifecycle does
 * not allow is an {@link org.caseload.spi.error.InvalidTransitionException} naming both statuses.
 * Every change names the version the caller read: a stale one is a
 * {@link org.caseload.spi.error.ConcurrentModificationException}, checked before anything else, and
 * nothing changes. Every change and note is kept in the ticket's {@link #history}.
 *
 * <p>Notifications, delivered later by {@link Ticketing#deliverPending()}: the organization's
 * administrators hear of every new ticket; the reporter hears of every status change and public
 * note made by someone else. Exception messages and notifications name ids, fields and states,
 * never what a user wrote.
 */
public interface TicketService {

    /**
     * Submits a ticket in the caller's organization, with the caller as reporter, in status
     * {@code SUBMITTED}, with its screenshot if it has one.
     *
     * <p>Under an idempotency key, the first submission creates the ticket; submitting again under
     * the same key (within the organization) returns that ticket as it is now and creates nothing,
     * as long as the caller and every part of the submission are the same.
     *
     * @throws org.caseload.spi.error.ValidationException listing every broken rule of the command,
     *         among them a screenshot that is not a PNG, JPEG or WebP image or is over the limit, a
     *         preferred contact method without its address, and an idempotency key already used for
     *         a different submission
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.submit}
     */
    Ticket submit(SubmitTicket command);

    /**
     * A page of the caller's organization's tickets.
     *
     * @throws org.caseload.spi.error.ValidationException when the query is invalid
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.administer}
     */
    List<Ticket> queue(TicketQueueQuery query);

    /**
     * A page of the tickets the caller reported.
     *
     * @throws org.caseload.spi.error.ValidationException when the query is invalid
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.submit}
     */
    List<Ticket> mine(TicketQueueQuery query);

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
     * The screenshot of a ticket, to whoever may read the ticket; empty when it has none.
     *
     * @throws org.caseload.spi.error.ValidationException when the id is null or blank
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist or the caller
     *         may not read it
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.submit}
     */
    Optional<Screenshot> screenshot(String ticketId);

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

    /**
     * The history of a ticket, oldest first: its submission, every status change, assignment and
     * note. Its reporter does not see the events of internal notes.
     *
     * @throws org.caseload.spi.error.ValidationException when the id is null or blank
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist or the caller
     *         may not read it
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.submit}
     */
    List<TicketEvent> history(String ticketId);

    /**
     * Assigns a ticket of the caller's organization, or unassigns it; in any status.
     *
     * @return the ticket at its new version
     * @throws org.caseload.spi.error.ValidationException when the command is invalid
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist or belongs to
     *         another organization
     * @throws org.caseload.spi.error.ConcurrentModificationException when the ticket is no longer at
     *         the expected version
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.administer}
     */
    Ticket assign(AssignTicket command);

    /**
     * Moves a ticket of the caller's organization to {@code IN_PROGRESS}, from {@code SUBMITTED},
     * {@code WAITING_ON_CUSTOMER} or {@code REOPENED}; not while the ticket is with the vendor (see
     * {@link #withdrawEscalation}). Throws as {@link #resolve} does.
     */
    Ticket startWork(StartWork command);

    /**
     * Moves a ticket of the caller's organization from {@code IN_PROGRESS} to
     * {@code WAITING_ON_CUSTOMER}. A public note by its reporter moves it back to
     * {@code IN_PROGRESS}. A ticket with the vendor waits on the organization only when the desk
     * asks. Throws as {@link #resolve} does.
     */
    Ticket waitForCustomer(WaitForCustomer command);

    /**
     * Moves a ticket of the caller's organization to {@code RESOLVED} with a resolution, from any
     * status but {@code RESOLVED} and {@code CLOSED}. A ticket with the vendor is resolved locally:
     * it is no longer with the vendor, and a {@link SupportMessage.LocalResolution} of its round, the
     * resolution redacted, is queued for the desk, which resolves its copy.
     *
     * @return the ticket at its new version
     * @throws org.caseload.spi.error.ValidationException when the command is invalid
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist or belongs to
     *         another organization
     * @throws org.caseload.spi.error.ConcurrentModificationException when the ticket is no longer at
     *         the expected version
     * @throws org.caseload.spi.error.InvalidTransitionException when the lifecycle does not allow it
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.administer}
     */
    Ticket resolve(ResolveTicket command);

    /**
     * Moves a {@code RESOLVED} ticket to {@code REOPENED}, at the request of its reporter or an
     * administrator of its organization; its resolution is cleared. Throws as {@link #resolve}
     * does, but needs only {@code ticket.submit}.
     */
    Ticket reopen(ReopenTicket command);

    /**
     * Moves a {@code RESOLVED} ticket of the caller's organization to {@code CLOSED}, where it
     * stays. {@link Ticketing#closeResolved()} does this for tickets resolved long enough ago.
     * Throws as {@link #resolve} does.
     */
    Ticket close(CloseTicket command);

    /**
     * Adds a note to a ticket, in any status: an administrator of its organization adds public or
     * internal notes, its reporter public ones. A public note by the reporter on a ticket
     * {@code WAITING_ON_CUSTOMER} moves it back to {@code IN_PROGRESS}.
     *
     * @return the note as added
     * @throws org.caseload.spi.error.ValidationException when the command is invalid
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist or the caller
     *         may not read it
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.submit}, or when a
     *         reporter who is not an administrator adds an internal note
     */
    TicketNote addNote(AddTicketNote command);

    /**
     * What escalating a ticket of the caller's organization would send: its description with client
     * personal data redacted (SSNs, dates of birth and dates next to a client's name, telephone
     * numbers, e-mail addresses other than the reporter's, and the names of the organization's
     * clients), and how many values of each kind were removed, never the values. Changes nothing.
     *
     * @throws org.caseload.spi.error.ValidationException when the id is null or blank
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist or belongs to
     *         another organization
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.administer}
     */
    EscalationPreview previewEscalation(String ticketId);

    /**
     * Moves a ticket of the caller's organization to {@code ESCALATED} and, in the same unit of
     * work, queues a {@link SupportMessage.Escalation} for the vendor, which
     * {@link Ticketing#deliverPending()} sends. The escalation carries the ticket's kind and screen,
     * the command's summary redacted once more by the rules of {@link #previewEscalation}, the
     * caller's display name, and the screenshot only when the command confirms that it shows no
     * client data. Once escalated, the ticket is the vendor's to work: locally it takes notes and
     * status changes, but not assignments. Throws as {@link #resolve} does; allowed from
     * {@code SUBMITTED}, {@code IN_PROGRESS} and {@code REOPENED}.
     *
     * @throws org.caseload.spi.error.ValidationException also when the command asks to send a
     *         screenshot the ticket does not have
     */
    Ticket escalate(EscalateTicket command);

    /**
     * Applies a message from the vendor's support desk, once per message id and in the order of the
     * vendor's per-ticket sequence numbers: an update that arrives before an earlier one is kept and
     * applied when the earlier one arrives. A {@link SupportMessage.VendorNote} becomes a public
     * note of origin {@code VENDOR}. A {@link SupportMessage.StatusChange} becomes an internal
     * vendor note for the administrators, the reporter is notified, and, while the ticket is with
     * the vendor, the desk's {@code WAITING_ON_CUSTOMER} moves it to {@code WAITING_ON_CUSTOMER}, the
     * desk's return to work moves it back to {@code ESCALATED}, and the desk's {@code RESOLVED}
     * resolves it; the desk's {@code CLOSED} closes a resolved ticket. A status change that arrives
     * once the ticket is no longer with the vendor (withdrawn, resolved or reopened by the
     * organization) changes no status. An update of an earlier escalation round than the ticket's is
     * ignored, and recorded as received. Nothing applied is sent back to the vendor. The caller (the
     * host's inbound integration) must work for the message's organization, and the ticket must
     * belong to it.
     *
     * @throws TicketNotEscalatedException when the ticket was never escalated, or the update names a
     *         round the ticket has not reached; nothing is recorded, and the sender should not send
     *         it again
     * @throws org.caseload.spi.error.ValidationException when the message is null or of a kind
     *         that only travels to the vendor
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist, belongs to
     *         another organization, or the caller works for another organization
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.sync}
     */
    void receive(SupportMessage message);

    /**
     * Answers the question of the vendor's support desk on a ticket of the caller's organization
     * that waits on it: the ticket moves from {@code WAITING_ON_CUSTOMER} back to {@code ESCALATED},
     * the text is kept as an internal note, and a {@link SupportMessage.OrganizationReply} of the
     * ticket's round, its text redacted as an escalation's summary is, is queued for the desk, which
     * moves its copy from {@code WAITING_ON_CUSTOMER} to {@code IN_PROGRESS}.
     *
     * @return the ticket at its new version
     * @throws TicketNotEscalatedException when the ticket is not with the vendor
     * @throws org.caseload.spi.error.InvalidTransitionException when the desk is not waiting on the
     *         organization (the ticket is {@code ESCALATED})
     * @throws org.caseload.spi.error.ValidationException when the command is invalid
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist or belongs to
     *         another organization
     * @throws org.caseload.spi.error.ConcurrentModificationException when the ticket is no longer at
     *         the expected version
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.administer}
     */
    Ticket replyToVendor(ReplyToVendor command);

    /**
     * Shares a note with the vendor's support desk on a ticket of the caller's organization that is
     * with the vendor, its status unchanged: the text is kept as an internal note, and a
     * {@link SupportMessage.OrganizationNote} of the ticket's round, redacted as an escalation's
     * summary is, is queued for the desk, with the attachment when the command confirms it. Throws
     * as {@link #replyToVendor} does, whether or not the desk waits on the organization.
     *
     * @return the ticket (notes do not change its version)
     * @throws org.caseload.spi.error.ValidationException also when the attachment is not confirmed,
     *         not an accepted image, or over the screenshot limit
     */
    Ticket shareWithVendor(ShareWithVendor command);

    /**
     * Withdraws the escalation of a ticket of the caller's organization that is with the vendor: it
     * moves to {@code IN_PROGRESS}, no longer with the vendor, and a
     * {@link SupportMessage.EscalationWithdrawn} of its round is queued; the desk closes its copy.
     * Escalating the ticket again opens a new round. Throws as {@link #replyToVendor} does.
     */
    Ticket withdrawEscalation(WithdrawEscalation command);
}
