// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

/** How soon the issue hurts the organization's work: one of the ITIL priority matrix's two axes. */
public enum Urgency {
    /** The work stops now. */
    HIGH,
    /** The work is slowed, a workaround exists. */
    MEDIUM,
    /** The work can wait. */
    LOW
}
