// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.desk;

/**
 * A selection of desk tickets, oldest received first (then by id).
 *
 * @param status only tickets in this status; null for every status
 * @param tier   only tickets in this tier; null for every tier (and the untriaged)
 * @param limit  the most tickets to return, 1 to 1000
 */
public record DeskTicketQuery(DeskTicketStatus status, Integer tier, int limit) {
    public DeskTicketQuery {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
        }
    }
}
