// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

/**
 * The contract of the stores {@code caseload-ticketing} contributes: tickets, their queries,
 * screenshots and history, SLA clocks, the vendor's desk and the support link; with the unit of
 * work's contract, whose tests write tickets beside core's records. Runs on a storage with core's
 * and ticketing's stores.
 */
public interface TicketingStorageContract extends TransactionContract, TicketStoreContract, TicketQueryContract,
        TicketScreenshotContract, TicketHistoryStoreContract, SlaClockStoreContract,
        DeskStoreContract, SupportLinkStoreContract {
}
