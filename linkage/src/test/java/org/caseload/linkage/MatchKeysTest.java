// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchKeysTest {

    private final MatchEngine engine = MatchEngine.standard();

    private Set<String> keys(MatchSubject.Builder builder) {
        return engine.matchKeys(builder.build());
    }

    @Test
    void nameKeysAreNormalizedTokens() {
        assertThat(keys(MatchSubject.builder("1").firstName("José").lastName("García-López")))
                .contains("name:jose", "name:garcia", "name:lopez");
    }

    @Test
    void soundAlikeNamesSharePhoneticKeys() {
        Set<String> smith = phoneticKeys(keys(MatchSubject.builder("1").lastName("Smith")));
        Set<String> smyth = phoneticKeys(keys(MatchSubject.builder("2").lastName("Smyth")));

        assertThat(smith).isNotEmpty();
        assertThat(smith).containsAnyElementsOf(smyth);
    }

    @Test
    void nicknameKeysAreSharedOnlyByRelatedNames() {
        Set<String> william = keys(MatchSubject.builder("1").firstName("William"));
        Set<String> bill = keys(MatchSubject.builder("2").firstName("Bill"));
        Set<String> robert = keys(MatchSubject.builder("3").firstName("Robert"));

        assertThat(shared(william, bill)).contains("nick:bill|william");
        assertThat(shared(william, robert)).noneMatch(key -> key.startsWith("nick:"));
    }

    @Test
    void dateOfBirthKeysIncludeTheSwappedDayAndMonthAndTheYear() {
        Set<String> keys = keys(MatchSubject.builder("1").dateOfBirth(LocalDate.of(1980, 3, 4)));

        assertThat(keys).contains("dob:19800304", "dob:19800403", "yob:1980");
        assertThat(shared(keys, keys(MatchSubject.builder("2").dateOfBirth(LocalDate.of(1980, 4, 3)))))
                .contains("dob:19800304", "dob:19800403");
    }

    @Test
    void aDayAboveTwelveHasNoSwappedKey() {
        assertThat(keys(MatchSubject.builder("1").dateOfBirth(LocalDate.of(1980, 3, 24))))
                .filteredOn(key -> key.startsWith("dob:")).containsExactly("dob:19800324");
    }

    @Test
    void aValidSsnGivesFullAndLastFourKeysWithoutItsDigits() {
        Set<String> keys = keys(MatchSubject.builder("1").ssn("123-45-6789"));

        assertThat(keys).anyMatch(key -> key.startsWith("ssn:")).anyMatch(key -> key.startsWith("ssn4:"));
        assertThat(keys).noneMatch(key -> key.contains("6789"));
        assertThat(shared(keys, keys(MatchSubject.builder("2").ssn("6789"))))
                .singleElement().asString().startsWith("ssn4:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"111111111", "000456789", "666456789", "912456789", "123006789", "123450000", "12345678"})
    void anInvalidSsnGivesNoSsnKey(String ssn) {
        assertThat(keys(MatchSubject.builder("1").ssn(ssn))).noneMatch(key -> key.startsWith("ssn"));
    }

    private static Set<String> phoneticKeys(Set<String> keys) {
        Set<String> phonetic = new HashSet<>(keys);
        phonetic.removeIf(key -> !key.startsWith("phon:"));
        return phonetic;
    }

    private static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared;
    }
}
