// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BulkDetectionTest {

    private static final String[] FIRST = {"maria", "james", "john", "robert", "linda", "susan", "karen", "david",
        "thomas", "nancy", "lisa", "betty", "daniel", "paul", "mark", "sandra", "donna", "carol", "ruth", "sharon"};
    private static final List<MatchSubject> PEOPLE = people(3_000, 11);

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        List<String> one = detect(MatchEngine.standard(), PEOPLE, 1);
        List<String> three = detect(MatchEngine.standard(), PEOPLE, 3);

        assertThat(one).isNotEmpty().isEqualTo(three);
    }

    @Test
    void eachPairIsComparedAndReportedOnce() {
        List<String> pairs = detect(MatchEngine.standard(), PEOPLE, 2);
        DetectionSummary summary = MatchEngine.standard().detect(PEOPLE, MatchClassification.POSSIBLE, 2,
                ProgressListener.NONE, () -> false, pair -> { });

        assertThat(new HashSet<>(pairs)).hasSameSizeAs(pairs);
        assertThat(summary.candidatePairs()).isLessThan(PEOPLE.size() * 5L);
    }

    @Test
    void keysHeldByTooManyRecordsAreDroppedAndCounted() {
        DetectionSummary capped = MatchEngine.builder().maxKeyFrequency(2).build().detect(PEOPLE,
                MatchClassification.PROBABLE, 2, ProgressListener.NONE, () -> false, pair -> { });
        DetectionSummary open = MatchEngine.standard().detect(PEOPLE, MatchClassification.PROBABLE, 2,
                ProgressListener.NONE, () -> false, pair -> { });

        assertThat(open.droppedKeys()).isZero();
        assertThat(capped.droppedKeys()).isPositive();
        assertThat(capped.candidatePairs()).isLessThan(open.candidatePairs());
    }

    @Test
    void aPairBudgetBoundsThePairsOfEveryRecord() {
        DetectionSummary budgeted = MatchEngine.builder().pairBudget(1).build().detect(PEOPLE,
                MatchClassification.PROBABLE, 2, ProgressListener.NONE, () -> false, pair -> { });

        assertThat(budgeted.candidatePairs()).isLessThanOrEqualTo(PEOPLE.size());
    }

    @Test
    void agreeingOnARareSurnameWeighsMoreThanOnACommonOne() {
        List<MatchSubject> subjects = new ArrayList<>(PEOPLE);
        LocalDate born = LocalDate.of(1970, 6, 15);
        for (int i = 0; i < 300; i++) {
            subjects.add(MatchSubject.builder("smith-" + i).firstName(FIRST[i % FIRST.length] + i).lastName("Smith")
                    .dateOfBirth(born.minusDays(1 + i)).build());
        }
        subjects.add(MatchSubject.builder("common-1").firstName("Maria").lastName("Smith").dateOfBirth(born).build());
        subjects.add(MatchSubject.builder("common-2").firstName("Maria").lastName("Smith").dateOfBirth(born).build());
        subjects.add(MatchSubject.builder("rare-1").firstName("Maria").lastName("Okonkwo").dateOfBirth(born).build());
        subjects.add(MatchSubject.builder("rare-2").firstName("Maria").lastName("Okonkwo").dateOfBirth(born).build());
        List<ScoredPair> found = new ArrayList<>();

        MatchEngine.standard().detect(subjects, MatchClassification.POSSIBLE, 2, ProgressListener.NONE, () -> false,
                found::add);

        double common = found.stream().filter(pair -> pair.idA().startsWith("common")).findFirst().orElseThrow()
                .score();
        double rare = found.stream().filter(pair -> pair.idA().startsWith("rare")).findFirst().orElseThrow().score();
        assertThat(rare).isGreaterThan(common + 3);
    }

    @Test
    void pairsWithTwoSlipsOnTheKeyFieldsStillMeet() {
        LocalDate born = LocalDate.of(1971, 5, 17);
        MatchSubject original = MatchSubject.builder("original").firstName("Katherine").lastName("Vorobyeva")
                .dateOfBirth(born).build();
        List<MatchSubject> slipped = List.of(
                // a wrong month and a surname misspelt past its first letters
                MatchSubject.builder("month-and-typo").firstName("Katherine").lastName("Vorobjewa")
                        .dateOfBirth(born.withMonth(8)).build(),
                // names the other way round, one of them misspelt
                MatchSubject.builder("swapped").firstName("Vorobyeva").lastName("Kathrine").dateOfBirth(born).build(),
                // no date, and a typo at the end of the first name
                MatchSubject.builder("undated-typo").firstName("Katherien").lastName("Vorobyeva").build(),
                // an approximate date and a sound-alike first name: the year and both name sounds are left
                MatchSubject.builder("approximate").firstName("Katharine").lastName("Vorobyeva")
                        .dateOfBirth(LocalDate.of(1971, 1, 1)).dateOfBirthApproximate(true).build(),
                // an approximate date and a surname misspelt past its first letters: an approximate
                // date blocks as no date, so the first name's sound and the surname's first letters meet
                MatchSubject.builder("approximate-typo").firstName("Katherine").lastName("Vorobjewa")
                        .dateOfBirth(LocalDate.of(1971, 1, 1)).dateOfBirthApproximate(true).build());
        for (MatchSubject other : slipped) {
            List<MatchSubject> subjects = new ArrayList<>(PEOPLE);
            subjects.add(original);
            subjects.add(other);
            Set<String> candidates = new HashSet<>();
            MatchEngine.builder().thresholds(new MatchThresholds(0.5, Double.MIN_VALUE)).build().detect(subjects,
                    MatchClassification.POSSIBLE, 2, ProgressListener.NONE, () -> false,
                    pair -> candidates.add(pair.idA() + '|' + pair.idB()));

            assertThat(candidates).as(other.id()).containsAnyOf("original|" + other.id(), other.id() + "|original");
        }
    }

    @Test
    void progressCountsPairsAndEndsAtTwiceTheRecords() {
        List<long[]> progress = new ArrayList<>();
        long[] pairs = {0};
        MatchEngine.PairProgress listener = new MatchEngine.PairProgress() {
            @Override
            public void onProgress(long done, long total) {
                progress.add(new long[] {done, total});
            }

            @Override
            public void onPairs(long compared) {
                pairs[0] = compared;
            }
        };

        DetectionSummary summary = MatchEngine.standard().detect(PEOPLE, MatchClassification.PROBABLE, 2, listener,
                () -> false, pair -> { });

        assertThat(progress.get(progress.size() - 1)).containsExactly(2L * PEOPLE.size(), 2L * PEOPLE.size());
        assertThat(pairs[0]).isEqualTo(summary.candidatePairs());
    }

    private static List<String> detect(MatchEngine engine, List<MatchSubject> subjects, int threads) {
        List<String> pairs = new ArrayList<>();
        engine.detect(subjects, MatchClassification.POSSIBLE, threads, ProgressListener.NONE, () -> false,
                pair -> pairs.add(pair.idA() + '|' + pair.idB() + '|' + pair.score()));
        return pairs;
    }

    /** People with made-up surnames, a third of them entered twice, some with a typo. */
    private static List<MatchSubject> people(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<MatchSubject> subjects = new ArrayList<>();
        Set<String> ssns = new HashSet<>();
        for (int p = 0; p < count; p++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = syllable(random) + syllable(random) + (random.nextBoolean() ? "son" : "ez");
            LocalDate born = LocalDate.of(1940 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String ssn = String.format("%03d%02d%04d", 100 + random.nextInt(600), 10 + random.nextInt(89),
                    1000 + random.nextInt(8999));
            if (!ssns.add(ssn)) {
                ssn = null;
            }
            subjects.add(MatchSubject.builder("p" + p + "a").firstName(first).lastName(last).dateOfBirth(born)
                    .ssn(ssn).build());
            if (random.nextInt(3) == 0) {
                String typed = random.nextBoolean() ? last : last.substring(0, last.length() - 1);
                subjects.add(MatchSubject.builder("p" + p + "b").firstName(first).lastName(typed)
                        .dateOfBirth(random.nextInt(5) == 0 ? null : born).ssn(random.nextBoolean() ? ssn : null)
                        .build());
            }
        }
        return subjects;
    }

    private static String syllable(SplittableRandom random) {
        String[] onsets = {"b", "d", "k", "l", "m", "n", "r", "t", "v", "z"};
        String[] vowels = {"a", "e", "i", "o", "u"};
        return onsets[random.nextInt(onsets.length)] + vowels[random.nextInt(vowels.length)];
    }
}
