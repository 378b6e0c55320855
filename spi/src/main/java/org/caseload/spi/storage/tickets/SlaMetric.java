// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

/** What a service-level clock measures on a support-desk ticket. Declared in the order a ticket meets them. */
public enum SlaMetric {
    /** From the ticket's arrival to the support desk's first response. */
    FIRST_RESPONSE,
    /** From the ticket's arrival to its resolution. */
    RESOLUTION
}
