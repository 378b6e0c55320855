// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a file's rows again for a few of their values: the check keeps hashes and lines, not ids,
 * and reads the ids a finding names (or a suspected duplicate is compared by) when it needs them.
 */
@FunctionalInterface
interface RowsAgain {

    /**
     * The values of some columns of the rows at some lines.
     *
     * @param file    the specification's name of the file, such as {@code Enrollment}
     * @param lines   the rows' lines
     * @param columns the columns wanted
     * @return by line, the values in the order of {@code columns}, null when empty; lines not read are absent
     */
    Map<Long, List<String>> values(String file, Set<Long> lines, List<String> columns);
}
