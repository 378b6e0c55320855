// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.desk;

import java.time.Instant;
import java.util.Objects;

/**
 * An escalated ticket at the vendor's support desk: the vendor's copy of an organization's ticket,
 * with its triage. The triage parts are null until the ticket is triaged. Names of ticketing
 * enumerations (impact, urgency, priority, complexity) are stored as their constant names.
 *
 * @param id                  the desk's id; required
 * @param organizationId      the organization that escalated it; required
 * @param ticketId            the organization's ticket id, the correlation id on both sides; required
 * @param kind                the ticket kind's name; required
 * @param summary             the redacted description; required
 * @param screenId            where the reporter was; required
 * @param escalatedBy         the escalating administrator's display name; required
 * @param attachmentMediaType the type of the screenshot sent along; null when none was sent
 * @param status              required
 * @param severity            1 (most severe) to 4; null until triaged
 * @param complexity          the complexity's name; null until triaged
 * @param impact              the impact's name; null until triaged
 * @param urgency             the urgency's name; null until triaged
 * @param priority            the priority's name; null until triaged
 * @param tier                1, 2 or 3; null until triaged
 * @param supportGroup        the support group of the tier; null until triaged
 * @param resolution          how it was resolved; null unless resolved or closed after that
 * @param receivedAt          required
 * @param updatedAt           required
 * @param version             the stored version; 0 before the first insert
 * @param round               the escalation round of the organization's latest escalation, from 1
 * @param productVersion      the version of the organization's application at that escalation;
 *                            required
 * @param assigneeUserId      the desk agent working it; null when unassigned
 */
public record DeskTicketRecord(
        String id,
        String organizationId,
        String ticketId,
        String kind,
        String summary,
        String screenId,
        String escalatedBy,
        String attachmentMediaType,
        DeskTicketStatus status,
        Integer severity,
        String complexity,
        String impact,
        String urgency,
        String priority,
        Integer tier,
        String supportGroup,
        String resolution,
        Instant receivedAt,
        Instant updatedAt,
        long version,
        int round,
        String productVersion,
        String assigneeUserId) {

    /** What a desk ticket shows of its product version when the escalation did not say. */
    public static final String UNKNOWN_PRODUCT_VERSION = "unknown";

    public DeskTicketRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(screenId, "screenId");
        Objects.requireNonNull(escalatedBy, "escalatedBy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(productVersion, "productVersion");
        if (round < 1) {
            throw new IllegalArgumentException("round must be at least 1, was " + round);
        }
    }

    /** A desk ticket of a first escalation (round 1) whose product version is unknown, unassigned. */
    public DeskTicketRecord(String id, String organizationId, String ticketId, String kind, String summary,
                            String screenId, String escalatedBy, String attachmentMediaType, DeskTicketStatus status,
                            Integer severity, String complexity, String impact, String urgency, String priority,
                            Integer tier, String supportGroup, String resolution, Instant receivedAt,
                            Instant updatedAt, long version) {
        this(id, organizationId, ticketId, kind, summary, screenId, escalatedBy, attachmentMediaType, status, severity,
                complexity, impact, urgency, priority, tier, supportGroup, resolution, receivedAt, updatedAt, version,
                1, UNKNOWN_PRODUCT_VERSION, null);
    }

    /** This ticket at another version, as a store returns it. */
    public DeskTicketRecord withVersion(long newVersion) {
        return new DeskTicketRecord(id, organizationId, ticketId, kind, summary, screenId, escalatedBy,
                attachmentMediaType, status, severity, complexity, impact, urgency, priority, tier, supportGroup,
                resolution, receivedAt, updatedAt, newVersion, round, productVersion, assigneeUserId);
    }

    /** This ticket in {@code next}, changed at {@code now}. */
    public DeskTicketRecord withStatus(DeskTicketStatus next, Instant now) {
        return new DeskTicketRecord(id, organizationId, ticketId, kind, summary, screenId, escalatedBy,
                attachmentMediaType, next, severity, complexity, impact, urgency, priority, tier, supportGroup,
                resolution, receivedAt, now, version, round, productVersion, assigneeUserId);
    }

    /** This ticket with its triage, changed at {@code now}. */
    public DeskTicketRecord withTriage(int severity, String complexity, String impact, String urgency,
                                       String priority, int tier, String supportGroup, Instant now) {
        return new DeskTicketRecord(id, organizationId, ticketId, kind, summary, screenId, escalatedBy,
                attachmentMediaType, status, severity, complexity, impact, urgency, priority, tier, supportGroup,
                resolution, receivedAt, now, version, round, productVersion, assigneeUserId);
    }

    /** This ticket in another tier and its support group, changed at {@code now}. */
    public DeskTicketRecord withTier(int tier, String supportGroup, Instant now) {
        return new DeskTicketRecord(id, organizationId, ticketId, kind, summary, screenId, escalatedBy,
                attachmentMediaType, status, severity, complexity, impact, urgency, priority, tier, supportGroup,
                resolution, receivedAt, now, version, round, productVersion, assigneeUserId);
    }

    /** This ticket with a resolution (null clears it). */
    public DeskTicketRecord withResolution(String text) {
        return new DeskTicketRecord(id, organizationId, ticketId, kind, summary, screenId, escalatedBy,
                attachmentMediaType, status, severity, complexity, impact, urgency, priority, tier, supportGroup,
                text, receivedAt, updatedAt, version, round, productVersion, assigneeUserId);
    }

    /** This ticket assigned to the desk agent {@code agentUserId} (null: unassigned), changed at {@code now}. */
    public DeskTicketRecord withAssignee(String agentUserId, Instant now) {
        return new DeskTicketRecord(id, organizationId, ticketId, kind, summary, screenId, escalatedBy,
                attachmentMediaType, status, severity, complexity, impact, urgency, priority, tier, supportGroup,
                resolution, receivedAt, now, version, round, productVersion, agentUserId);
    }

    /** This ticket escalated again: its new summary and screenshot type, changed at {@code now}. */
    public DeskTicketRecord withEscalation(String newSummary, String newEscalatedBy, String newAttachmentMediaType,
                                           Instant now) {
        return new DeskTicketRecord(id, organizationId, ticketId, kind, newSummary, screenId, newEscalatedBy,
                newAttachmentMediaType, status, severity, complexity, impact, urgency, priority, tier, supportGroup,
                resolution, receivedAt, now, version, round, productVersion, assigneeUserId);
    }

    /**
     * This ticket in escalation round {@code newRound}, escalated from {@code newScreenId} at
     * {@code newProductVersion}, changed at {@code now}.
     */
    public DeskTicketRecord withRound(int newRound, String newScreenId, String newProductVersion, Instant now) {
        return new DeskTicketRecord(id, organizationId, ticketId, kind, summary, newScreenId, escalatedBy,
                attachmentMediaType, status, severity, complexity, impact, urgency, priority, tier, supportGroup,
                resolution, receivedAt, now, version, newRound, newProductVersion, assigneeUserId);
    }
}
