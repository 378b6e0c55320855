// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.MatchField;

/**
 * A parent and a child of one name (a junior and a senior) agree on every name and differ in the
 * date of birth by a generation; names outweigh one disagreeing date in Fellegi–Sunter, so such a
 * pair is never more than possible, unless an identifier (SSN or other) agrees. A date off by a
 * typo or a swapped day and month is not a generation apart.
 */
public final class GenerationRule {

    /** The fewest years between the birth years of a parent and a child. */
    static final int GENERATION_YEARS = 12;

    private GenerationRule() {
    }

    /** Whether the comparison of these subjects looks like a parent and child of one name. */
    public static boolean looksLikeParentAndChild(Comparison comparison, PreparedSubject a, PreparedSubject b) {
        if (comparison.agreement(MatchField.FIRST_NAME) != FieldAgreement.AGREE
                || comparison.agreement(MatchField.LAST_NAME) != FieldAgreement.AGREE
                || comparison.agreement(MatchField.DATE_OF_BIRTH) != FieldAgreement.DISAGREE
                || comparison.agreement(MatchField.SSN) == FieldAgreement.AGREE
                || comparison.agreement(MatchField.IDENTIFIER) == FieldAgreement.AGREE) {
            return false;
        }
        return Math.abs(Integer.parseInt(a.birthYear()) - Integer.parseInt(b.birthYear())) >= GENERATION_YEARS;
    }
}
