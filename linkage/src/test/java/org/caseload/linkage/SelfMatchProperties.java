// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SelfMatchProperties {

    private final MatchEngine engine = MatchEngine.standard();

    @Property
    void aRecordAlwaysMatchesItselfAsProbable(@ForAll("subjects") MatchSubject subject) {
        ScoredPair pair = engine.score(MatchModel.standard(), subject, subject);

        assertThat(pair.classification()).isEqualTo(MatchClassification.PROBABLE);
        assertThat(pair.fields()).noneMatch(field -> field.agreement() == FieldAgreement.DISAGREE
                || field.agreement() == FieldAgreement.PARTIAL);
    }

    @Provide
    Arbitrary<MatchSubject> subjects() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').withChars('é', '-', '\'', ' ')
                .ofMinLength(1).ofMaxLength(14).filter(name -> name.chars().anyMatch(Character::isLetter));
        Arbitrary<LocalDate> birthDates = Arbitraries.integers().between(0, 40_000)
                .map(days -> LocalDate.of(1920, 1, 1).plusDays(days)).injectNull(0.3);
        Arbitrary<String> ssns = Arbitraries.strings().numeric().ofLength(9).injectNull(0.5);
        Arbitrary<String> middles = names.injectNull(0.6);
        return Combinators.combine(names, middles, names, birthDates, ssns).as((first, middle, last, birthDate, ssn) ->
                MatchSubject.builder("id").firstName(first).middleName(middle).lastName(last)
                        .dateOfBirth(birthDate).ssn(ssn).build());
    }
}
