// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.clients;

import java.util.List;
import java.util.Locale;
import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.FieldComparison;
import org.caseload.linkage.ScoredPair;
import org.caseload.web.internal.Words;

/** How a probable duplicate is explained on the page: field by field, in words. */
public final class MatchWords {

    private MatchWords() {
    }

    /** The fields both records have, as compared. */
    public static List<FieldComparison> compared(ScoredPair match) {
        return match.fields().stream().filter(field -> field.agreement() != FieldAgreement.MISSING).toList();
    }

    /** The field's name, such as "Date of birth". */
    public static String field(FieldComparison comparison) {
        return Words.of(comparison.field());
    }

    /** How it compared: "same", "similar" or "different". */
    public static String agreement(FieldComparison comparison) {
        return switch (comparison.agreement()) {
            case AGREE -> "same";
            case PARTIAL -> "similar";
            case DISAGREE -> "different";
            case MISSING -> "not recorded on both";
        };
    }

    /** A CSS class for the agreement, so that it is not shown by colour alone (the word is there too). */
    public static String agreementClass(FieldComparison comparison) {
        return "agreement-" + comparison.agreement().name().toLowerCase(Locale.ROOT);
    }

    /** The match probability as a whole percentage. */
    public static String percent(ScoredPair match) {
        return Math.round(match.probability() * 100) + "%";
    }
}
