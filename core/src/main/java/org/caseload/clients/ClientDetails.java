// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caseload.clients.internal.validation.CleanText;
import org.caseload.clients.internal.validation.DateOfBirthAgreesWithQuality;
import org.caseload.clients.internal.validation.MissingDataStandsAlone;
import org.caseload.clients.internal.validation.NameAgreesWithQuality;
import org.caseload.clients.internal.validation.PlausibleDateOfBirth;
import org.caseload.clients.internal.validation.SsnAgreesWithQuality;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.SsnDataQuality;

/**
 * What is known about a client: the HUD Universal Data Elements, each personal value beside its
 * data quality, and how to reach the client. Commands carry it to register and change a client;
 * a {@link Client} carries it back. Immutable; start from {@link #named} and change it with the
 * {@code with...} methods.
 *
 * <p>Rules, all checked at once when a command is validated (paths relative to this record):
 * <ul>
 *   <li>A value and its quality agree. Name quality 1 (full) needs {@code firstName} and
 *       {@code lastName}; 2 (partial, street or code name) a first or last name; 8, 9 and 99 no
 *       name part. SSN quality 1 needs nine digits of an SSN that could have been issued (not one
 *       digit repeated, not area 000, 666 or 9xx, not group 00, not serial 0000); 2 needs nine
 *       characters with {@code x} for unknown digits ({@code xxxxx1234}); 8, 9 and 99 no SSN. DOB
 *       quality 1 and 2 need a date; 8, 9 and 99 none.</li>
 *   <li>{@code dateOfBirth} is neither after today (the runtime's clock) nor before 1900.</li>
 *   <li>Names are stored trimmed, NFC-normalized and with inner whitespace collapsed, and are at
 *       most {@value #NAME_MAX_LENGTH} characters ({@value #SUFFIX_MAX_LENGTH} for a suffix) once
 *       cleaned.</li>
 *   <li>{@code raceAndEthnicity} and {@code gender} hold one or more responses, and a reason for
 *       missing data (8, 9, 99) stands alone.</li>
 * </ul>
 * The SSN is given as {@code 123-45-6789} or {@code 123456789} and stored as nine characters.
 *
 * @param firstName        optional, per the name quality
 * @param middleName       optional
 * @param lastName         optional, per the name quality
 * @param suffix           optional ({@code Jr.}, {@code III})
 * @param nameQuality      required
 * @param aliases          other names, at most {@value #MAX_ALIASES}; null means none
 * @param ssn              optional, per the SSN quality
 * @param ssnQuality       required
 * @param dateOfBirth      optional, per the DOB quality
 * @param dobQuality       required
 * @param raceAndEthnicity one or more responses
 * @param gender           one or more responses
 * @param veteranStatus    required
 * @param contact          phone, e-mail and current address; null means {@link Contact#NONE}
 * @param otherId          an identifier of the person from another system (a previous system's
 *                         client id, a benefits number), at most {@value #OTHER_ID_MAX_LENGTH}
 *                         characters; compared when looking for duplicates; optional
 */
@NameAgreesWithQuality
@SsnAgreesWithQuality
@DateOfBirthAgreesWithQuality
public record ClientDetails(
        @CleanText(max = NAME_MAX_LENGTH) String firstName,
        @CleanText(max = NAME_MAX_LENGTH) String middleName,
        @CleanText(max = NAME_MAX_LENGTH) String lastName,
        @CleanText(max = SUFFIX_MAX_LENGTH) String suffix,
        @NotNull NameDataQuality nameQuality,
        @Size(max = MAX_ALIASES) List<@NotNull @Valid Alias> aliases,
        String ssn,
        @NotNull SsnDataQuality ssnQuality,
        @PlausibleDateOfBirth LocalDate dateOfBirth,
        @NotNull DobDataQuality dobQuality,
        @NotEmpty @MissingDataStandsAlone Set<@NotNull RaceAndEthnicity> raceAndEthnicity,
        @NotEmpty @MissingDataStandsAlone Set<@NotNull Gender> gender,
        @NotNull NoYesReasons veteranStatus,
        @Valid Contact contact,
        @CleanText(max = OTHER_ID_MAX_LENGTH) String otherId) {

    /** The longest name part accepted, once cleaned. */
    public static final int NAME_MAX_LENGTH = 100;
    /** The longest suffix accepted, once cleaned. */
    public static final int SUFFIX_MAX_LENGTH = 20;
    /** The longest identifier from another system accepted, once cleaned. */
    public static final int OTHER_ID_MAX_LENGTH = 64;
    /** The most aliases a client has. */
    public static final int MAX_ALIASES = 20;

    public ClientDetails {
        // Copies keep nulls, so that validation can report them rather than a constructor throwing.
        aliases = aliases == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(aliases));
        raceAndEthnicity = raceAndEthnicity == null ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(raceAndEthnicity));
        gender = gender == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(gender));
        contact = contact == null ? Contact.NONE : contact;
    }

    /** Details without an identifier from another system. */
    public ClientDetails(String firstName, String middleName, String lastName, String suffix,
            NameDataQuality nameQuality, List<Alias> aliases, String ssn, SsnDataQuality ssnQuality,
            LocalDate dateOfBirth, DobDataQuality dobQuality, Set<RaceAndEthnicity> raceAndEthnicity,
            Set<Gender> gender, NoYesReasons veteranStatus, Contact contact) {
        this(firstName, middleName, lastName, suffix, nameQuality, aliases, ssn, ssnQuality, dateOfBirth, dobQuality,
                raceAndEthnicity, gender, veteranStatus, contact, null);
    }

    /**
     * A client known by a full first and last name, and nothing else yet: no SSN, no date of
     * birth, race and ethnicity, gender and veteran status not collected, no contact.
     */
    public static ClientDetails named(String firstName, String lastName) {
        return new ClientDetails(firstName, null, lastName, null, NameDataQuality.FULL, List.of(),
                null, SsnDataQuality.DATA_NOT_COLLECTED, null, DobDataQuality.DATA_NOT_COLLECTED,
                Set.of(RaceAndEthnicity.DATA_NOT_COLLECTED), Set.of(Gender.DATA_NOT_COLLECTED),
                NoYesReasons.DATA_NOT_COLLECTED, Contact.NONE);
    }

    /** These details with another name and name quality. */
    public ClientDetails withName(String firstName, String middleName, String lastName, String suffix,
                                  NameDataQuality nameQuality) {
        return new ClientDetails(firstName, middleName, lastName, suffix, nameQuality, aliases, ssn, ssnQuality,
                dateOfBirth, dobQuality, raceAndEthnicity, gender, veteranStatus, contact, otherId);
    }

    /** These details with other aliases. */
    public ClientDetails withAliases(Alias... aliases) {
        return new ClientDetails(firstName, middleName, lastName, suffix, nameQuality, Arrays.asList(aliases), ssn,
                ssnQuality, dateOfBirth, dobQuality, raceAndEthnicity, gender, veteranStatus, contact, otherId);
    }

    /** These details with another SSN (null for none) and SSN quality. */
    public ClientDetails withSsn(String ssn, SsnDataQuality ssnQuality) {
        return new ClientDetails(firstName, middleName, lastName, suffix, nameQuality, aliases, ssn, ssnQuality,
                dateOfBirth, dobQuality, raceAndEthnicity, gender, veteranStatus, contact, otherId);
    }

    /** These details with another date of birth (null for none) and DOB quality. */
    public ClientDetails withDateOfBirth(LocalDate dateOfBirth, DobDataQuality dobQuality) {
        return new ClientDetails(firstName, middleName, lastName, suffix, nameQuality, aliases, ssn, ssnQuality,
                dateOfBirth, dobQuality, raceAndEthnicity, gender, veteranStatus, contact, otherId);
    }

    /** These details with other race and ethnicity responses. */
    public ClientDetails withRaceAndEthnicity(RaceAndEthnicity... responses) {
        return new ClientDetails(firstName, middleName, lastName, suffix, nameQuality, aliases, ssn, ssnQuality,
                dateOfBirth, dobQuality, new LinkedHashSet<>(Arrays.asList(responses)), gender, veteranStatus, contact, otherId);
    }

    /** These details with other gender responses. */
    public ClientDetails withGender(Gender... responses) {
        return new ClientDetails(firstName, middleName, lastName, suffix, nameQuality, aliases, ssn, ssnQuality,
                dateOfBirth, dobQuality, raceAndEthnicity, new LinkedHashSet<>(Arrays.asList(responses)), veteranStatus, contact, otherId);
    }

    /** These details with another veteran status. */
    public ClientDetails withVeteranStatus(NoYesReasons veteranStatus) {
        return new ClientDetails(firstName, middleName, lastName, suffix, nameQuality, aliases, ssn, ssnQuality,
                dateOfBirth, dobQuality, raceAndEthnicity, gender, veteranStatus, contact, otherId);
    }

    /** These details with another contact. */
    public ClientDetails withContact(Contact contact) {
        return new ClientDetails(firstName, middleName, lastName, suffix, nameQuality, aliases, ssn, ssnQuality,
                dateOfBirth, dobQuality, raceAndEthnicity, gender, veteranStatus, contact, otherId);
    }

    /** These details with another identifier from another system (null for none). */
    public ClientDetails withOtherId(String otherId) {
        return new ClientDetails(firstName, middleName, lastName, suffix, nameQuality, aliases, ssn, ssnQuality,
                dateOfBirth, dobQuality, raceAndEthnicity, gender, veteranStatus, contact, otherId);
    }
}
