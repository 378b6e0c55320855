// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One generated row of an HMIS {@code Client.csv}, with the person it belongs to. Values are as
 * an intake worker typed them; missing ones are null with their data-quality code.
 *
 * @param personalId      the row's HMIS PersonalID
 * @param person          the generated person the row describes: two rows are one person exactly
 *                        when this is equal (the ground truth)
 * @param firstName       given name, or null
 * @param middleName      middle name or initial, or null
 * @param lastName        family name, or null
 * @param suffix          {@code Jr.}, {@code Sr.} or null
 * @param nameQuality     HMIS NameDataQuality code
 * @param ssn             nine digits, {@code xxxxx} and the last four, or null
 * @param ssnQuality      HMIS SSNDataQuality code
 * @param dateOfBirth     date of birth, or null
 * @param dobQuality      HMIS DOBDataQuality code
 * @param races           the race and ethnicity columns set to 1 (FY2024 column names); empty when none
 * @param raceNone        RaceNone (8, 9, 99) when {@code races} is empty
 * @param genders         the gender columns set to 1; empty when none
 * @param genderNone      GenderNone (8, 9, 99) when {@code genders} is empty
 * @param veteranStatus   VeteranStatus code
 * @param created         DateCreated
 */
public record GeneratedRecord(String personalId, long person, String firstName, String middleName, String lastName,
        String suffix, int nameQuality, String ssn, int ssnQuality, LocalDate dateOfBirth, int dobQuality,
        Set<String> races, int raceNone, Set<String> genders, int genderNone, int veteranStatus, LocalDate created) {

    /** The race and ethnicity columns of the FY2024 format, in its order. */
    static final List<String> RACE_COLUMNS = List.of("AmIndAKNative", "Asian", "BlackAfAmerican", "HispanicLatinaeo",
            "MidEastNAfrican", "NativeHIPacific", "White");
    /** The gender columns of the FY2024 format, in its order. */
    static final List<String> GENDER_COLUMNS = List.of("Woman", "Man", "NonBinary", "CulturallySpecific",
            "Transgender", "Questioning", "DifferentIdentity");

    /** This record with another PersonalID. */
    GeneratedRecord withPersonalId(String id) {
        return new GeneratedRecord(id, person, firstName, middleName, lastName, suffix, nameQuality, ssn, ssnQuality,
                dateOfBirth, dobQuality, races, raceNone, genders, genderNone, veteranStatus, created);
    }

    /**
     * The row's values in the order of {@code HmisClientFormat.FY2024_COLUMNS}: PersonalID, the
     * name, SSN and date of birth with their qualities, race and ethnicity, gender, veteran status
     * (the military-service details left empty), DateCreated, DateUpdated, UserID, DateDeleted
     * (empty) and ExportID.
     */
    public List<String> toRow() {
        List<String> row = new ArrayList<>(46);
        row.add(personalId);
        row.add(text(firstName));
        row.add(text(middleName));
        row.add(text(lastName));
        row.add(text(suffix));
        row.add(Integer.toString(nameQuality));
        row.add(text(ssn));
        row.add(Integer.toString(ssnQuality));
        row.add(dateOfBirth == null ? "" : dateOfBirth.toString());
        row.add(Integer.toString(dobQuality));
        RACE_COLUMNS.forEach(column -> row.add(races.contains(column) ? "1" : "0"));
        row.add(races.isEmpty() ? Integer.toString(raceNone) : "");
        row.add("");
        GENDER_COLUMNS.forEach(column -> row.add(genders.contains(column) ? "1" : "0"));
        row.add(genders.isEmpty() ? Integer.toString(genderNone) : "");
        row.add("");
        row.add(Integer.toString(veteranStatus));
        for (int i = 0; i < 12; i++) {
            row.add("");
        }
        String stamp = created + " 09:00:00";
        row.add(stamp);
        row.add(stamp);
        row.add("generator");
        row.add("");
        row.add("1");
        return row;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
