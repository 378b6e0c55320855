// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an export wrote. Its warnings (retired codes kept, values the version does not take, required
 * values the source has none of) went to the export's listener as they were found.
 *
 * @param exportId    the export's id, in every row's {@code ExportID}: 32 hexadecimal digits
 * @param version     the version written
 * @param writtenRows the rows written, by file (such as {@code Client}), in the specification's order
 * @param warnings    the number of warnings
 * @param cancelled   whether the export was cancelled, in which case no file was written
 */
public record HmisExportReport(String exportId, HmisVersion version, Map<String, Long> writtenRows, long warnings,
        boolean cancelled) {

    /** Checks the components and copies the rows. */
    public HmisExportReport {
        Objects.requireNonNull(exportId, "exportId");
        Objects.requireNonNull(version, "version");
        writtenRows = Collections.unmodifiableMap(new LinkedHashMap<>(writtenRows));
    }
}
