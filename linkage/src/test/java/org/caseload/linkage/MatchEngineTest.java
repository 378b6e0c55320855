// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MatchEngineTest {

    private final MatchEngine engine = MatchEngine.standard();
    private final MatchModel model = MatchModel.standard();

    private static MatchSubject.Builder person(String id, String first, String last, LocalDate birthDate) {
        return MatchSubject.builder(id).firstName(first).lastName(last).dateOfBirth(birthDate)
                .streetNumber("12").street("Elm Street").city("Springfield").postalCode("62704").state("IL");
    }

    @Test
    void aPreparedSubjectScoresAsTheSubjectItWasPreparedFrom() {
        MatchSubject reading = person("q", "Jon", "Smith", LocalDate.of(1980, 3, 4)).ssn("6789").build();
        List<MatchSubject> others = List.of(
                person("1", "John", "Smith", LocalDate.of(1980, 3, 4)).ssn("123-45-6789").build(),
                person("2", "Smith", "Jon", LocalDate.of(1980, 4, 3)).build(),
                person("3", "Joan", "Smyth", null).middleName("Ann").build(),
                MatchSubject.builder("4").build());
        MatchEngine.Prepared prepared = engine.prepare(reading);

        for (MatchSubject other : others) {
            assertThat(engine.score(model, prepared, engine.prepare(other)))
                    .isEqualTo(engine.score(model, reading, other));
        }
        assertThat(prepared.id()).isEqualTo("q");
        assertThat(prepared.toString()).doesNotContain("Jon").doesNotContain("Smith");
    }

    @Test
    void aPairWeighsWhatItScores() {
        MatchEngine.Prepared reading = engine.prepare(person("q", "Jon", "Smith", LocalDate.of(1980, 3, 4))
                .ssn("6789").build());
        List<MatchSubject> others = List.of(
                person("1", "John", "Smith", LocalDate.of(1980, 3, 4)).ssn("123-45-6789").build(),
                person("2", "Smith", "Jon", LocalDate.of(1980, 4, 3)).build(),
                person("3", "Joan", "Smyth", null).middleName("Ann").build(),
                person("5", "Maria", "Lopez", LocalDate.of(1951, 1, 1)).ssn("987-65-4321").build(),
                MatchSubject.builder("4").build());

        List<Double> weights = new ArrayList<>();
        for (MatchSubject other : others) {
            MatchEngine.Prepared found = engine.prepare(other);
            double weight = engine.weigh(model, reading, found);
            weights.add(weight);
            assertThat(weight).isEqualTo(engine.score(model, reading, found).score());
        }
        assertThat(weights).doesNotHaveDuplicates();
    }

    @Test
    void twinsAreNotProbableDuplicates() {
        LocalDate birthDate = LocalDate.of(2001, 6, 15);
        ScoredPair pair = engine.score(model, person("1", "Anna", "Kowalski", birthDate).build(),
                person("2", "Maria", "Kowalski", birthDate).build());

        assertThat(pair.classification()).isNotEqualTo(MatchClassification.PROBABLE);
        assertThat(pair.agreement(MatchField.FIRST_NAME)).isEqualTo(FieldAgreement.DISAGREE);
    }

    @Test
    void twinsWithTheSameSsnAreOnePerson() {
        LocalDate birthDate = LocalDate.of(2001, 6, 15);
        ScoredPair pair = engine.score(model, person("1", "Anna", "Kowalski", birthDate).ssn("123-45-6789").build(),
                person("2", "Marta", "Kowalski", birthDate).ssn("123456789").build());

        assertThat(pair.classification()).isEqualTo(MatchClassification.PROBABLE);
    }

    @Test
    void twinsLookAlikeButTheLastFourOfTheSsnAgreeingMakeOnePerson() {
        LocalDate birthDate = LocalDate.of(2001, 6, 15);
        ScoredPair lastFour = engine.score(model, person("1", "Anna", "Kowalski", birthDate).ssn("123-45-6789").build(),
                person("2", "Marta", "Kowalski", birthDate).ssn("6789").build());
        ScoredPair consecutive = engine.score(model,
                person("1", "Anna", "Kowalski", birthDate).ssn("123-45-6789").build(),
                person("2", "Marta", "Kowalski", birthDate).ssn("123-45-6788").build());

        assertThat(lastFour.agreement(MatchField.SSN)).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(lastFour.classification()).isEqualTo(MatchClassification.PROBABLE);
        assertThat(consecutive.agreement(MatchField.SSN)).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(consecutive.classification()).isEqualTo(MatchClassification.POSSIBLE);
    }

    @Test
    void aSurnameKeptAsTheMiddleNameAfterMarriagePartlyAgrees() {
        LocalDate birthDate = LocalDate.of(1975, 2, 11);
        MatchSubject before = person("1", "Maria", "Kowalski", birthDate).build();
        MatchSubject after = person("2", "Maria", "Jones", birthDate).middleName("Kowalski").build();
        MatchSubject otherMiddle = person("3", "Maria", "Jones", birthDate).middleName("Ann").build();

        assertThat(engine.score(model, before, after).agreement(MatchField.LAST_NAME)).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(engine.score(model, after, before).agreement(MatchField.LAST_NAME)).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(engine.score(model, before, otherMiddle).agreement(MatchField.LAST_NAME))
                .isEqualTo(FieldAgreement.DISAGREE);
    }

    @Test
    void aJuniorAndASeniorOfOneNameAtOneAddressAreNotProbableDuplicates() {
        ScoredPair pair = engine.score(model, person("1", "James", "Okafor", LocalDate.of(1950, 4, 2)).build(),
                person("2", "James", "Okafor", LocalDate.of(1978, 9, 14)).build());

        assertThat(pair.classification()).isEqualTo(MatchClassification.POSSIBLE);
        assertThat(pair.agreement(MatchField.DATE_OF_BIRTH)).isEqualTo(FieldAgreement.DISAGREE);
    }

    @Test
    void aGenerationApartWithTheSameSsnOrADateTypoIsStillOnePerson() {
        ScoredPair sameSsn = engine.score(model,
                person("1", "James", "Okafor", LocalDate.of(1950, 4, 2)).ssn("123-45-6789").build(),
                person("2", "James", "Okafor", LocalDate.of(1978, 9, 14)).ssn("123-45-6789").build());
        ScoredPair typo = engine.score(model, person("1", "James", "Okafor", LocalDate.of(1978, 9, 14)).build(),
                person("2", "James", "Okafor", LocalDate.of(1987, 9, 14)).build());

        assertThat(sameSsn.classification()).isEqualTo(MatchClassification.PROBABLE);
        assertThat(typo.classification()).isEqualTo(MatchClassification.PROBABLE);
    }

    @Test
    void aDuplicateWithANicknameASurnameTypoAndNoSsnIsProbable() {
        LocalDate birthDate = LocalDate.of(1980, 3, 4);
        ScoredPair pair = engine.score(model,
                MatchSubject.builder("1").firstName("William").lastName("Harrington").dateOfBirth(birthDate).build(),
                MatchSubject.builder("2").firstName("Bill").lastName("Harringtn").dateOfBirth(birthDate).build());

        assertThat(pair.classification()).isEqualTo(MatchClassification.PROBABLE);
        assertThat(pair.agreement(MatchField.FIRST_NAME)).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(pair.agreement(MatchField.LAST_NAME)).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(pair.agreement(MatchField.SSN)).isEqualTo(FieldAgreement.MISSING);
    }

    @Test
    void differentPeopleAreUnlikely() {
        ScoredPair pair = engine.score(model,
                MatchSubject.builder("1").firstName("John").lastName("Smith").dateOfBirth(LocalDate.of(1970, 1, 2)).build(),
                MatchSubject.builder("2").firstName("Amy").lastName("Nguyen").dateOfBirth(LocalDate.of(1991, 8, 30)).build());

        assertThat(pair.classification()).isEqualTo(MatchClassification.UNLIKELY);
    }

    @Test
    void everyFieldIsExplainedInDeclarationOrder() {
        ScoredPair pair = engine.score(model, person("1", "Ann", "Lee", null).build(), person("2", "Ann", "Lee", null).build());

        assertThat(pair.fields()).extracting(FieldComparison::field).containsExactly(MatchField.values());
        assertThat(pair.agreement(MatchField.DATE_OF_BIRTH)).isEqualTo(FieldAgreement.MISSING);
        assertThat(pair.agreement(MatchField.STREET)).isEqualTo(FieldAgreement.AGREE);
    }

    @Test
    void aSmallBlockYieldsEveryPairOnce() {
        List<MatchSubject> subjects = identicalPeople(6);
        List<String> pairs = new ArrayList<>();

        DetectionSummary summary = engine.forEachCandidatePair(subjects, ProgressListener.NONE, () -> false,
                (a, b) -> pairs.add(a.id() + "-" + b.id()));

        assertThat(summary.candidatePairs()).isEqualTo(15);
        assertThat(pairs).doesNotHaveDuplicates().hasSize(15);
    }

    @Test
    void blocksAboveTheCapAreComparedByNeighbourhoodOnly() {
        int cap = 10;
        MatchEngine capped = MatchEngine.builder().maxBlockSize(cap).build();
        List<MatchSubject> subjects = identicalPeople(500);
        Map<String, Integer> partners = new HashMap<>();

        DetectionSummary summary = capped.forEachCandidatePair(subjects, ProgressListener.NONE, () -> false, (a, b) -> {
            partners.merge(a.id(), 1, Integer::sum);
            partners.merge(b.id(), 1, Integer::sum);
        });

        assertThat(summary.candidatePairs()).isLessThan(500L * cap);
        assertThat(partners.values()).allMatch(count -> count < cap);
    }

    @Test
    void progressIsReportedUpToTheTotal() {
        List<long[]> reports = new ArrayList<>();

        engine.findDuplicates(identicalPeople(3000), model, MatchClassification.PROBABLE,
                (done, total) -> reports.add(new long[] {done, total}), () -> false, pair -> { });

        assertThat(reports).hasSizeGreaterThan(1);
        assertThat(reports.get(reports.size() - 1)).containsExactly(3000, 3000);
        assertThat(reports).isSortedAccordingTo((a, b) -> Long.compare(a[0], b[0]));
    }

    @Test
    void cancellationStopsBulkDetectionEarly() {
        AtomicInteger checks = new AtomicInteger();
        List<ScoredPair> found = new ArrayList<>();

        DetectionSummary summary = engine.findDuplicates(identicalPeople(3000), model, MatchClassification.PROBABLE,
                ProgressListener.NONE, () -> checks.incrementAndGet() > 1, found::add);

        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.reportedPairs()).isEqualTo(found.size()).isLessThan(3000L * 99);
    }

    @Test
    void cancellingAnEstimateThrows() {
        assertThatThrownBy(() -> engine.estimateModel(identicalPeople(10), ProgressListener.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    private static List<MatchSubject> identicalPeople(int count) {
        List<MatchSubject> subjects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            subjects.add(person("p" + i, "Sam", "Jones", LocalDate.of(1990, 5, 17)).build());
        }
        return subjects;
    }
}
