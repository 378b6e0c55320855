// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import org.caseload.core.internal.KernelAccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.caseload.core.Caseload;
import org.caseload.testing.TestIdentity;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.SsnDataQuality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;

/** The rules of {@link ClientDetails}, as registering a client applies them. */
class ClientValidationTest {

    private static final Clock CLOCK = TestClock.at("2026-11-25T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final ClientDetails MARIA = ClientDetails.named("Maria", "Garcia");

    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage())
            .identity(new TestIdentity().as(TestUsers.user("worker", "org-a", Role.CASEWORKER, Role.SSN_REVIEWER)))
            .clock(CLOCK).build();
    private final ClientService clients = caseload.clients();

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void aFullValidSsnIsStoredAsNineDigits() {
        Client client = clients.register(RegisterClient.of(MARIA.withSsn(" 123-45-6789 ", SsnDataQuality.FULL)));

        assertThat(client.details().ssn()).isEqualTo("*****6789");
        assertThat(clients.revealSsn(client.id(), "checking the stored form")).contains("123456789");
        assertThat(client.details().ssnQuality()).isEqualTo(SsnDataQuality.FULL);
    }

    @Test
    void aPartialSsnGoesWithQualityTwoAndIsStoredWithLowerCaseX() {
        Client client = clients.register(RegisterClient.of(
                MARIA.withSsn("XXX-XX-1234", SsnDataQuality.APPROXIMATE_OR_PARTIAL)));

        assertThat(client.details().ssn()).isEqualTo("*****1234");
        assertThat(clients.revealSsn(client.id(), "checking the stored form")).contains("xxxxx1234");
        assertThat(violations(MARIA.withSsn("xxxxx1234", SsnDataQuality.FULL)))
                .containsExactly(tuple("details.ssn", "caseload.client.ssn.partial"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"111-11-1111", "000000000", "000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567",
            "123-45-0000"})
    void anSsnThatCannotHaveBeenIssuedIsRefusedForQualityOneOnly(String ssn) {
        assertThat(violations(MARIA.withSsn(ssn, SsnDataQuality.FULL)))
                .containsExactly(tuple("details.ssn", "caseload.client.ssn.invalid"));
        assertThat(violations(MARIA.withSsn(ssn, SsnDataQuality.APPROXIMATE_OR_PARTIAL))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CLIENT_DOES_NOT_KNOW", "CLIENT_PREFERS_NOT_TO_ANSWER", "DATA_NOT_COLLECTED"})
    void anSsnWithAReasonForMissingDataIsAContradiction(SsnDataQuality reason) {
        assertThat(violations(MARIA.withSsn("123-45-6789", reason)))
                .containsExactly(tuple("details.ssn", "caseload.client.ssn.contradictsQuality"));
        assertThat(violations(MARIA.withSsn("xxxxx6789", reason)))
                .containsExactly(tuple("details.ssn", "caseload.client.ssn.contradictsQuality"));
        assertThat(violations(MARIA.withSsn(null, reason))).isEmpty();
    }

    @Test
    void anSsnQualityOfOneOrTwoNeedsAnSsnOfNineCharactersWithADigit() {
        assertThat(violations(MARIA.withSsn(" ", SsnDataQuality.FULL)))
                .containsExactly(tuple("details.ssn", "caseload.client.ssn.missing"));
        assertThat(violations(MARIA.withSsn(null, SsnDataQuality.APPROXIMATE_OR_PARTIAL)))
                .containsExactly(tuple("details.ssn", "caseload.client.ssn.missing"));
        assertThat(violations(MARIA.withSsn("12345", SsnDataQuality.FULL)))
                .containsExactly(tuple("details.ssn", "caseload.client.ssn.format"));
        assertThat(violations(MARIA.withSsn("xxx-xx-xxxx", SsnDataQuality.APPROXIMATE_OR_PARTIAL)))
                .containsExactly(tuple("details.ssn", "caseload.client.ssn.noKnownDigit"));
    }

    @Test
    void aFullNameNeedsFirstAndLastAndAPartialNameEitherOne() {
        assertThat(violations(MARIA.withName(" ", "Ana", null, null, NameDataQuality.FULL))).containsExactly(
                tuple("details.firstName", "caseload.client.name.missing"),
                tuple("details.lastName", "caseload.client.name.missing"));
        assertThat(violations(MARIA.withName(null, null, "Shorty", null, NameDataQuality.PARTIAL))).isEmpty();
        assertThat(violations(MARIA.withName(null, "Ana", null, null, NameDataQuality.PARTIAL)))
                .containsExactly(tuple("details.firstName", "caseload.client.name.missing"));
    }

    @Test
    void aNameWithAReasonForMissingDataIsAContradictionAtEveryPartGiven() {
        assertThat(violations(MARIA.withName("Maria", null, "Garcia", "Jr", NameDataQuality.CLIENT_PREFERS_NOT_TO_ANSWER)))
                .containsExactly(
                        tuple("details.firstName", "caseload.client.name.contradictsQuality"),
                        tuple("details.lastName", "caseload.client.name.contradictsQuality"),
                        tuple("details.suffix", "caseload.client.name.contradictsQuality"));
    }

    @Test
    void aClientWithoutANameIsRegisteredAndSearchStillWorks() {
        Client unnamed = clients.register(RegisterClient.of(
                MARIA.withName(null, null, null, null, NameDataQuality.CLIENT_PREFERS_NOT_TO_ANSWER)));
        Client maria = clients.register(RegisterClient.of(MARIA));

        assertThat(unnamed.fullName()).isEmpty();
        assertThat(clients.get(unnamed.id()).details().nameQuality())
                .isEqualTo(NameDataQuality.CLIENT_PREFERS_NOT_TO_ANSWER);
        assertThat(clients.search(ClientSearch.byName("maria garcia")))
                .extracting(match -> match.client().id()).containsExactly(maria.id());
    }

    @Test
    void namesAreLimitedInLengthOnceTrimmedAndComposed() {
        String decomposed = "e\u0301".repeat(ClientDetails.NAME_MAX_LENGTH);

        assertThat(violations(MARIA.withName("  " + decomposed + "  ", null, "Garcia", null, NameDataQuality.FULL)))
                .isEmpty();
        assertThat(violations(MARIA.withName(decomposed + "e", null, "Garcia", null, NameDataQuality.FULL)))
                .containsExactly(tuple("details.firstName", "caseload.text.tooLong"));
        assertThat(violations(MARIA.withName("Maria", null, "Gar\u0000cia", null, NameDataQuality.FULL)))
                .containsExactly(tuple("details.lastName", "caseload.text.controlCharacter"));
    }

    @Test
    void aDateOfBirthIsNeitherAfterTodayByTheRuntimeClockNorBefore1900() {
        assertThat(violations(MARIA.withDateOfBirth(TODAY, DobDataQuality.FULL))).isEmpty();
        assertThat(violations(MARIA.withDateOfBirth(LocalDate.of(1900, 1, 1), DobDataQuality.FULL))).isEmpty();
        assertThat(violations(MARIA.withDateOfBirth(TODAY.plusDays(1), DobDataQuality.FULL)))
                .containsExactly(tuple("details.dateOfBirth", "caseload.client.dateOfBirth.future"));
        assertThat(violations(MARIA.withDateOfBirth(LocalDate.of(1899, 12, 31), DobDataQuality.APPROXIMATE_OR_PARTIAL)))
                .containsExactly(tuple("details.dateOfBirth", "caseload.client.dateOfBirth.before1900"));
    }

    @Test
    void aDateOfBirthAgreesWithItsQuality() {
        assertThat(violations(MARIA.withDateOfBirth(null, DobDataQuality.APPROXIMATE_OR_PARTIAL)))
                .containsExactly(tuple("details.dateOfBirth", "caseload.client.dateOfBirth.missing"));
        assertThat(violations(MARIA.withDateOfBirth(LocalDate.of(1980, 1, 1), DobDataQuality.CLIENT_DOES_NOT_KNOW)))
                .containsExactly(tuple("details.dateOfBirth", "caseload.client.dateOfBirth.contradictsQuality"));
    }

    @Test
    void raceAndGenderHoldOneOrMoreResponsesAndAReasonForMissingDataStandsAlone() {
        assertThat(violations(MARIA.withRaceAndEthnicity(RaceAndEthnicity.ASIAN, RaceAndEthnicity.WHITE)
                .withGender(Gender.WOMAN, Gender.TRANSGENDER))).isEmpty();
        assertThat(violations(MARIA.withRaceAndEthnicity(RaceAndEthnicity.WHITE, RaceAndEthnicity.DATA_NOT_COLLECTED)
                .withGender())).containsExactly(
                        tuple("details.gender", "jakarta.validation.constraints.NotEmpty.message"),
                        tuple("details.raceAndEthnicity", "caseload.hud.missingDataNotAlone"));
    }

    @Test
    void aliasesAndContactsAreChecked() {
        ClientDetails details = MARIA
                .withAliases(Alias.of("Mary", "Smith"), new Alias(" ", null, null, null),
                        Alias.of("M", "x".repeat(101)))
                .withContact(new Contact("call me", "not-an-email", new Address(" ", null, null, null, null)));

        assertThat(violations(details)).containsExactly(
                tuple("details.aliases[1]", "caseload.anyPartGiven"),
                tuple("details.aliases[2].lastName", "caseload.text.tooLong"),
                tuple("details.contact.address", "caseload.anyPartGiven"),
                tuple("details.contact.email", "jakarta.validation.constraints.Email.message"),
                tuple("details.contact.phone", "caseload.phone.format"));
    }

    @Test
    void everyViolationIsListedAtOnceWithItsMessageAndNeverTheValue() {
        ClientDetails details = new ClientDetails("Maria", null, null, null, NameDataQuality.FULL, List.of(),
                "123-45-6789", SsnDataQuality.DATA_NOT_COLLECTED, LocalDate.of(2031, 5, 6), DobDataQuality.FULL,
                Set.of(), Set.of(Gender.WOMAN), null, null);

        ValidationException failure = catchThrowableOfType(ValidationException.class,
                () -> clients.register(RegisterClient.of(details)));

        assertThat(failure.violations()).extracting(Violation::path, Violation::messageKey, Violation::rejectedValue)
                .containsExactly(
                        tuple("details.dateOfBirth", "caseload.client.dateOfBirth.future", "a LocalDate"),
                        tuple("details.lastName", "caseload.client.name.missing", "null"),
                        tuple("details.raceAndEthnicity", "jakarta.validation.constraints.NotEmpty.message",
                                "a collection of 0 items"),
                        tuple("details.ssn", "caseload.client.ssn.contradictsQuality", "text of 11 characters"),
                        tuple("details.veteranStatus", "jakarta.validation.constraints.NotNull.message", "null"));
        assertThat(failure.violations()).extracting(Violation::message).contains(
                "must be empty with SSN data quality 99, a reason for missing data", "must not be after today");
        assertThat(failure.getMessage()).doesNotContain("123-45-6789").doesNotContain("2031").doesNotContain("Maria");
    }

    @Test
    void veteranStatusIsStoredWithItsHudCode() {
        Client client = clients.register(RegisterClient.of(MARIA.withVeteranStatus(NoYesReasons.YES)));

        assertThat(clients.get(client.id()).details().veteranStatus().code()).isEqualTo(1);
    }

    private List<Tuple> violations(ClientDetails details) {
        try {
            KernelAccess.of(caseload).validate(RegisterClient.of(details));
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> tuple(v.path(), v.messageKey())).toList();
        }
    }
}
