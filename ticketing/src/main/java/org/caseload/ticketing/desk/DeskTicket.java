// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import java.time.Instant;
import org.caseload.spi.storage.desk.DeskTicketStatus;

/**
 * An escalated ticket as the vendor's support staff see it. The triage parts are null until it is
 * triaged. Immutable.
 *
 * @param id             the desk's id
 * @param organizationId the organization that escalated it
 * @param ticketId       the organization's ticket id
 * @param kind           the ticket kind's name
 * @param summary        the description, redacted by the organization
 * @param screenId       where the reporter was
 * @param escalatedBy    the escalating administrator
 * @param hasScreenshot  whether a screenshot came along ({@link SupportDeskService#screenshot})
 * @param status         never null
 * @param severity       1 to 4
 * @param complexity     how hard it is
 * @param impact         how widely it hurts
 * @param urgency        how soon it hurts
 * @param priority       from impact and urgency
 * @param tier           1, 2 or 3
 * @param supportGroup   the group of the tier
 * @param resolution     how it was solved; null unless resolved or closed after that
 * @param receivedAt     when it arrived (first)
 * @param updatedAt      when it last changed (notes do not change it)
 * @param version        the version, to name when changing it
 * @param round          the escalation round it is in: 1 for the first escalation, one more for each
 *                       escalation again
 * @param productVersion the version of the organization's application at the latest escalation, as
 *                       its host names it; {@code unknown} when the host did not say
 * @param assigneeUserId the desk agent working it; null when unassigned
 */
public record DeskTicket(String id, String organizationId, String ticketId, String kind, String summary,
                         String screenId, String escalatedBy, boolean hasScreenshot, DeskTicketStatus status,
                         Integer severity, Complexity complexity, Impact impact, Urgency urgency, Priority priority,
                         Integer tier, String supportGroup, String resolution, Instant receivedAt, Instant updatedAt,
                         long version, int round, String productVersion, String assigneeUserId) {
}
