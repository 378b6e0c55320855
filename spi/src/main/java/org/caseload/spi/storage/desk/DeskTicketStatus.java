// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.desk;

/**
 * Where an escalated ticket stands at the vendor's support desk; the ticketing module decides which
 * moves are legal.
 */
public enum DeskTicketStatus {
    /** Received from an organization, not triaged yet. */
    NEW,
    /** Triaged into a tier and assigned to that tier's support group. */
    TRIAGED,
    /** Being worked. */
    IN_PROGRESS,
    /** Waiting on the organization's answer. */
    WAITING_ON_CUSTOMER,
    /** Solved; may be reopened. */
    RESOLVED,
    /** Done. */
    CLOSED
}
