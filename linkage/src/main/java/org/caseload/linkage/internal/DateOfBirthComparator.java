// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import org.caseload.linkage.FieldAgreement;

/**
 * Compares two dates of birth given as yyyyMMdd: equal agrees; swapped day and month, one wrong
 * digit or two swapped digits partly agree. A date recorded as approximate says no more than its
 * year: against it, a year one apart at most partly agrees, anything else disagrees
 * (docs/decisions/0108-approximate-dates-of-birth.md). Stateless and thread-safe.
 */
public final class DateOfBirthComparator {

    /** How far an approximate date's year may be from the other's and still partly agree: an age gives the year to one. */
    static final int MAX_APPROXIMATE_YEARS = 1;

    private DateOfBirthComparator() {
    }

    /** Compares two prepared subjects' dates of birth. */
    public static FieldAgreement compare(PreparedSubject a, PreparedSubject b) {
        String dateA = a.dateOfBirth();
        String dateB = b.dateOfBirth();
        if (dateA.isEmpty() || dateB.isEmpty()) {
            return FieldAgreement.MISSING;
        }
        if (a.birthDateApproximate() || b.birthDateApproximate()) {
            int years = Math.abs(Integer.parseInt(a.birthYear()) - Integer.parseInt(b.birthYear()));
            return years <= MAX_APPROXIMATE_YEARS ? FieldAgreement.PARTIAL : FieldAgreement.DISAGREE;
        }
        if (dateA.equals(dateB)) {
            return FieldAgreement.AGREE;
        }
        boolean swapped = dateA.equals(b.swappedBirthDate());
        return swapped || Typos.oneTypo(dateA, dateB) ? FieldAgreement.PARTIAL : FieldAgreement.DISAGREE;
    }
}
