// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

/** How hard an escalated ticket is to work, as the triaging support agent judges it. */
public enum Complexity {
    /** Answered from the knowledge base or a known fix. */
    LOW,
    /** Needs investigation by a specialist of the product. */
    MEDIUM,
    /** Needs engineering: a defect, data repair, or a change. */
    HIGH
}
