// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The comparable fields of one person's record, as the matching engine sees them. Immutable and
 * thread-safe. Only {@code id} is required; every other field may be null (not collected), and a
 * blank string counts as null. Values are compared after normalization, so they may be passed as
 * entered.
 *
 * @param id           the record's id, as the host knows it; required
 * @param firstName    given name
 * @param middleName   middle name or initial
 * @param lastName     family name
 * @param aliases      other full names the person is known by; null becomes empty
 * @param dateOfBirth  date of birth
 * @param ssn          a US Social Security number: nine digits (dashes allowed), or only its last
 *                     four; invalid numbers are ignored
 * @param identifier   another identifier of the person from another system, compared for equality
 *                     and single typos (never validated as an SSN)
 * @param gender       a gender code, compared for equality
 * @param streetNumber house number
 * @param street       street name and type
 * @param addressLine2 a second address line (unit, building)
 * @param city         city, town or suburb
 * @param postalCode   postal code
 * @param state        state or province code
 * @param dateOfBirthApproximate whether the date of birth is known to be approximate or partial
 *                     (HMIS DOB data quality 2): only its year is compared, give or take one
 */
public record MatchSubject(String id, String firstName, String middleName, String lastName,
        List<String> aliases, LocalDate dateOfBirth, String ssn, String identifier, String gender,
        String streetNumber, String street, String addressLine2, String city, String postalCode,
        String state, boolean dateOfBirthApproximate) {

    /**
     * Checks the components and creates the record.
     *
     * @throws NullPointerException when {@code id} is null
     */
    public MatchSubject {
        Objects.requireNonNull(id, "id");
        // Most subjects have no alias: no stream for them (a search builds one subject a candidate).
        aliases = aliases == null || aliases.isEmpty() ? List.of() : aliases.stream().filter(Objects::nonNull).toList();
    }

    /** A subject whose date of birth, if any, is not known to be approximate. */
    public MatchSubject(String id, String firstName, String middleName, String lastName, List<String> aliases,
            LocalDate dateOfBirth, String ssn, String identifier, String gender, String streetNumber, String street,
            String addressLine2, String city, String postalCode, String state) {
        this(id, firstName, middleName, lastName, aliases, dateOfBirth, ssn, identifier, gender, streetNumber, street,
                addressLine2, city, postalCode, state, false);
    }

    /** This subject without its SSN. */
    public MatchSubject withoutSsn() {
        return new MatchSubject(id, firstName, middleName, lastName, aliases, dateOfBirth, null, identifier, gender,
                streetNumber, street, addressLine2, city, postalCode, state, dateOfBirthApproximate);
    }

    /** A builder for a subject with this id. */
    public static Builder builder(String id) {
        return new Builder(Objects.requireNonNull(id, "id"));
    }

    /** Builds a {@link MatchSubject} one field at a time. Not thread-safe; every setter accepts null. */
    public static final class Builder {
        private final String id;
        private String firstName;
        private String middleName;
        private String lastName;
        private List<String> aliases = List.of();
        private LocalDate dateOfBirth;
        private boolean dateOfBirthApproximate;
        private String ssn;
        private String identifier;
        private String gender;
        private String streetNumber;
        private String street;
        private String addressLine2;
        private String city;
        private String postalCode;
        private String state;

        private Builder(String id) {
            this.id = id;
        }

        public Builder firstName(String value) {
            firstName = value;
            return this;
        }

        public Builder middleName(String value) {
            middleName = value;
            return this;
        }

        public Builder lastName(String value) {
            lastName = value;
            return this;
        }

        public Builder aliases(List<String> value) {
            aliases = value;
            return this;
        }

        public Builder dateOfBirth(LocalDate value) {
            dateOfBirth = value;
            return this;
        }

        /** Marks the date of birth as approximate or partial (HMIS DOB data quality 2). */
        public Builder dateOfBirthApproximate(boolean value) {
            dateOfBirthApproximate = value;
            return this;
        }

        public Builder ssn(String value) {
            ssn = value;
            return this;
        }

        public Builder identifier(String value) {
            identifier = value;
            return this;
        }

        public Builder gender(String value) {
            gender = value;
            return this;
        }

        public Builder streetNumber(String value) {
            streetNumber = value;
            return this;
        }

        public Builder street(String value) {
            street = value;
            return this;
        }

        public Builder addressLine2(String value) {
            addressLine2 = value;
            return this;
        }

        public Builder city(String value) {
            city = value;
            return this;
        }

        public Builder postalCode(String value) {
            postalCode = value;
            return this;
        }

        public Builder state(String value) {
            state = value;
            return this;
        }

        public MatchSubject build() {
            return new MatchSubject(id, firstName, middleName, lastName, aliases, dateOfBirth, ssn,
                    identifier, gender, streetNumber, street, addressLine2, city, postalCode, state,
                    dateOfBirthApproximate);
        }
    }
}
