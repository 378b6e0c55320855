// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import org.caseload.core.internal.KernelAccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.core.Permission.CLIENT_WRITE;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.caseload.core.Caseload;
import org.caseload.testing.TestIdentity;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.HudCode;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.testing.TestUsers;
import org.caseload.testing.TestClock;

/**
 * For all client details: a record whose values agree with their qualities always validates, and
 * one contradiction put into it always fails, with exactly one violation at the field at fault.
 */
class ClientValidationProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static Caseload caseload;

    @BeforeContainer
    static void start() {
        caseload = Caseload.builder().storage(new InMemoryStorage())
                .identity(new TestIdentity().as(TestUsers.builder("worker", "org-a").permissions(CLIENT_WRITE.key()).build()))
                .clock(TestClock.at(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600)))
                .build();
    }

    @AfterContainer
    static void stop() {
        caseload.close();
    }

    @Property(tries = 300)
    void aGeneratedValidClientAlwaysValidates(@ForAll("validDetails") ClientDetails details) {
        KernelAccess.of(caseload).validate(RegisterClient.of(details));
    }

    @Property(tries = 300)
    void aGeneratedContradictionAlwaysFailsWithTheRightFieldPath(@ForAll("contradictions") Contradiction broken) {
        List<Violation> violations;
        try {
            KernelAccess.of(caseload).validate(RegisterClient.of(broken.details()));
            violations = List.of();
        } catch (ValidationException e) {
            violations = e.violations();
        }

        assertThat(violations).as(broken.toString()).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo(broken.path());
            assertThat(violation.messageKey()).isEqualTo(broken.messageKey());
        });
    }

    /** Valid details broken in one place, and where and how validation must say so. */
    record Contradiction(String what, ClientDetails details, String path, String messageKey) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Provide
    Arbitrary<ClientDetails> validDetails() {
        Arbitrary<ClientDetails> named = Arbitraries.of(NameDataQuality.class).flatMap(quality ->
                Combinators.combine(name(), name(), name(), Arbitraries.of(true, false)).as((first, middle, last, lastOnly) ->
                        switch (quality) {
                            case FULL -> ClientDetails.named(first, last).withName(first, middle, last, null, quality);
                            case PARTIAL -> ClientDetails.named(first, last)
                                    .withName(lastOnly ? null : first, null, lastOnly ? last : null, null, quality);
                            default -> ClientDetails.named(first, last).withName(null, null, null, null, quality);
                        }));
        Arbitrary<ClientDetails> withSsn = Combinators.combine(named, Arbitraries.of(SsnDataQuality.class),
                issuableSsn(), partialSsn()).as((details, quality, full, partial) -> details.withSsn(
                        quality == SsnDataQuality.FULL ? full
                                : quality == SsnDataQuality.APPROXIMATE_OR_PARTIAL ? partial : null, quality));
        Arbitrary<ClientDetails> withDob = Combinators.combine(withSsn, Arbitraries.of(DobDataQuality.class),
                pastDate()).as((details, quality, date) -> details.withDateOfBirth(
                        quality.isMissingData() ? null : date, quality));
        return Combinators.combine(withDob, responses(RaceAndEthnicity.class), responses(Gender.class),
                        Arbitraries.of(NoYesReasons.class), name().injectNull(0.5))
                .as((details, race, gender, veteran, alias) -> details
                        .withRaceAndEthnicity(race.toArray(RaceAndEthnicity[]::new))
                        .withGender(gender.toArray(Gender[]::new))
                        .withVeteranStatus(veteran)
                        .withAliases(alias == null ? new Alias[0] : new Alias[] {Alias.of(null, alias)})
                        .withContact(new Contact("+1 (555) 010-0100", "client@example.org",
                                new Address("1 Main St", null, "Springfield", "IL", "62701"))));
    }

    @Provide
    Arbitrary<Contradiction> contradictions() {
        Arbitrary<ClientDetails> valid = validDetails();
        Arbitrary<SsnDataQuality> ssnReason = Arbitraries.of(SsnDataQuality.class).filter(HudCode::isMissingData);
        Arbitrary<DobDataQuality> dobReason = Arbitraries.of(DobDataQuality.class).filter(HudCode::isMissingData);
        Arbitrary<NameDataQuality> nameReason = Arbitraries.of(NameDataQuality.class).filter(HudCode::isMissingData);
        return Arbitraries.oneOf(
                Combinators.combine(valid, issuableSsn(), ssnReason).as((d, ssn, reason) -> new Contradiction(
                        "an SSN with quality " + reason, d.withSsn(ssn, reason), "details.ssn",
                        "caseload.client.ssn.contradictsQuality")),
                Combinators.combine(valid, invalidSsn()).as((d, ssn) -> new Contradiction(
                        "invalid SSN " + ssn + " with quality 1", d.withSsn(ssn, SsnDataQuality.FULL), "details.ssn",
                        "caseload.client.ssn.invalid")),
                Combinators.combine(valid, partialSsn()).as((d, ssn) -> new Contradiction(
                        "partial SSN " + ssn + " with quality 1", d.withSsn(ssn, SsnDataQuality.FULL), "details.ssn",
                        "caseload.client.ssn.partial")),
                Combinators.combine(valid, name(), nameReason).as((d, first, reason) -> new Contradiction(
                        "a first name with quality " + reason, d.withName(first, null, null, null, reason),
                        "details.firstName", "caseload.client.name.contradictsQuality")),
                Combinators.combine(valid, name()).as((d, first) -> new Contradiction(
                        "a full name without a last name", d.withName(first, null, " ", null, NameDataQuality.FULL),
                        "details.lastName", "caseload.client.name.missing")),
                Combinators.combine(valid, pastDate(), dobReason).as((d, date, reason) -> new Contradiction(
                        "a date of birth with quality " + reason, d.withDateOfBirth(date, reason),
                        "details.dateOfBirth", "caseload.client.dateOfBirth.contradictsQuality")),
                Combinators.combine(valid, Arbitraries.of(DobDataQuality.FULL, DobDataQuality.APPROXIMATE_OR_PARTIAL))
                        .as((d, quality) -> new Contradiction("no date of birth with quality " + quality,
                                d.withDateOfBirth(null, quality), "details.dateOfBirth",
                                "caseload.client.dateOfBirth.missing")),
                Combinators.combine(valid, Arbitraries.integers().between(1, 40_000)).as((d, days) -> new Contradiction(
                        "a date of birth " + days + " days from now", d.withDateOfBirth(TODAY.plusDays(days),
                        DobDataQuality.FULL), "details.dateOfBirth", "caseload.client.dateOfBirth.future")),
                Combinators.combine(valid, Arbitraries.integers().between(1, 40_000)).as((d, days) -> new Contradiction(
                        "a date of birth " + days + " days before 1900", d.withDateOfBirth(
                        LocalDate.of(1900, 1, 1).minusDays(days), DobDataQuality.APPROXIMATE_OR_PARTIAL),
                        "details.dateOfBirth", "caseload.client.dateOfBirth.before1900")),
                Combinators.combine(valid, responses(RaceAndEthnicity.class).filter(r -> !isMissing(r)),
                        Arbitraries.of(RaceAndEthnicity.class).filter(HudCode::isMissingData))
                        .as((d, values, reason) -> new Contradiction("race " + values + " with " + reason,
                                d.withRaceAndEthnicity(with(values, reason).toArray(RaceAndEthnicity[]::new)),
                                "details.raceAndEthnicity", "caseload.hud.missingDataNotAlone")),
                Combinators.combine(valid, responses(Gender.class).filter(g -> !isMissing(g)),
                        Arbitraries.of(Gender.class).filter(HudCode::isMissingData))
                        .as((d, values, reason) -> new Contradiction("gender " + values + " with " + reason,
                                d.withGender(with(values, reason).toArray(Gender[]::new)),
                                "details.gender", "caseload.hud.missingDataNotAlone")));
    }

    /** One reason for missing data, or one or more values. */
    private static <E extends Enum<E> & HudCode> Arbitrary<Set<E>> responses(Class<E> list) {
        return Arbitraries.oneOf(
                Arbitraries.of(list).filter(HudCode::isMissingData).map(Set::of),
                Arbitraries.of(list).filter(response -> !response.isMissingData()).set().ofMinSize(1));
    }

    private static boolean isMissing(Set<? extends HudCode> responses) {
        return responses.stream().anyMatch(HudCode::isMissingData);
    }

    private static <E> List<E> with(Set<E> values, E extra) {
        List<E> all = new ArrayList<>(values);
        all.add(extra);
        return all;
    }

    private static Arbitrary<String> name() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars("ÁéñøÇ -'").ofMinLength(1).ofMaxLength(30)
                .filter(name -> !name.isBlank());
    }

    /** Area 001-899 but 666, group 01-99, serial 0001-9999, not one digit repeated; with or without hyphens. */
    private static Arbitrary<String> issuableSsn() {
        return Combinators.combine(Arbitraries.integers().between(1, 899).filter(area -> area != 666),
                        Arbitraries.integers().between(1, 99), Arbitraries.integers().between(1, 9999),
                        Arbitraries.of("-", ""))
                .as((area, group, serial, separator) -> String.format("%03d%s%02d%s%04d", area, separator, group,
                        separator, serial))
                .filter(ssn -> ssn.replace("-", "").chars().distinct().count() > 1);
    }

    private static Arbitrary<String> invalidSsn() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 9).map(digit -> String.valueOf(digit).repeat(9)),
                Combinators.combine(Arbitraries.of("000", "666"), Arbitraries.strings().numeric().ofLength(6))
                        .as(String::concat),
                Arbitraries.strings().numeric().ofLength(8).map(rest -> "9" + rest),
                Combinators.combine(Arbitraries.strings().numeric().ofLength(3), Arbitraries.strings().numeric()
                        .ofLength(4)).as((area, serial) -> area + "00" + serial),
                Arbitraries.strings().numeric().ofLength(5).map(start -> start + "0000"));
    }

    /** Nine characters, digits and x, with at least one of each. */
    private static Arbitrary<String> partialSsn() {
        return Arbitraries.strings().withChars("0123456789xX").ofLength(9)
                .filter(ssn -> ssn.chars().anyMatch(Character::isDigit) && ssn.toLowerCase(Locale.ROOT).contains("x"));
    }

    private static Arbitrary<LocalDate> pastDate() {
        long days = LocalDate.of(1900, 1, 1).until(TODAY, ChronoUnit.DAYS);
        return Arbitraries.longs().between(0, days).map(LocalDate.of(1900, 1, 1)::plusDays);
    }
}
