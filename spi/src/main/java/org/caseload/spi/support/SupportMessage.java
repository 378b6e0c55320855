package org.caseload.spi.support;

import java.time.Instant;
import java.util.Objects;

/**
 * What travels between an organization and the vendor's support desk. Every message names the
 * organization and the organization's ticket it is about, and carries a unique id by which the
 * receiver applies it once. Nothing in a message holds client personal data: escalated text is
 * redacted before it leaves the organization.
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
     */
    record Escalation(String messageId, String organizationId, String ticketId, Instant sentAt,
                      String kind, String summary, String screenId, String escalatedBy)
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
     * A note the vendor's support staff wrote on an escalated ticket.
     *
     * @param author the support agent's display name
     * @param text   the note
     */
    record VendorNote(String messageId, String organizationId, String ticketId, Instant sentAt,
                      String author, String text) implements SupportMessage {
        public VendorNote {
            requireEnvelope(messageId, organizationId, ticketId, sentAt);
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(text, "text");
        }
    }

    private static void requireEnvelope(String messageId, String organizationId, String ticketId, Instant sentAt) {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
