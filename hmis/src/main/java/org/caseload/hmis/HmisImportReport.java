// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import of an export folder stored and refused. The refused rows themselves, each with
 * its file, line, column and reason, went to the import's listener as they were found.
 *
 * @param version      the version the folder was read as
 * @param storedRows   the rows stored, by file (such as {@code Client}), in the specification's order;
 *                     empty when the import was cancelled
 * @param refusedFiles the files of which nothing was stored (missing, broken, or with refused rows
 *                     when bad rows are not skipped), by their names in the folder
 * @param refusedRows  the rows that could not be taken
 * @param warnings     the warnings (retired codes), which do not refuse a row
 * @param cancelled    whether the import was cancelled, in which case nothing was stored
 */
public record HmisImportReport(HmisVersion version, Map<String, Long> storedRows, List<String> refusedFiles,
        long refusedRows, long warnings, boolean cancelled) {

    /** Checks the components and copies the collections. */
    public HmisImportReport {
        Objects.requireNonNull(version, "version");
        storedRows = Collections.unmodifiableMap(new LinkedHashMap<>(storedRows));
        refusedFiles = List.copyOf(refusedFiles);
    }

    /** The rows stored, over all files. */
    public long stored() {
        return storedRows.values().stream().mapToLong(Long::longValue).sum();
    }
}
