// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import java.util.Objects;

/**
 * An escalated ticket's priority, from its impact and urgency by the ITIL matrix:
 *
 * <pre>
 *                 urgency HIGH   MEDIUM   LOW
 * impact HIGH             CRITICAL HIGH   MEDIUM
 * impact MEDIUM           HIGH   MEDIUM   LOW
 * impact LOW              MEDIUM LOW      PLANNING
 * </pre>
 *
 * Declared from the most to the least pressing.
 */
public enum Priority {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    PLANNING;

    /** The matrix's cell for this impact and urgency. */
    public static Priority of(Impact impact, Urgency urgency) {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(urgency, "urgency");
        // Each step down either axis lowers the priority by one: the sum of the two ordinals.
        return values()[impact.ordinal() + urgency.ordinal()];
    }
}
