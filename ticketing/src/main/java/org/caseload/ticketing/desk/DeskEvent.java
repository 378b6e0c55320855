// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import java.time.Instant;
import org.caseload.spi.storage.desk.DeskHistoryRecord.Type;
import org.caseload.spi.storage.desk.DeskTicketStatus;

/**
 * One event in the history of a desk ticket. Immutable.
 *
 * @param id         the event id
 * @param type       what happened
 * @param occurredAt when
 * @param actorName  who, as shown to readers
 * @param fromStatus the status before a status change; otherwise null
 * @param toStatus   the status after a receipt, triage or status change; otherwise null
 * @param fromTier   the tier before a tier change or a repeated triage; otherwise null
 * @param toTier     the tier after a triage or tier change; otherwise null
 * @param detail     the rule that chose the tier, the reason of a tier change, or a note's id
 */
public record DeskEvent(String id, Type type, Instant occurredAt, String actorName, DeskTicketStatus fromStatus,
                        DeskTicketStatus toStatus, Integer fromTier, Integer toTier, String detail) {
}
