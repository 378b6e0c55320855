// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caseload.benchmarks.generator.HmisClientGenerator.Generated;
import org.caseload.benchmarks.generator.HmisClientGenerator.Setting;
import org.junit.jupiter.api.Test;

class HmisClientGeneratorTest {

    private static final int ROWS = 10_000;
    private static final Generated STANDARD = HmisClientGenerator.generate(1, ROWS, Setting.STANDARD);
    private static final Generated VARIED = HmisClientGenerator.generate(1, ROWS, Setting.VARIED);

    @Test
    void theStandardSettingIsTheGeneratorAsFirstMeasured() {
        // docs/benchmarks.md, "The generator": the counts of seed 1 at 10,000 rows.
        assertThat(STANDARD.people()).isEqualTo(7_413);
        assertThat(STANDARD.counts().byKind()).containsEntry("nickname", 298L).containsEntry("married name", 41L)
                .containsEntry("twins", 100L).containsEntry("junior and senior", 110L);
        assertThat(HmisClientGenerator.generate(1, ROWS).records().hashCode()).isEqualTo(1_344_107_618);
    }

    @Test
    void eachSettingIsDeterministicBySeed() {
        assertThat(HmisClientGenerator.generate(1, ROWS, Setting.VARIED).records().equals(VARIED.records())).isTrue();
        assertThat(HmisClientGenerator.generate(2, ROWS, Setting.VARIED).records().equals(VARIED.records())).isFalse();
    }

    @Test
    void theVariedSettingHasMoreSlipsOfEveryKind() {
        Map<String, Long> standard = STANDARD.counts().byKind();
        Map<String, Long> varied = VARIED.counts().byKind();

        assertThat(varied.get("first-name typo")).isGreaterThan(standard.get("first-name typo") * 3 / 2);
        assertThat(varied.get("surname typo")).isGreaterThan(standard.get("surname typo") * 3 / 2);
        assertThat(varied.get("married name")).isGreaterThan(standard.get("married name") * 2);
        assertThat(varied.get("date of birth missing")).isGreaterThan(standard.get("date of birth missing"));
        assertThat(varied).containsKeys("second typo in a name", "first and last name exchanged", "surname only",
                "first name changed", "families", "born on 1 January (placeholder day)");
        assertThat(standard).doesNotContainKeys("second typo in a name", "families");
    }

    @Test
    void familyMembersShareASurnameButAreOtherPeople() {
        assertThat(VARIED.counts().byKind().get("family members")).isGreaterThan(500L);
        assertThat(VARIED.counts().byKind().get("family members born on one day")).isPositive();
        assertThat(peopleSharingASurname(VARIED)).isGreaterThan(VARIED.people() / 2);
    }

    @Test
    void sharedDatesOfBirthAreCommonerInTheVariedSetting() {
        assertThat(newYearsDayBirths(VARIED)).isGreaterThan(2 * newYearsDayBirths(STANDARD));
    }

    @Test
    void everyMissingValueCarriesAMissingDataCodeAndEveryValueAKnownOne() {
        for (GeneratedRecord row : VARIED.records()) {
            if (row.firstName() == null && row.lastName() == null) {
                assertThat(row.nameQuality()).isIn(8, 9, 99);
            } else if (row.firstName() == null) {
                assertThat(row.nameQuality()).isEqualTo(2);
            } else {
                assertThat(row.nameQuality()).isEqualTo(1);
            }
            if (row.dateOfBirth() == null) {
                assertThat(row.dobQuality()).isIn(8, 9, 99);
            } else {
                assertThat(row.dobQuality()).isIn(1, 2);
            }
            if (row.ssn() == null) {
                assertThat(row.ssnQuality()).isIn(8, 9, 99);
            } else {
                assertThat(row.ssnQuality()).isEqualTo(row.ssn().startsWith("x") ? 2 : 1);
            }
        }
    }

    @Test
    void theTruthCountsEveryPairOfOnePerson() {
        List<GeneratedRecord> rows = VARIED.records();
        Map<Long, Long> sizes = new HashMap<>();
        rows.forEach(row -> sizes.merge(row.person(), 1L, Long::sum));

        assertThat(VARIED.truePairs()).isEqualTo(sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum());
        assertThat(rows).hasSize(ROWS);
    }

    /** People whose surname, as on any of their records, another person has too. */
    private static long peopleSharingASurname(Generated generated) {
        Map<String, Set<Long>> peopleBySurname = new HashMap<>();
        generated.records().stream().filter(row -> row.lastName() != null)
                .forEach(row -> peopleBySurname.computeIfAbsent(row.lastName().toLowerCase(Locale.ROOT),
                        name -> new HashSet<>()).add(row.person()));
        return peopleBySurname.values().stream().filter(people -> people.size() > 1).mapToLong(Set::size).sum();
    }

    private static long newYearsDayBirths(Generated generated) {
        return generated.records().stream().map(GeneratedRecord::dateOfBirth)
                .filter(date -> date != null && date.getDayOfMonth() == 1 && date.getMonthValue() == 1
                        && !date.equals(LocalDate.of(date.getYear(), 1, 1).plusDays(1)))
                .count();
    }
}
