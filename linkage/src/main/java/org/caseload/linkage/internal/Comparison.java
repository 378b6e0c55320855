// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.List;
import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.FieldComparison;
import org.caseload.linkage.MatchField;

/**
 * How two records compared: one agreement per {@link MatchField} for the explanation, and the
 * encoded levels of the {@link ScoringVariable}s for the score.
 *
 * @param fields  agreements indexed by MatchField ordinal; not copied, never modified after creation
 * @param pattern the scoring variables' levels, base {@link ScoringVariable#LEVELS}, variable 0 lowest
 */
public record Comparison(FieldAgreement[] fields, int pattern) {

    private static final MatchField[] FIELDS = MatchField.values();

    /**
     * Every field's comparison for every agreement, indexed by the ordinals of both: an
     * explanation is built for every pair scored, so from values made once.
     */
    private static final FieldComparison[][] COMPARISONS = new FieldComparison[FIELDS.length][];

    static {
        FieldAgreement[] agreements = FieldAgreement.values();
        for (MatchField field : FIELDS) {
            COMPARISONS[field.ordinal()] = new FieldComparison[agreements.length];
            for (FieldAgreement agreement : agreements) {
                COMPARISONS[field.ordinal()][agreement.ordinal()] = new FieldComparison(field, agreement);
            }
        }
    }

    /** The explanation, every field in declaration order; an unmodifiable list. */
    public List<FieldComparison> explanation() {
        FieldComparison[] explanation = new FieldComparison[FIELDS.length];
        for (int field = 0; field < FIELDS.length; field++) {
            explanation[field] = COMPARISONS[field][fields[field].ordinal()];
        }
        return List.of(explanation);
    }

    /** The agreement of one field. */
    public FieldAgreement agreement(MatchField field) {
        return fields[field.ordinal()];
    }
}
