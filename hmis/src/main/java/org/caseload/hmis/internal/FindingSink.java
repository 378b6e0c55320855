// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import org.caseload.hmis.HmisFinding.Severity;

/** Where the checks of an export put their findings: {@link ExportCheck} lists them, a thousand per file. */
@FunctionalInterface
interface FindingSink {

    /**
     * One finding.
     *
     * @param severity an error or a warning
     * @param file     the file's name, such as {@code Client.csv}
     * @param line     the row's line, 0 for the file as a whole
     * @param column   the column, or null
     * @param recordId the row's id (or the household's), or null
     * @param reason   what is wrong, naming columns, codes and ids, never a client's values
     */
    void add(Severity severity, String file, long line, String column, String recordId, String reason);
}
