// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A column whose code list depends on another column of the same row: Services.csv's
 * {@code TypeProvided} takes the list its {@code RecordType} names (141 PATH services, 200 bed
 * nights, ...), and {@code SubTypeProvided} the list its {@code TypeProvided} names, for SSVF
 * services only.
 *
 * @param file         the file, such as {@code Services}
 * @param column       the coded column, such as {@code TypeProvided}
 * @param byColumn     the column whose value chooses the list, such as {@code RecordType}
 * @param listsByValue the name of the code list for each value of {@code byColumn}
 * @param onlyWhen     other columns' values the rule needs to apply at all, by column; empty when
 *                     it always applies
 */
public record HmisConditionalCodeList(String file, String column, String byColumn, Map<String, String> listsByValue,
        Map<String, String> onlyWhen) {

    /** Checks the components and copies the maps. */
    public HmisConditionalCodeList {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(byColumn, "byColumn");
        listsByValue = Map.copyOf(listsByValue);
        onlyWhen = Map.copyOf(onlyWhen);
    }

    /** The name of the code list for this value of {@code byColumn}, when there is one. */
    public Optional<String> listFor(String byValue) {
        return Optional.ofNullable(listsByValue.get(byValue));
    }
}
