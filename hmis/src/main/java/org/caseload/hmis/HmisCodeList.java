// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A code list of the HMIS Data Standards, as a version of the CSV specification carries it.
 *
 * @param name    the list's name in the specification, such as {@code FundingSource}
 * @param element the data standard's element or list number, such as {@code 2.06.1}
 * @param codes   the codes in force, in the specification's order
 * @param labels  each code's label, for the codes in force and, where the specification gives one,
 *                for the retired codes
 * @param retired codes of an earlier version that this version no longer takes for new data but
 *                that older records still carry, such as FundingSource 12 in FY2026
 */
public record HmisCodeList(String name, String element, List<String> codes, Map<String, String> labels,
        Set<String> retired) {

    /** Checks the components and copies the collections. */
    public HmisCodeList {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(element, "element");
        codes = List.copyOf(codes);
        labels = Map.copyOf(labels);
        retired = Set.copyOf(retired);
    }

    /** Whether the code is one of the codes in force. */
    public boolean contains(String code) {
        return codes.contains(code);
    }

    /** Whether the code is a retired one. */
    public boolean isRetired(String code) {
        return retired.contains(code);
    }

    /** The code's label, for a code in force or a retired code with a known label. */
    public Optional<String> label(String code) {
        return Optional.ofNullable(labels.get(code));
    }
}
