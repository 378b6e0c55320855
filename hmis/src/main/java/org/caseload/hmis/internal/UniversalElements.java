// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.caseload.hmis.HmisFinding.Severity;
import org.caseload.hmis.HmisSpecification;

/**
 * The universal data elements of one Client.csv or Enrollment.csv row judged against their data
 * quality columns, as HUD's data quality rules judge them: a value its data quality column says is
 * there but is not (or is not valid), a value present where the data quality column says it was
 * not collected, an impossible date of birth are errors; an element not collected is a warning.
 * What needs more than the row (age at entry: veteran status, heads under 18) is {@link Stays}'s.
 */
final class UniversalElements {

    /** The earliest date of birth HUD's data quality rules accept. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1915, 1, 1);
    private static final Set<String> NOT_REPORTED = Set.of("8", "9", "99");
    private static final Set<String> REPORTED = Set.of("1", "2");
    private static final String NOT_COLLECTED = "99";
    /** Race and ethnicity, 1.10 NoYes each; FY2024 spells one HispanicLatinaeo. */
    private static final List<String> RACES = List.of("AmIndAKNative", "Asian", "BlackAfAmerican",
            "HispanicLatinao", "HispanicLatinaeo", "MidEastNAfrican", "NativeHIPacific", "White");

    private final HmisSpecification spec;
    private final FindingSink sink;
    /** Whether the version's Client.csv has Sex (FY2026). */
    private final boolean hasSex;

    UniversalElements(HmisSpecification spec, FindingSink sink) {
        this.spec = spec;
        this.sink = sink;
        hasSex = spec.file("Client").flatMap(f -> f.column("Sex")).isPresent();
    }

    /** Judges a Client.csv row. */
    void client(String name, long line, Function<String, String> row, String id) {
        name(name, line, row, id);
        ssn(name, line, row, id);
        birth(name, line, row, id);
        race(name, line, row, id);
        if (hasSex) {
            String sex = row.apply("Sex");
            if (sex == null || NOT_COLLECTED.equals(sex)) {
                sink.add(Severity.WARNING, name, line, "Sex", id, sex == null ? "empty: sex not collected"
                        : "Sex " + coded("Sex", sex));
            }
        }
    }

    /** Judges an Enrollment.csv row. */
    void enrollment(String name, long line, Function<String, String> row, String id) {
        if (NOT_COLLECTED.equals(row.apply("DisablingCondition"))) {
            sink.add(Severity.WARNING, name, line, "DisablingCondition", id,
                    "DisablingCondition " + coded("NoYesReasonsForMissingData", NOT_COLLECTED));
        }
    }

    private void name(String name, long line, Function<String, String> row, String id) {
        String quality = row.apply("NameDataQuality");
        for (String column : List.of("FirstName", "LastName")) {
            if ("1".equals(quality) && row.apply(column) == null) {
                sink.add(Severity.ERROR, name, line, column, id,
                        "empty while NameDataQuality is " + coded("NameDataQuality", quality));
                return;
            }
        }
        if (notReported(quality) && (row.apply("FirstName") != null || row.apply("LastName") != null)) {
            sink.add(Severity.ERROR, name, line, "NameDataQuality", id, "a name is present while NameDataQuality is "
                    + coded("NameDataQuality", quality));
        }
    }

    private void ssn(String name, long line, Function<String, String> row, String id) {
        String quality = row.apply("SSNDataQuality");
        String ssn = row.apply("SSN");
        if ("1".equals(quality)) {
            if (ssn == null) {
                sink.add(Severity.ERROR, name, line, "SSN", id,
                        "empty while SSNDataQuality is " + coded("SSNDataQuality", quality));
            } else if (!lostLeadingZero(ssn) && !validSsn(ssn)) {
                // Eight digits are told once, as a lost leading zero.
                sink.add(Severity.ERROR, name, line, "SSN", id, "not a valid SSN (9 digits; area not 000, 666 "
                        + "or 900-999; group not 00; serial not 0000) while SSNDataQuality is "
                        + coded("SSNDataQuality", quality));
            }
        } else if (notReported(quality) && ssn != null && ssn.chars().anyMatch(Character::isDigit)) {
            sink.add(Severity.ERROR, name, line, "SSN", id,
                    "digits are present while SSNDataQuality is " + coded("SSNDataQuality", quality));
        }
    }

    private void birth(String name, long line, Function<String, String> row, String id) {
        String quality = row.apply("DOBDataQuality");
        String value = row.apply("DOB");
        if (value == null) {
            if (quality != null && REPORTED.contains(quality)) {
                sink.add(Severity.ERROR, name, line, "DOB", id,
                        "empty while DOBDataQuality is " + coded("DOBDataQuality", quality));
            }
            return;
        }
        LocalDate birth = Values.date(value);
        if (birth == null) {
            return;
        }
        LocalDate created = datePart(row.apply("DateCreated"));
        if (birth.isBefore(EARLIEST_BIRTH)) {
            sink.add(Severity.ERROR, name, line, "DOB", id, "before " + EARLIEST_BIRTH
                    + ", the earliest date of birth HUD's data quality rules accept");
        } else if (created != null && birth.isAfter(created)) {
            sink.add(Severity.ERROR, name, line, "DOB", id, "after the record's DateCreated");
        }
    }

    private void race(String name, long line, Function<String, String> row, String id) {
        boolean any = RACES.stream().anyMatch(column -> "1".equals(row.apply(column)));
        String none = row.apply("RaceNone");
        if (!any && none == null) {
            sink.add(Severity.WARNING, name, line, "RaceNone", id,
                    "no race and ethnicity column is 1 and RaceNone is empty: race and ethnicity not collected");
        } else if (any && notReported(none)) {
            sink.add(Severity.ERROR, name, line, "RaceNone", id, "RaceNone is " + coded("RaceNone", none)
                    + " while a race and ethnicity column is 1");
        }
    }

    /** 8, 9 or 99: the client does not know, prefers not to answer, or it was not collected. */
    private static boolean notReported(String quality) {
        return quality != null && NOT_REPORTED.contains(quality);
    }

    /** A code with its label in the named list, such as {@code 99 (Data not collected)}. */
    private String coded(String list, String code) {
        return code + spec.codeList(list).flatMap(l -> l.label(code)).map(label -> " (" + label + ")").orElse("");
    }

    /** Eight digits: the SSN a spreadsheet took for a number; {@link ExportCheck} tells it. */
    static boolean lostLeadingZero(String ssn) {
        return ssn.length() == 8 && ssn.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Nine digits the Social Security Administration could have issued. */
    static boolean validSsn(String ssn) {
        if (ssn.length() != 9 || !ssn.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int area = Integer.parseInt(ssn.substring(0, 3));
        return area != 0 && area != 666 && area < 900 && !ssn.startsWith("00", 3) && !ssn.startsWith("0000", 5);
    }

    /** The day of a {@code yyyy-MM-dd HH:mm:ss} value; null when it has none. */
    static LocalDate datePart(String value) {
        return value == null || value.length() < 10 ? null : Values.date(value.substring(0, 10));
    }
}
