// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

/** The order of a page of tickets. Ties are always broken by id, ascending as plain character strings. */
public enum TicketOrder {
    /** By creation time, newest first. */
    NEWEST_FIRST,
    /** By creation time, oldest first: the order a queue is worked in. */
    OLDEST_FIRST,
    /** By the time of the last change, most recent first. */
    RECENTLY_UPDATED_FIRST
}
