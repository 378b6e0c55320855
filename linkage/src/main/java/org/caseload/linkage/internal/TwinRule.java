// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.MatchField;

/**
 * Twins share a surname, a date of birth and usually an address, and differ in the one field that
 * tells them apart: the first name. The independence assumption of Fellegi–Sunter adds the shared
 * fields up to a high score, so a pair whose first names disagree while surname and date of birth
 * agree is never more than possible, unless an identifier (SSN or other) agrees.
 */
public final class TwinRule {

    private TwinRule() {
    }

    /** Whether the comparison looks like twins rather than one person. */
    public static boolean looksLikeTwins(Comparison comparison) {
        return comparison.agreement(MatchField.FIRST_NAME) == FieldAgreement.DISAGREE
                && comparison.agreement(MatchField.LAST_NAME) == FieldAgreement.AGREE
                && comparison.agreement(MatchField.DATE_OF_BIRTH) == FieldAgreement.AGREE
                && comparison.agreement(MatchField.SSN) != FieldAgreement.AGREE
                && comparison.agreement(MatchField.IDENTIFIER) != FieldAgreement.AGREE;
    }
}
