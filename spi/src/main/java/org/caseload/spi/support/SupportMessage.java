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
 * <p>An {@link Escalation} goes from an organization to the vendor; a {@link VendorUpdate} comes
 * back. Vendor updates carry a per-ticket sequence number (1, 2, 3 ...), by which the organization
 * applies them in the order the vendor made them, whatever order they arrive in.
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

    /**
     * An organization hands a ticket to the vendor.
     *
     * @param kind        the ticket kind, by name ({@code ISSUE}, {@code QUESTION}, {@code SUGGESTION})
     * @param summary     the description, redacted of client personal data
     * @param screenId    the screen the ticket was opened on
     * @param escalatedBy the display name of the administrator who escalated it
     * @param screenshot  the ticket's screenshot, only when the administrator confirmed it shows no
     *                    client data; otherwise null
     */
    record Escalation(String messageId, String organizationId, String ticketId, Instant sentAt,
                      String kind, String summary, String screenId, String escalatedBy, Attachment screenshot)
            implements SupportMessage {
        public Escalation {
            requireEnvelope(messageId, organizationId, ticketId, sentAt);
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
     * @param sequence the update's number among the updates of its ticket, from 1
     * @param author   the support agent's display name
     * @param text     the note
     */
    record VendorNote(String messageId, String organizationId, String ticketId, Instant sentAt, long sequence,
                      String author, String text) implements VendorUpdate {
        public VendorNote {
            requireEnvelope(messageId, organizationId, ticketId, sentAt);
            requireSequence(sequence);
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The vendor's desk moved an escalated ticket to another status.
     *
     * @param sequence   the update's number among the updates of its ticket, from 1
     * @param status     the desk status's name ({@code TRIAGED}, {@code IN_PROGRESS},
     *                   {@code WAITING_ON_CUSTOMER}, {@code RESOLVED}, {@code CLOSED})
     * @param tier       the support tier working it, 1 to 3; 0 before triage
     * @param author     the display name of who made the change
     * @param resolution how it was solved, for {@code RESOLVED}; otherwise null
     */
    record StatusChange(String messageId, String organizationId, String ticketId, Instant sentAt, long sequence,
                        String status, int tier, String author, String resolution) implements VendorUpdate {
        public StatusChange {
            requireEnvelope(messageId, organizationId, ticketId, sentAt);
            requireSequence(sequence);
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(author, "author");
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

    private static void requireEnvelope(String messageId, String organizationId, String ticketId, Instant sentAt) {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    private static void requireSequence(long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1, was " + sequence);
        }
    }
}
