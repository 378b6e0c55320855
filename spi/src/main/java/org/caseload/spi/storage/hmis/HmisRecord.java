// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.hmis;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of an HMIS CSV file, as it is stored: its values by column, and the ids and the date an
 * export is filtered by, copied out of them. The store keeps every component as it is given; the
 * Client file's SSN arrives sealed ({@code sealed:v1:...}) and is kept as any text.
 *
 * @param file         the file's name without extension, such as {@code Enrollment}
 * @param recordId     the value of the file's primary key, as the source wrote it (at most 32
 *                     characters in the CSV)
 * @param personalId   the row's {@code PersonalID}; null for a file without one
 * @param projectId    the row's {@code ProjectID}; null for a file without one
 * @param enrollmentId the row's {@code EnrollmentID}; null for a file without one
 * @param date         the day the row is about (an enrollment's entry date, an exit's exit date, a
 *                     service's date provided, ...); null for a file without one
 * @param version      the specification's fiscal year the row came in, {@code "2024"} or {@code "2026"}
 * @param values       every non-empty value by column, in the file's column order, named as the
 *                     FY2026 specification spells the column (FY2024's {@code HispanicLatinaeo} is
 *                     {@code HispanicLatinao}); columns FY2026 dropped keep their FY2024 names
 */
public record HmisRecord(String file, String recordId, String personalId, String projectId, String enrollmentId,
        LocalDate date, String version, Map<String, String> values) {

    /** Checks the components and copies the values, keeping their order. */
    public HmisRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(values, "values");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of a column; null when it is empty. */
    public String value(String column) {
        return values.get(column);
    }

    /** The file and the id only: the values may be a client's data. */
    @Override
    public String toString() {
        return "HmisRecord[" + file + " " + recordId + "]";
    }
}
