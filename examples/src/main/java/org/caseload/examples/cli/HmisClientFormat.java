// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.caseload.clients.ClientDetails;
import org.caseload.hmis.HmisCsvReader;
import org.caseload.hmis.HmisCsvRow;
import org.caseload.hmis.HmisFormatException;
import org.caseload.hmis.HmisVersion;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.HudCode;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.SsnDataQuality;

/**
 * The {@code Client.csv} file of a HUD HMIS CSV export, FY2024 or FY2026: one row per person,
 * columns found by name in any order and letter case, only {@code PersonalID} required. The file is
 * read by {@link HmisCsvReader} (UTF-8 with or without a byte-order mark, or Windows-1252; RFC 4180
 * quoting), and its version told from its header: {@code Sex} or {@code HispanicLatinao} make it
 * FY2026, whose clients have no gender columns (gender is then not collected, never derived from
 * {@code Sex}); otherwise it is read as FY2024. Names, SSN, date of birth, race and ethnicity,
 * gender and veteran status are read; the other columns are ignored, and a row with
 * {@code DateDeleted} set is skipped.
 *
 * <p>An SSN of 8 digits lost its leading zero on the way (a spreadsheet read it as a number): it is
 * padded back to 9 digits, with a note.
 *
 * <p>A value and its data-quality code are made to agree the way the client record requires: a
 * value given with a missing-data code (8, 9, 99) is kept as partial (2); a code of 1 or 2 without
 * a value becomes 99; a blank code is derived from the value. A date that is not {@code yyyy-mm-dd}
 * is dropped. Each change is a note of the record.
 */
public final class HmisClientFormat implements ClientFileFormat {

    /** The columns of {@code Client.csv} in the FY2024 HMIS CSV format specification, in its order. */
    public static final List<String> FY2024_COLUMNS = List.of("PersonalID", "FirstName", "MiddleName", "LastName",
            "NameSuffix", "NameDataQuality", "SSN", "SSNDataQuality", "DOB", "DOBDataQuality", "AmIndAKNative",
            "Asian", "BlackAfAmerican", "HispanicLatinaeo", "MidEastNAfrican", "NativeHIPacific", "White",
            "RaceNone", "AdditionalRaceEthnicity", "Woman", "Man", "NonBinary", "CulturallySpecific", "Transgender",
            "Questioning", "DifferentIdentity", "GenderNone", "DifferentIdentityText", "VeteranStatus",
            "YearEnteredService", "YearSeparated", "WorldWarII", "KoreanWar", "VietnamWar", "DesertStorm",
            "AfghanistanOEF", "IraqOIF", "IraqOND", "OtherTheater", "MilitaryBranch", "DischargeStatus",
            "DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID");

    /** The FY2026 name of the column FY2024 called {@code HispanicLatinaeo}. */
    static final String HISPANIC_LATINAO = "HispanicLatinao";
    private static final int SSN_DIGITS = 9;

    private static final Map<String, RaceAndEthnicity> RACE_COLUMNS = new LinkedHashMap<>();
    private static final Map<String, RaceAndEthnicity> RACE_COLUMNS_FY2026 = new LinkedHashMap<>();
    private static final Map<String, Gender> GENDER_COLUMNS = new LinkedHashMap<>();

    static {
        RACE_COLUMNS.put("AmIndAKNative", RaceAndEthnicity.AM_IND_AK_NATIVE);
        RACE_COLUMNS.put("Asian", RaceAndEthnicity.ASIAN);
        RACE_COLUMNS.put("BlackAfAmerican", RaceAndEthnicity.BLACK_AF_AMERICAN);
        RACE_COLUMNS.put("HispanicLatinaeo", RaceAndEthnicity.HISPANIC_LATINAEO);
        RACE_COLUMNS.put("MidEastNAfrican", RaceAndEthnicity.MID_EAST_N_AFRICAN);
        RACE_COLUMNS.put("NativeHIPacific", RaceAndEthnicity.NATIVE_HI_PACIFIC);
        RACE_COLUMNS.put("White", RaceAndEthnicity.WHITE);
        RACE_COLUMNS.forEach((column, race) -> RACE_COLUMNS_FY2026.put(
                race == RaceAndEthnicity.HISPANIC_LATINAEO ? HISPANIC_LATINAO : column, race));
        GENDER_COLUMNS.put("Woman", Gender.WOMAN);
        GENDER_COLUMNS.put("Man", Gender.MAN);
        GENDER_COLUMNS.put("NonBinary", Gender.NON_BINARY);
        GENDER_COLUMNS.put("CulturallySpecific", Gender.CULTURALLY_SPECIFIC);
        GENDER_COLUMNS.put("Transgender", Gender.TRANSGENDER);
        GENDER_COLUMNS.put("Questioning", Gender.QUESTIONING);
        GENDER_COLUMNS.put("DifferentIdentity", Gender.DIFFERENT_IDENTITY);
    }

    @Override
    public RowMapper mapper(List<String> header) {
        Columns columns = new Columns(header);
        if (!columns.has("PersonalID")) {
            throw new IllegalArgumentException("the header has no PersonalID column: not an HMIS Client.csv");
        }
        HmisVersion version = HmisVersion.ofHeader("Client.csv", header).orElse(HmisVersion.FY2024);
        Map<String, RaceAndEthnicity> raceColumns = version == HmisVersion.FY2026 ? RACE_COLUMNS_FY2026
                : RACE_COLUMNS;
        return (line, values) -> map(columns, raceColumns, line, values);
    }

    /**
     * The rows of a Client.csv, header first, read by the HMIS CSV reader: the encoding detected,
     * quoting as RFC 4180 has it. Broken quoting ends the file: its row is returned as malformed.
     */
    static CsvRowSource rows(Path input) {
        HmisCsvReader reader;
        try {
            reader = HmisCsvReader.open(input);
        } catch (HmisFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new CsvRowSource() {
            private boolean headerGiven;
            private boolean ended;

            @Override
            public CsvRows.Row next() {
                if (!headerGiven) {
                    headerGiven = true;
                    return new CsvRows.Row(1, reader.header(), null);
                }
                if (ended) {
                    return null;
                }
                try {
                    HmisCsvRow row = reader.next();
                    return row == null ? null : new CsvRows.Row(Math.toIntExact(row.line()), row.values(), null);
                } catch (HmisFormatException e) {
                    ended = true;
                    return new CsvRows.Row(Math.toIntExact(e.line()), List.of(), e.reason()
                            + "; the rest of the file cannot be read");
                }
            }

            @Override
            public void close() {
                reader.close();
            }
        };
    }

    private static SourceRecord map(Columns columns, Map<String, RaceAndEthnicity> raceColumns, int line,
            List<String> values) throws RejectedRow {
        if (values.size() != columns.count()) {
            throw new RejectedRow(values.size() + " fields where the header has " + columns.count());
        }
        String id = columns.value(values, "PersonalID");
        if (id == null) {
            throw new RejectedRow("PersonalID is empty");
        }
        if (columns.value(values, "DateDeleted") != null) {
            throw new RejectedRow("deleted in the source (DateDeleted is set)");
        }
        List<String> notes = new ArrayList<>();
        String first = columns.value(values, "FirstName");
        String middle = columns.value(values, "MiddleName");
        String last = columns.value(values, "LastName");
        String suffix = columns.value(values, "NameSuffix");
        boolean anyName = first != null || middle != null || last != null || suffix != null;
        NameDataQuality nameQuality = quality(columns, values, "NameDataQuality", NameDataQuality::fromCode,
                anyName, first != null && last != null ? NameDataQuality.FULL : NameDataQuality.PARTIAL,
                NameDataQuality.PARTIAL, NameDataQuality.DATA_NOT_COLLECTED, notes);
        if (nameQuality == NameDataQuality.FULL && (first == null || last == null)) {
            notes.add("NameDataQuality 1 without both names: taken as 2");
            nameQuality = NameDataQuality.PARTIAL;
        }
        if (nameQuality == NameDataQuality.PARTIAL && first == null && last == null) {
            if (anyName) {
                notes.add("a middle name or suffix without a first or last name: dropped");
            }
            middle = null;
            suffix = null;
            nameQuality = NameDataQuality.DATA_NOT_COLLECTED;
        }

        String ssn = columns.value(values, "SSN");
        if (ssn != null && ssn.length() == SSN_DIGITS - 1 && ssn.chars().allMatch(c -> c >= '0' && c <= '9')) {
            notes.add("SSN of 8 digits: a leading zero was lost; padded to 9 digits");
            ssn = "0" + ssn;
        }
        SsnDataQuality ssnQuality = quality(columns, values, "SSNDataQuality", SsnDataQuality::fromCode,
                ssn != null, ssn != null && ssn.chars().allMatch(Character::isDigit) ? SsnDataQuality.FULL
                        : SsnDataQuality.APPROXIMATE_OR_PARTIAL,
                SsnDataQuality.APPROXIMATE_OR_PARTIAL, SsnDataQuality.DATA_NOT_COLLECTED, notes);
        if (ssnQuality == SsnDataQuality.FULL && ssn.toLowerCase(Locale.ROOT).contains("x")) {
            notes.add("SSNDataQuality 1 with unknown digits: taken as 2");
            ssnQuality = SsnDataQuality.APPROXIMATE_OR_PARTIAL;
        }

        LocalDate dateOfBirth = date(columns.value(values, "DOB"), "DOB", notes);
        DobDataQuality dobQuality = quality(columns, values, "DOBDataQuality", DobDataQuality::fromCode,
                dateOfBirth != null, DobDataQuality.FULL, DobDataQuality.APPROXIMATE_OR_PARTIAL,
                DobDataQuality.DATA_NOT_COLLECTED, notes);

        ClientDetails details = new ClientDetails(first, middle, last, suffix, nameQuality, List.of(), ssn,
                ssnQuality, dateOfBirth, dobQuality,
                responses(columns, values, raceColumns, "RaceNone", RaceAndEthnicity::fromCode,
                        RaceAndEthnicity.DATA_NOT_COLLECTED, notes),
                responses(columns, values, GENDER_COLUMNS, "GenderNone", Gender::fromCode,
                        Gender.DATA_NOT_COLLECTED, notes),
                code(columns, values, "VeteranStatus", NoYesReasons::fromCode, NoYesReasons.DATA_NOT_COLLECTED, notes),
                null);
        return new SourceRecord(line, id, details, notes);
    }

    /**
     * The data-quality code of a value, made to agree with it: the column's code when it does; for
     * a value under a missing-data code, {@code partial}; for no value under a code of 1 or 2,
     * {@code notCollected}; for a blank code, {@code derived} or {@code notCollected}.
     */
    private static <Q extends Enum<Q> & HudCode> Q quality(Columns columns, List<String> values, String column,
            IntFunction<Q> fromCode, boolean valueGiven, Q derived, Q partial, Q notCollected, List<String> notes) {
        Q quality = code(columns, values, column, fromCode, null, notes);
        if (quality == null) {
            return valueGiven ? derived : notCollected;
        }
        if (valueGiven && quality.isMissingData()) {
            notes.add(column + " " + quality.code() + " with a value: taken as 2");
            return partial;
        }
        if (!valueGiven && !quality.isMissingData()) {
            notes.add(column + " " + quality.code() + " without a value: taken as 99");
            return notCollected;
        }
        return quality;
    }

    /** The code in a column; {@code absent} when the column is blank or holds no code of the list. */
    private static <C> C code(Columns columns, List<String> values, String column, IntFunction<C> fromCode,
            C absent, List<String> notes) {
        String text = columns.value(values, column);
        if (text == null) {
            return absent;
        }
        try {
            return fromCode.apply(Integer.parseInt(text));
        } catch (IllegalArgumentException e) {
            notes.add(column + " is not a code of its list: ignored");
            return absent;
        }
    }

    /** The responses of a multiple-answer element: every column holding 1, else the "none" column's reason. */
    private static <R extends Enum<R> & HudCode> Set<R> responses(Columns columns, List<String> values,
            Map<String, R> byColumn, String noneColumn, IntFunction<R> fromCode, R notCollected, List<String> notes) {
        Set<R> responses = new LinkedHashSet<>();
        byColumn.forEach((column, response) -> {
            if ("1".equals(columns.value(values, column))) {
                responses.add(response);
            }
        });
        if (!responses.isEmpty()) {
            return responses;
        }
        R none = code(columns, values, noneColumn, fromCode, notCollected, notes);
        if (!none.isMissingData()) {
            notes.add(noneColumn + " is not 8, 9 or 99: taken as 99");
            none = notCollected;
        }
        return EnumSet.of(none);
    }

    /** A date written {@code yyyy-mm-dd} (a time after it is ignored); null, with a note, when it is none. */
    static LocalDate date(String text, String column, List<String> notes) {
        if (text == null) {
            return null;
        }
        String day = text.length() > 10 && (text.charAt(10) == ' ' || text.charAt(10) == 'T')
                ? text.substring(0, 10) : text;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            notes.add(column + " is not a date (yyyy-mm-dd): dropped");
            return null;
        }
    }
}
