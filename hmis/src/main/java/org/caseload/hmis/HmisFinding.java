// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.util.Objects;

/**
 * One data quality finding of an HMIS CSV export: where it is and what is wrong. It names files,
 * lines, columns and record ids, never a client's data (no name, SSN or date of birth), so findings
 * can be shown, logged and sent on.
 *
 * @param severity whether the export is wrong ({@link Severity#ERROR}) or only suspect
 * @param file     the file, such as {@code Client.csv}
 * @param line     the line of the row, from 1 (the header's); 0 for the file as a whole
 * @param column   the column; null when the finding is not one column's
 * @param recordId the row's primary key (or the household's id); null when there is none
 * @param reason   what is wrong, in words
 */
public record HmisFinding(Severity severity, String file, long line, String column, String recordId, String reason) {

    /** How bad a finding is. */
    public enum Severity {
        /** The export breaks the specification: HUD's tools reject it or count it wrong. */
        ERROR,
        /** Allowed, but suspect or to fix: a retired code, columns out of order, an SSN that lost a zero. */
        WARNING
    }

    /** Checks the components. */
    public HmisFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
