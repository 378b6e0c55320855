// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.util.Objects;

/**
 * A reference from one file's column to another file's key: every value of {@code column} in
 * {@code file} is a {@code parentColumn} of a row of {@code parentFile}.
 *
 * @param file         the referring file, such as {@code Enrollment}
 * @param column       its referring column, such as {@code PersonalID}
 * @param parentFile   the referred file, such as {@code Client}
 * @param parentColumn the referred file's key column
 */
public record HmisForeignKey(String file, String column, String parentFile, String parentColumn) {

    /** Checks the components. */
    public HmisForeignKey {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(parentFile, "parentFile");
        Objects.requireNonNull(parentColumn, "parentColumn");
    }
}
