// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.MatchField;
import org.caseload.linkage.MatchSubject;
import org.caseload.linkage.NicknameTable;
import org.junit.jupiter.api.Test;

/**
 * {@link PairComparator#pattern} is {@link PairComparator#compare}'s pattern computed another way
 * (no agreement per field): both must give the same levels, and the pattern must hold each
 * field's agreement where {@link ScoringVariable#levelIn} reads it.
 */
class PairComparatorProperties {

    private static final List<String> GIVEN = List.of("john", "jon", "jonathan", "mary", "maria", "smith", "ann");
    private static final List<String> SURNAMES = List.of("smith", "smyth", "lopez", "john", "garcia-lopez", "ann");
    private static final List<String> STREETS = List.of("main st", "main street", "oak ave");

    private final PairComparator comparator = new PairComparator(NicknameTable.standard());

    @Property(tries = 2_000)
    void thePatternAloneIsTheComparisonsPattern(@ForAll("subjects") MatchSubject a,
            @ForAll("subjects") MatchSubject b) {
        PreparedSubject preparedA = PreparedSubject.of(a);
        PreparedSubject preparedB = PreparedSubject.of(b);
        Comparison comparison = comparator.compare(preparedA, preparedB);

        assertThat(comparator.pattern(preparedA, preparedB)).isEqualTo(comparison.pattern());
        for (MatchField field : List.of(MatchField.FIRST_NAME, MatchField.MIDDLE_NAME, MatchField.LAST_NAME,
                MatchField.DATE_OF_BIRTH, MatchField.SSN, MatchField.IDENTIFIER, MatchField.GENDER)) {
            ScoringVariable variable = ScoringVariable.valueOf(field.name());
            assertThat(variable.levelIn(comparison.pattern())).as(field.name())
                    .isEqualTo(comparison.fields()[field.ordinal()].ordinal());
        }
    }

    @Test
    void everyAddressComponentAloneIsComparedAsAnAddress() {
        List<MatchSubject> single = List.of(
                MatchSubject.builder("a").streetNumber("12").build(),
                MatchSubject.builder("a").street("Main St").build(),
                MatchSubject.builder("a").addressLine2("Apt 4").build(),
                MatchSubject.builder("a").city("Springfield").build(),
                MatchSubject.builder("a").postalCode("12345").build(),
                MatchSubject.builder("a").state("NY").build());

        for (int component = 0; component < single.size(); component++) {
            PreparedSubject prepared = PreparedSubject.of(single.get(component));

            assertThat(AddressComparator.overall(prepared, prepared)).as("component %d", component)
                    .isNotEqualTo(FieldAgreement.MISSING);
            assertThat(ScoringVariable.ADDRESS.levelIn(comparator.pattern(prepared, prepared)))
                    .isNotEqualTo(FieldAgreement.MISSING.ordinal());
            assertThat(AddressComparator.overall(prepared, PreparedSubject.of(MatchSubject.builder("b").build())))
                    .isEqualTo(FieldAgreement.MISSING);
        }
    }

    @Provide
    Arbitrary<MatchSubject> subjects() {
        Arbitrary<String> given = Arbitraries.of(GIVEN).injectNull(0.2);
        Arbitrary<String> surnames = Arbitraries.of(SURNAMES).injectNull(0.1);
        Arbitrary<LocalDate> birthDates = Arbitraries.of(LocalDate.of(1980, 3, 4), LocalDate.of(1980, 4, 3),
                LocalDate.of(1981, 3, 4), LocalDate.of(1951, 1, 1)).injectNull(0.3);
        Arbitrary<String> ssns = Arbitraries.of("123-45-6789", "123-45-6780", "6789", "987-65-4321").injectNull(0.4);
        Arbitrary<String> streets = Arbitraries.of(STREETS).injectNull(0.5);
        Arbitrary<String> cities = Arbitraries.of("Springfield", "Shelbyville").injectNull(0.5);
        Arbitrary<String> states = Arbitraries.of("NY", "NJ").injectNull(0.5);
        Arbitrary<String> others = Arbitraries.of("A1", "A2").injectNull(0.7);
        Arbitrary<String> genders = Arbitraries.of("woman", "man").injectNull(0.4);
        Arbitrary<MatchSubject> people = Combinators.combine(given, given.injectNull(0.5), surnames, birthDates, ssns,
                others, genders).as((first, middle, last, birthDate, ssn, other, gender) -> MatchSubject.builder("s")
                        .firstName(first).middleName(middle).lastName(last).dateOfBirth(birthDate).ssn(ssn)
                        .identifier(other).gender(gender).build());
        Arbitrary<List<String>> aliasLists = Arbitraries.of(List.of(), List.of("Ann Smyth"));
        return Combinators.combine(people, streets, cities, states, aliasLists)
                .as((person, street, city, state, aliases) -> MatchSubject.builder(person.id())
                        .firstName(person.firstName()).middleName(person.middleName()).lastName(person.lastName())
                        .dateOfBirth(person.dateOfBirth()).ssn(person.ssn()).identifier(person.identifier())
                        .gender(person.gender()).aliases(aliases).street(street).city(city).state(state).build());
    }
}
