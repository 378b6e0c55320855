// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import org.caseload.linkage.FieldAgreement;

/**
 * Compares two dates of birth given as yyyyMMdd: equal agrees; swapped day and month, one wrong
 * digit or two swapped digits partly agree. Stateless and thread-safe.
 */
public final class DateOfBirthComparator {

    private DateOfBirthComparator() {
    }

    /** Compares two prepared subjects' dates of birth. */
    public static FieldAgreement compare(PreparedSubject a, PreparedSubject b) {
        String dateA = a.dateOfBirth();
        String dateB = b.dateOfBirth();
        if (dateA.isEmpty() || dateB.isEmpty()) {
            return FieldAgreement.MISSING;
        }
        if (dateA.equals(dateB)) {
            return FieldAgreement.AGREE;
        }
        boolean swapped = dateA.equals(b.swappedBirthDate());
        return swapped || Typos.oneTypo(dateA, dateB) ? FieldAgreement.PARTIAL : FieldAgreement.DISAGREE;
    }
}
