// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.ArrayList;
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

    /** The explanation, every field in declaration order. */
    public List<FieldComparison> explanation() {
        List<FieldComparison> explanation = new ArrayList<>(fields.length);
        for (MatchField field : MatchField.values()) {
            explanation.add(new FieldComparison(field, fields[field.ordinal()]));
        }
        return explanation;
    }

    /** The agreement of one field. */
    public FieldAgreement agreement(MatchField field) {
        return fields[field.ordinal()];
    }
}
