// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.caseload.hmis.HmisColumn;
import org.caseload.hmis.HmisFile;
import org.caseload.hmis.HmisVersion;
import org.caseload.spi.storage.hmis.HmisRecord;

/**
 * How a row of a file becomes a stored record and back, in either version. A record names its
 * columns as FY2026 does: the one column FY2026 renamed (Client.csv's {@code HispanicLatinaeo},
 * {@code HispanicLatinao} since) is stored under its new name; the columns FY2026 dropped keep their
 * FY2024 names, so an FY2024 row written back as FY2024 loses nothing. Written in another version,
 * a column the record has no value for is empty (FY2026's {@code Sex} and
 * {@code MentalHealthConsultation} of an FY2024 row, as the published mapping has it).
 */
public final class RecordShape {

    /** FY2024 names of columns FY2026 renamed, by file (HMIS CSV FY2026, Client.csv). */
    private static final Map<String, Map<String, String>> RENAMED_IN_FY2026 =
            Map.of("Client", Map.of("HispanicLatinaeo", "HispanicLatinao"));

    /** The column holding the day a row is about, by file; files without one have none. */
    private static final Map<String, String> DATE_COLUMNS = Map.ofEntries(
            Map.entry("Enrollment", "EntryDate"), Map.entry("Exit", "ExitDate"),
            Map.entry("IncomeBenefits", "InformationDate"), Map.entry("HealthAndDV", "InformationDate"),
            Map.entry("EmploymentEducation", "InformationDate"), Map.entry("Disabilities", "InformationDate"),
            Map.entry("Services", "DateProvided"), Map.entry("CurrentLivingSituation", "InformationDate"),
            Map.entry("YouthEducationStatus", "InformationDate"), Map.entry("Assessment", "AssessmentDate"),
            Map.entry("Event", "EventDate"));

    /**
     * FY2024's gender columns (element 3.06), which FY2026 dropped: written as FY2024 for a record
     * that has none of them, they say "not collected" (No to each, 99 in {@code GenderNone}).
     */
    private static final List<String> GENDER_COLUMNS = List.of("Woman", "Man", "NonBinary", "CulturallySpecific",
            "Transgender", "Questioning", "DifferentIdentity");
    private static final String GENDER_NONE = "GenderNone";

    private RecordShape() {
    }

    /** The name a record keeps a column of this file under. */
    public static String storedName(String file, String column) {
        return RENAMED_IN_FY2026.getOrDefault(file, Map.of()).getOrDefault(column, column);
    }

    /** The column holding the day a row of this file is about; null for a file without one. */
    public static String dateColumn(String file) {
        return DATE_COLUMNS.get(file);
    }

    /**
     * The record of a row whose values are valid for its file.
     *
     * @param file    the specification's file
     * @param version the version the row came in
     * @param row     the row's values by column name, null when empty
     */
    public static HmisRecord record(HmisFile file, HmisVersion version, Function<String, String> row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (HmisColumn column : file.columns()) {
            String value = row.apply(column.name());
            if (value != null) {
                values.put(storedName(file.name(), column.name()), value);
            }
        }
        String dateColumn = dateColumn(file.name());
        return new HmisRecord(file.name(), row.apply(file.primaryKey()), row.apply("PersonalID"),
                row.apply("ProjectID"), row.apply("EnrollmentID"),
                dateColumn == null ? null : Values.date(row.apply(dateColumn)), version.year(), values);
    }

    /**
     * A record's values in the columns of a version's file, in their order; empty text for none.
     *
     * @param file     the file of the version written
     * @param version  the version written
     * @param record   the stored record, its sealed values opened
     * @param exportId the export's id, written in every {@code ExportID}
     */
    public static List<String> row(HmisFile file, HmisVersion version, HmisRecord record, String exportId) {
        boolean noGender = version == HmisVersion.FY2024 && file.name().equals("Client")
                && GENDER_COLUMNS.stream().noneMatch(record.values()::containsKey)
                && record.value(GENDER_NONE) == null;
        List<String> row = new ArrayList<>(file.columns().size());
        for (HmisColumn column : file.columns()) {
            String value;
            if (column.name().equals("ExportID")) {
                value = exportId;
            } else if (noGender && GENDER_COLUMNS.contains(column.name())) {
                value = "0";
            } else if (noGender && column.name().equals(GENDER_NONE)) {
                value = "99";
            } else {
                value = record.value(storedName(file.name(), column.name()));
            }
            row.add(value == null ? "" : value);
        }
        return row;
    }
}
