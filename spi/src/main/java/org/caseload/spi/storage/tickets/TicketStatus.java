// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

/** Where a ticket stands in its lifecycle; the ticketing module decides which moves are legal. */
public enum TicketStatus {
    SUBMITTED,
    IN_PROGRESS,
    WAITING_ON_CUSTOMER,
    ESCALATED,
    RESOLVED,
    REOPENED,
    CLOSED
}
