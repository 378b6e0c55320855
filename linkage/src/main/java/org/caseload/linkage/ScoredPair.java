// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import java.util.List;
import java.util.Objects;

/**
 * Two records compared: their score, what it makes them, and why.
 *
 * @param idA            the first record's id; never null
 * @param idB            the second record's id; never null
 * @param score          the Fellegi–Sunter match weight: the sum over fields of log2(m / u), so
 *                       each point doubles the odds that the pair is one person
 * @param probability    the posterior match probability, in [0, 1]
 * @param classification what the pair is taken to be; never null
 * @param fields         every {@link MatchField}, in declaration order, with how it compared;
 *                       never null, unmodifiable
 */
public record ScoredPair(String idA, String idB, double score, double probability,
        MatchClassification classification, List<FieldComparison> fields) {

    public ScoredPair {
        Objects.requireNonNull(idA, "idA");
        Objects.requireNonNull(idB, "idB");
        Objects.requireNonNull(classification, "classification");
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }

    /** How one field compared. */
    public FieldAgreement agreement(MatchField field) {
        return fields.stream().filter(comparison -> comparison.field() == field)
                .map(FieldComparison::agreement).findFirst().orElse(FieldAgreement.MISSING);
    }
}
