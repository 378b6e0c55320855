// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import java.util.List;
import java.util.Optional;
import org.caseload.spi.support.SupportMessage;

/**
 * The vendor's support desk: the escalated tickets of every organization the vendor serves, their
 * triage into tiers, their work, and the updates that flow back to the organizations. Obtained from
 * {@link SupportDesk#service()}; thread-safe. Every call is authenticated, permission-checked,
 * validated, run in one unit of work and audited.
 *
 * <p>Lifecycle (see {@code docs/escalation.md}): {@code NEW} (received) {@code → TRIAGED} (by
 * {@link #triage}) {@code → IN_PROGRESS ⇄ WAITING_ON_CUSTOMER}, any of these {@code → RESOLVED →
 * CLOSED}, {@code RESOLVED → IN_PROGRESS} (reopened). A move it does not draw is an
 * {@link org.caseload.spi.error.InvalidTransitionException}. Every change names the version read; a
 * stale one is a {@link org.caseload.spi.error.ConcurrentModificationException}, and nothing
 * changes. Everything is kept in the ticket's {@link #history}.
 *
 * <p>Every status change and every shared note is queued, in its unit of work, for the
 * organization as a {@link SupportMessage.VendorUpdate} numbered in its ticket's sequence, and sent
 * by {@link SupportDesk#deliverPending()}. Internal notes never leave the vendor.
 */
public interface SupportDeskService {

    /**
     * Takes in an organization's message, once per message id. An
     * {@link SupportMessage.Escalation}: a new desk ticket in {@code NEW}, or, for a ticket escalated
     * before, its desk ticket back in {@code NEW} in the new round, with the new summary, screen and
     * product version, its resolution cleared and, when it was triaged, its service-level clocks
     * started anew. An escalation of a round the desk has had already is ignored (kept in the
     * history). A screenshot sent along is kept.
     *
     * <p>An {@link SupportMessage.OrganizationUpdate} of the desk ticket's round: a reply becomes a
     * note from the organization and ends {@code WAITING_ON_CUSTOMER} ({@code → IN_PROGRESS}, the
     * clocks run again); a shared note becomes a note from the organization, its attachment kept
     * ({@link #noteAttachment}); a withdrawal closes the desk ticket and a local resolution resolves
     * it, from whatever status, the clocks stopped. The ticket's agent is notified of a reply or a
     * note, or, when it has none, the holders of {@code support.desk} in the caller's organization.
     * An update of an earlier round is ignored, kept in the history. Nothing applied is sent back.
     *
     * @throws org.caseload.spi.error.ValidationException when the message is null or of a kind that
     *         only travels to organizations
     * @throws org.caseload.spi.error.NotFoundException when an update names a ticket or round whose
     *         escalation has not arrived (yet): the sender tries again later
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk.sync}
     */
    void receive(SupportMessage message);

    /**
     * A page of the desk's tickets, oldest received first, filtered by status, tier, organization,
     * assigned agent and service-level due time as the query says.
     *
     * @throws org.caseload.spi.error.ValidationException when the query is invalid
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk}
     */
    List<DeskTicket> queue(DeskQueue query);

    /**
     * The desk ticket with this id.
     *
     * @throws org.caseload.spi.error.NotFoundException when there is none
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk}
     */
    DeskTicket get(String deskTicketId);

    /**
     * The desk ticket of an organization's ticket, when it was escalated.
     *
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk}
     */
    Optional<DeskTicket> findByTicket(String organizationId, String ticketId);

    /**
     * Triages a ticket: its priority from impact and urgency (the ITIL matrix), its tier by the
     * desk's {@link TierRules} (the first matching rule, or the default), and that tier's support
     * group. A {@code NEW} ticket becomes {@code TRIAGED}; an open one triaged again keeps its status.
     *
     * @throws org.caseload.spi.error.InvalidTransitionException when it is resolved or closed
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk}
     */
    DeskTicket triage(TriageDeskTicket command);

    /**
     * Passes a triaged, open ticket one tier up or down, to that tier's support group, recording the
     * reason.
     *
     * @throws org.caseload.spi.error.InvalidTransitionException when it is not triaged, resolved or
     *         closed, or is already in tier 3 (up) or tier 1 (down)
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk}
     */
    DeskTicket changeTier(ChangeTier command);

    /**
     * Moves a ticket to another status; resolving needs a resolution, which the organization sees.
     *
     * @throws org.caseload.spi.error.ValidationException when resolving without a resolution
     * @throws org.caseload.spi.error.InvalidTransitionException when the lifecycle does not allow it
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk}
     */
    DeskTicket changeStatus(ChangeDeskStatus command);

    /**
     * Adds a note, shared with the organization or internal to the vendor, in any status.
     *
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk}
     */
    DeskNote addNote(AddDeskNote command);

    /** The notes of a desk ticket, in the order added. Throws as {@link #get} does. */
    List<DeskNote> notes(String deskTicketId);

    /** The history of a desk ticket, oldest first. Throws as {@link #get} does. */
    List<DeskEvent> history(String deskTicketId);

    /** The screenshot sent with the escalation, if one was. Throws as {@link #get} does. */
    Optional<SupportMessage.Attachment> screenshot(String deskTicketId);

    /**
     * The attachment the organization sent with a note of this desk ticket, if it sent one. Throws as
     * {@link #get} does.
     */
    Optional<SupportMessage.Attachment> noteAttachment(String deskTicketId, String noteId);

    /**
     * Assigns a desk ticket to a desk agent, in any status, recorded in its history.
     *
     * @throws org.caseload.spi.error.ValidationException when the command is invalid
     * @throws org.caseload.spi.error.NotFoundException when the ticket does not exist
     * @throws org.caseload.spi.error.ConcurrentModificationException when the ticket is no longer at
     *         the expected version
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk}
     */
    DeskTicket assign(AssignDeskTicket command);

    /** Takes the agent off a desk ticket, recorded in its history. Throws as {@link #assign} does. */
    DeskTicket unassign(UnassignDeskTicket command);
}
