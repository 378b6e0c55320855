// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import java.time.LocalDate;
import org.caseload.spi.storage.casework.EnrollmentRecord;

/**
 * The days of an enrollment: from its entry date up to, but not including, its exit date, so that
 * a new stay may start on the day another ends (HUD counts no night on the day of exit). A stay
 * exited on its entry day still holds that one day; an open stay has no end.
 *
 * @param entry the first day; not null
 * @param exit  the day it ended, not before {@code entry}; null while open
 */
record Stay(LocalDate entry, LocalDate exit) {

    static Stay of(EnrollmentRecord enrollment) {
        return new Stay(enrollment.entryDate(), enrollment.exitDate());
    }

    /** Whether the two stays share a day. */
    boolean overlaps(Stay other) {
        return endsAfter(this, other.entry) && endsAfter(other, entry);
    }

    /** Whether {@code day} is one of the stay's days. */
    boolean includes(LocalDate day) {
        return !day.isBefore(entry) && endsAfter(this, day);
    }

    /**
     * Whether {@code day} falls between entry and exit, both included: the days a service can be
     * delivered within the enrollment, the day of exit included.
     */
    boolean spans(LocalDate day) {
        return !day.isBefore(entry) && (exit == null || !day.isAfter(exit));
    }

    /** Whether the stay still holds {@code day} or a later one. */
    private static boolean endsAfter(Stay stay, LocalDate day) {
        if (stay.exit == null) {
            return true;
        }
        LocalDate end = stay.exit.equals(stay.entry) ? stay.entry.plusDays(1) : stay.exit;
        return day.isBefore(end);
    }
}
