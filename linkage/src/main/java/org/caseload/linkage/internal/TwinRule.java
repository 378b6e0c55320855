// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.MatchField;

/**
 * Twins share a surname, a date of birth and usually an address, and differ in the one field that
 * tells them apart: the first name. The independence assumption of Fellegi–Sunter adds the shared
 * fields up to a high score, so a pair whose first names disagree while surname and date of birth
 * agree is never more than possible, unless an identifier agrees: the SSN or the other identifier
 * exactly, or the last four digits of an SSN one record knows only by them. Twins are issued SSNs
 * of their own, often consecutive ones, so two full SSNs one digit apart do not lift the rule; two
 * last fours that agree do, as a chance agreement of four digits between twins is about one in
 * ten thousand (docs/decisions/0138-twin-rule-lifted-by-the-last-four.md).
 */
public final class TwinRule {

    private TwinRule() {
    }

    /** Whether the comparison of these two records looks like twins rather than one person. */
    public static boolean looksLikeTwins(Comparison comparison, PreparedSubject a, PreparedSubject b) {
        boolean lastFourAgree = comparison.agreement(MatchField.SSN) == FieldAgreement.PARTIAL
                && (a.ssn().isEmpty() || b.ssn().isEmpty());
        return comparison.agreement(MatchField.FIRST_NAME) == FieldAgreement.DISAGREE
                && comparison.agreement(MatchField.LAST_NAME) == FieldAgreement.AGREE
                && comparison.agreement(MatchField.DATE_OF_BIRTH) == FieldAgreement.AGREE
                && comparison.agreement(MatchField.SSN) != FieldAgreement.AGREE
                && !lastFourAgree
                && comparison.agreement(MatchField.IDENTIFIER) != FieldAgreement.AGREE;
    }
}
