// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.util.List;
import java.util.Objects;

/**
 * One column of an HMIS CSV file, as the specification defines it.
 *
 * @param name      the exact header spelling, such as {@code ZIP} or {@code HispanicLatinao}
 * @param order     its place in the file, from 1
 * @param type      its type
 * @param maxLength the maximum length of a string column; 0 when the specification sets none
 * @param required  whether every row must have a value
 * @param codeLists the names of the code lists a value must come from, such as {@code NoYesMissing};
 *                  a column with several (a living situation) takes a code of any of them; empty
 *                  for a column that is not coded
 * @param elements  the data standard's element number of each code list, such as {@code 1.8}, in
 *                  the same order
 */
public record HmisColumn(String name, int order, HmisType type, int maxLength, boolean required,
        List<String> codeLists, List<String> elements) {

    /** Checks the components and copies the lists. */
    public HmisColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        codeLists = List.copyOf(codeLists);
        elements = List.copyOf(elements);
    }

    /** Whether the column's values come from a code list. */
    public boolean coded() {
        return !codeLists.isEmpty();
    }
}
