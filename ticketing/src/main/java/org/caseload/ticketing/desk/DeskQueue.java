// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.caseload.spi.storage.desk.DeskTicketStatus;

/**
 * A page of the desk's tickets, oldest received first. Immutable.
 *
 * @param status only tickets in this status; null for all
 * @param tier   only tickets of this tier; null for all
 * @param limit  1 to 1000
 */
public record DeskQueue(DeskTicketStatus status, @Min(1) @Max(3) Integer tier, @Min(1) @Max(1000) int limit) {

    /** Tickets waiting for triage. */
    public static DeskQueue untriaged() {
        return new DeskQueue(DeskTicketStatus.NEW, null, 100);
    }

    /** The tickets of one tier, in any status. */
    public static DeskQueue tier(int tier) {
        return new DeskQueue(null, tier, 100);
    }
}
