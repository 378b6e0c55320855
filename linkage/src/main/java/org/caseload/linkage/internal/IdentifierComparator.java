// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import org.caseload.linkage.FieldAgreement;

/**
 * Compares identifiers and SSNs: equal agrees; one wrong, missing or extra character, or two
 * swapped characters, partly agrees. An SSN known only by its last four digits partly agrees with
 * a full one that ends with them. Stateless and thread-safe.
 */
public final class IdentifierComparator {

    private IdentifierComparator() {
    }

    /** Compares two identifiers of any form. */
    public static FieldAgreement compareIdentifiers(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return FieldAgreement.MISSING;
        }
        if (a.equals(b)) {
            return FieldAgreement.AGREE;
        }
        return Typos.oneTypo(a, b) ? FieldAgreement.PARTIAL : FieldAgreement.DISAGREE;
    }

    /** Compares two prepared subjects' SSNs, full or last four. */
    public static FieldAgreement compareSsns(PreparedSubject a, PreparedSubject b) {
        if (!a.ssn().isEmpty() && !b.ssn().isEmpty()) {
            return compareIdentifiers(a.ssn(), b.ssn());
        }
        if (a.ssnLastFour().isEmpty() || b.ssnLastFour().isEmpty()) {
            return FieldAgreement.MISSING;
        }
        return a.ssnLastFour().equals(b.ssnLastFour()) ? FieldAgreement.PARTIAL : FieldAgreement.DISAGREE;
    }
}
