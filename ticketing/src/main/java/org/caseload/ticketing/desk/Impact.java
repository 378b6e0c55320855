// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

/** How widely an escalated issue affects the organization's work: one of the ITIL priority matrix's two axes. */
public enum Impact {
    /** Many users, a whole program, or client safety. */
    HIGH,
    /** A team or a group of clients. */
    MEDIUM,
    /** One user. */
    LOW
}
