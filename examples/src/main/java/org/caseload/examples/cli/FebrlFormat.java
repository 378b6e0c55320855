// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caseload.clients.Address;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.Contact;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.SsnDataQuality;

/**
 * A FEBRL synthetic data set: columns {@code rec_id, given_name, surname, street_number,
 * address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id}, found by name,
 * separated by a comma and a space. {@code soc_sec_id} is a 7-digit identifier, not a US SSN: it
 * becomes the client's identifier from another system. The address becomes the client's current
 * address (street number and {@code address_1} on the first line). A part left empty is not
 * collected; a date of birth ({@code yyyymmdd}) that is no calendar date is dropped, with a note.
 */
final class FebrlFormat implements ClientFileFormat {

    @Override
    public RowMapper mapper(List<String> header) {
        Columns columns = new Columns(header);
        if (!columns.has("rec_id")) {
            throw new IllegalArgumentException("the header has no rec_id column: not a FEBRL file");
        }
        return (line, values) -> map(columns, line, values);
    }

    private static SourceRecord map(Columns columns, int line, List<String> values) throws RejectedRow {
        if (values.size() != columns.count()) {
            throw new RejectedRow(values.size() + " fields where the header has " + columns.count());
        }
        String id = columns.value(values, "rec_id");
        if (id == null) {
            throw new RejectedRow("rec_id is empty");
        }
        List<String> notes = new ArrayList<>();
        String first = columns.value(values, "given_name");
        String last = columns.value(values, "surname");
        NameDataQuality nameQuality = first != null && last != null ? NameDataQuality.FULL
                : first != null || last != null ? NameDataQuality.PARTIAL : NameDataQuality.DATA_NOT_COLLECTED;
        LocalDate dateOfBirth = date(columns.value(values, "date_of_birth"), notes);
        String street = Stream.of(columns.value(values, "street_number"), columns.value(values, "address_1"))
                .filter(part -> part != null).collect(Collectors.joining(" "));
        Address address = new Address(street.isEmpty() ? null : street, columns.value(values, "address_2"),
                columns.value(values, "suburb"), columns.value(values, "state"), columns.value(values, "postcode"));
        boolean anyAddress = Stream.of(address.line1(), address.line2(), address.city(), address.region(),
                address.postalCode()).anyMatch(part -> part != null);
        ClientDetails details = new ClientDetails(first, null, last, null, nameQuality, List.of(), null,
                SsnDataQuality.DATA_NOT_COLLECTED, dateOfBirth,
                dateOfBirth == null ? DobDataQuality.DATA_NOT_COLLECTED : DobDataQuality.FULL,
                Set.of(RaceAndEthnicity.DATA_NOT_COLLECTED), Set.of(Gender.DATA_NOT_COLLECTED),
                NoYesReasons.DATA_NOT_COLLECTED, anyAddress ? new Contact(null, null, address) : Contact.NONE,
                columns.value(values, "soc_sec_id"));
        return new SourceRecord(line, id, details, notes);
    }

    private static LocalDate date(String digits, List<String> notes) {
        if (digits == null) {
            return null;
        }
        if (digits.matches("\\d{8}")) {
            try {
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6, 8)));
            } catch (DateTimeException e) {
                // reported below like any other date that is none
            }
        }
        notes.add("date_of_birth is not a calendar date (yyyymmdd): dropped");
        return null;
    }
}
