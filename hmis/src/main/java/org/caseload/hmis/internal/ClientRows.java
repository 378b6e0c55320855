// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.HudCode;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.Demographics;
import org.caseload.spi.storage.hmis.HmisRecord;

/**
 * A library client as a Client.csv record, its columns named as the store names them (FY2026's,
 * and FY2024's gender columns beside them), so that either version is written from it: the HUD
 * elements the library keeps (name, SSN, date of birth and their data quality, race and
 * ethnicity, gender, veteran status) with their codes; {@code Sex}, which the library does not
 * collect, as 99 (data not collected); everything else empty.
 */
final class ClientRows {

    private static final String FILE = "Client";

    /** Client.csv's race and ethnicity columns (element 3.04), by the library's response. */
    private static final Map<RaceAndEthnicity, String> RACE_COLUMNS = Map.of(
            RaceAndEthnicity.AM_IND_AK_NATIVE, "AmIndAKNative", RaceAndEthnicity.ASIAN, "Asian",
            RaceAndEthnicity.BLACK_AF_AMERICAN, "BlackAfAmerican", RaceAndEthnicity.HISPANIC_LATINAEO, "HispanicLatinao",
            RaceAndEthnicity.MID_EAST_N_AFRICAN, "MidEastNAfrican", RaceAndEthnicity.NATIVE_HI_PACIFIC, "NativeHIPacific",
            RaceAndEthnicity.WHITE, "White");

    /** FY2024 Client.csv's gender columns (element 3.06), by the library's response. */
    private static final Map<Gender, String> GENDER_COLUMNS = Map.of(
            Gender.WOMAN, "Woman", Gender.MAN, "Man", Gender.NON_BINARY, "NonBinary",
            Gender.CULTURALLY_SPECIFIC, "CulturallySpecific", Gender.TRANSGENDER, "Transgender",
            Gender.QUESTIONING, "Questioning", Gender.DIFFERENT_IDENTITY, "DifferentIdentity");

    /** FY2026's {@code Sex} (element 4.21): the library does not collect it. */
    private static final String SEX_NOT_COLLECTED = "99";

    private ClientRows() {
    }

    /**
     * The record of a client.
     *
     * @param client  the stored client
     * @param ssn     its SSN opened; null when it has none
     * @param stamps  the export's dates and user
     */
    static HmisRecord client(ClientRecord client, String ssn, RowStamps stamps) {
        String personalId = LibraryIds.of(FILE, "PersonalID", client.id());
        ClientIdentity identity = client.identity();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("PersonalID", personalId);
        put(values, "FirstName", identity.name().first());
        put(values, "MiddleName", identity.name().middle());
        put(values, "LastName", identity.name().last());
        put(values, "NameSuffix", identity.name().suffix());
        values.put("NameDataQuality", code(identity.nameQuality()));
        put(values, "SSN", ssn);
        values.put("SSNDataQuality", code(identity.ssnQuality()));
        put(values, "DOB", identity.dateOfBirth() == null ? null : identity.dateOfBirth().toString());
        values.put("DOBDataQuality", code(identity.dobQuality()));
        values.put("Sex", SEX_NOT_COLLECTED);
        Demographics demographics = client.demographics();
        RACE_COLUMNS.forEach((race, column) -> values.put(column, flag(demographics.raceAndEthnicity(), race)));
        put(values, "RaceNone", missing(demographics.raceAndEthnicity()));
        GENDER_COLUMNS.forEach((gender, column) -> values.put(column, flag(demographics.gender(), gender)));
        put(values, "GenderNone", missing(demographics.gender()));
        values.put("VeteranStatus", code(demographics.veteranStatus()));
        stamps.put(values, client.createdAt(), client.updatedAt());
        return new HmisRecord(FILE, personalId, personalId, null, null, null, RowStamps.VERSION, values);
    }

    private static <E extends HudCode> String flag(Set<E> responses, E response) {
        return responses.contains(response) ? "1" : "0";
    }

    /**
     * The "none" column of a multi-response element: the reason it is missing (8, 9 or 99), 99
     * when nothing was answered, empty when there are answers.
     */
    private static String missing(Set<? extends HudCode> responses) {
        if (responses.isEmpty()) {
            return "99";
        }
        return responses.stream().filter(HudCode::isMissingData).findFirst().map(ClientRows::code).orElse(null);
    }

    private static String code(HudCode value) {
        return Integer.toString(value.code());
    }

    private static void put(Map<String, String> values, String column, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(column, value);
        }
    }
}
