// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import java.util.Objects;

/**
 * How one field of a scored pair compared.
 *
 * @param field     the field; never null
 * @param agreement how its two values compared; never null
 */
public record FieldComparison(MatchField field, FieldAgreement agreement) {

    public FieldComparison {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(agreement, "agreement");
    }
}
