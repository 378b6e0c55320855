// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.support;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * What travels between an organization and the vendor's support desk. Every message names the
 * organization and the organization's ticket it is about, and carries a unique id by which the
 * receiver applies it once. Nothing in a message holds client personal data: escalated text is
 * redacted before it leaves the organization, and a screenshot travels only when the escalating
 * administrator confirmed that it shows none.
 *
 * <p>An {@link Escalation} goes from an organization to the vendor, and so do the organization's
 * {@link OrganizationUpdate}s to an escalated ticket (a reply, a shared note, a withdrawal, a local
 * resolution); a {@link VendorUpdate} comes back. Vendor updates carry a per-ticket sequence number
 * (1, 2, 3 ...), by which the organization applies them in the order the vendor made them, whatever
 * order they arrive in.
 *
 * <p>Each escalation of a ticket opens a <em>round</em>, numbered from 1; every message names the
 * round it belongs to, so that a message of an earlier round never overrides a later one.
 */
public sealed interface SupportMessage {

    /** Unique per message, the same on every delivery attempt. */
    String messageId();

    /** The organization that owns the ticket. */
    String organizationId();

    /** The organization's ticket id, the correlation id on both sides. */
    String ticketId();

    /** When the sender created the message. */
    Instant sentAt();

    /** The escalation round of the ticket this message belongs to: 1 for the first escalation. */
    int round();

    /**
     * An organization hands a ticket to the vendor.
     *
     * @param round          this escalation's number among the ticket's escalations, from 1
     * @param kind           the ticket kind, by name ({@code ISSUE}, {@code QUESTION}, {@code SUGGESTION})
     * @param summary        the description, redacted of client personal data
     * @param screenId       the screen the ticket was opened on, or {@code redacted} when it was not a
     *                       registered screen id
     * @param productVersion the version of the organization's application, as its host reports it
     * @param escalatedBy    the display name of the administrator who escalated it
     * @param screenshot     the ticket's screenshot, only when the administrator confirmed it shows no
     *                       client data; otherwise null
     */
    record Escalation(String messageId, String organizationId, String ticketId, Instant sentAt, int round,
                      String kind, String summary, String screenId, String productVersion, String escalatedBy,
                      Attachment screenshot) implements SupportMessage {
        public Escalation {
            requireEnvelope(messageId, organizationId, ticketId, sentAt, round);
            Objects.requireNonNull(productVersion, "productVersion");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(screenId, "screenId");
            Objects.requireNonNull(escalatedBy, "escalatedBy");
        }
    }

    /**
     * A change the vendor's support desk made to an escalated ticket, for the organization.
     * {@link #sequence()} numbers the updates of one ticket from 1 without gaps.
     */
    sealed interface VendorUpdate extends SupportMessage {

        /** The update's number among the updates of its ticket: 1, 2, 3 ... */
        long sequence();
    }

    /**
     * A note the vendor's support staff shared with the organization. Notes the vendor keeps
     * internal never travel.
     *
     * @param round    the escalation round the note belongs to
     * @param sequence the update's number among the updates of its ticket, from 1
     * @param author   the support agent's display name
     * @param text     the note
     */
    record VendorNote(String messageId, String organizationId, String ticketId, Instant sentAt, int round,
                      long sequence, String author, String text) implements VendorUpdate {
        public VendorNote {
            requireEnvelope(messageId, organizationId, ticketId, sentAt, round);
            requireSequence(sequence);
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The vendor's desk moved an escalated ticket to another status.
     *
     * @param round      the escalation round the change belongs to
     * @param sequence   the update's number among the updates of its ticket, from 1
     * @param status     the desk status's name ({@code TRIAGED}, {@code IN_PROGRESS},
     *                   {@code WAITING_ON_CUSTOMER}, {@code RESOLVED}, {@code CLOSED})
     * @param tier       the support tier working it, 1 to 3; 0 before triage
     * @param author     the display name of who made the change
     * @param resolution how it was solved, for {@code RESOLVED}; otherwise null
     */
    record StatusChange(String messageId, String organizationId, String ticketId, Instant sentAt, int round,
                        long sequence, String status, int tier, String author, String resolution)
            implements VendorUpdate {
        public StatusChange {
            requireEnvelope(messageId, organizationId, ticketId, sentAt, round);
            requireSequence(sequence);
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(author, "author");
        }
    }

    /**
     * A change the organization made to a ticket it escalated, for the vendor's desk. Sent in the
     * order the organization made them; the desk applies each message id once.
     */
    sealed interface OrganizationUpdate extends SupportMessage {

        /** The display name of who made the change at the organization. */
        String author();
    }

    /**
     * The organization's answer to the desk's question: ends {@code WAITING_ON_CUSTOMER} on both
     * sides.
     *
     * @param round  the escalation round the reply belongs to
     * @param author the answering user's display name
     * @param text   the answer, redacted of client personal data
     */
    record OrganizationReply(String messageId, String organizationId, String ticketId, Instant sentAt, int round,
                             String author, String text) implements OrganizationUpdate {
        public OrganizationReply {
            requireEnvelope(messageId, organizationId, ticketId, sentAt, round);
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A note the organization shared with the desk, redacted like the escalation, with an
     * attachment only when the administrator confirmed that it shows no client data.
     *
     * @param round      the escalation round the note belongs to
     * @param author     the sharing user's display name
     * @param text       the note, redacted of client personal data
     * @param attachment the confirmed attachment; otherwise null
     */
    record OrganizationNote(String messageId, String organizationId, String ticketId, Instant sentAt, int round,
                            String author, String text, Attachment attachment) implements OrganizationUpdate {
        public OrganizationNote {
            requireEnvelope(messageId, organizationId, ticketId, sentAt, round);
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The organization withdrew its escalation: the desk stops working the ticket's round.
     *
     * @param round  the escalation round withdrawn
     * @param author the withdrawing administrator's display name
     * @param reason why, redacted of client personal data
     */
    record EscalationWithdrawn(String messageId, String organizationId, String ticketId, Instant sentAt, int round,
                               String author, String reason) implements OrganizationUpdate {
        public EscalationWithdrawn {
            requireEnvelope(messageId, organizationId, ticketId, sentAt, round);
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The organization resolved an escalated ticket itself; the desk learns it and resolves its copy.
     *
     * @param round      the escalation round resolved
     * @param author     the resolving administrator's display name
     * @param resolution how it was solved, redacted of client personal data
     */
    record LocalResolution(String messageId, String organizationId, String ticketId, Instant sentAt, int round,
                           String author, String resolution) implements OrganizationUpdate {
        public LocalResolution {
            requireEnvelope(messageId, organizationId, ticketId, sentAt, round);
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(resolution, "resolution");
        }
    }

    /**
     * A file sent with a message. Immutable: the content is copied in and out; equal when the type
     * and every byte are.
     *
     * @param mediaType such as {@code image/png}; required
     * @param content   required
     */
    record Attachment(String mediaType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(mediaType, "mediaType");
            content = Objects.requireNonNull(content, "content").clone();
        }

        /** A copy of the bytes. */
        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment that && mediaType.equals(that.mediaType)
                    && Arrays.equals(content, that.content);
        }

        @Override
        public int hashCode() {
            return 31 * mediaType.hashCode() + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "Attachment[mediaType=" + mediaType + ", " + content.length + " bytes]";
        }
    }

    private static void requireEnvelope(String messageId, String organizationId, String ticketId, Instant sentAt,
                                        int round) {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(sentAt, "sentAt");
        if (round < 1) {
            throw new IllegalArgumentException("round must be at least 1, was " + round);
        }
    }

    private static void requireSequence(long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1, was " + sequence);
        }
    }
}
