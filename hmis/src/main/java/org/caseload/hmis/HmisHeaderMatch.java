// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.util.List;

/**
 * How a file's header compares with the columns the specification gives the file. Names compare
 * regardless of letter case.
 *
 * @param unknown    the header's names that are no column of the file, as the header spells them
 * @param missing    the file's columns the header lacks, as the specification spells them
 * @param duplicated the names the header holds more than once
 * @param inOrder    whether the columns the header has come in the specification's order
 */
public record HmisHeaderMatch(List<String> unknown, List<String> missing, List<String> duplicated,
        boolean inOrder) {

    /** Copies the lists. */
    public HmisHeaderMatch {
        unknown = List.copyOf(unknown);
        missing = List.copyOf(missing);
        duplicated = List.copyOf(duplicated);
    }

    /** Whether the header holds exactly the file's columns, each once, whatever their order and case. */
    public boolean complete() {
        return unknown.isEmpty() && missing.isEmpty() && duplicated.isEmpty();
    }
}
