// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseload.linkage.internal.DateOfBirthComparator;
import org.caseload.linkage.internal.IdentifierComparator;
import org.caseload.linkage.internal.NameComparator;
import org.caseload.linkage.internal.PreparedSubject;
import org.junit.jupiter.api.Test;

class ComparatorsTest {

    private final NameComparator names = new NameComparator(NicknameTable.standard());

    @Test
    void namesAgreeWhenEqualAndPartlyOnATypoANicknameOrAnInitial() {
        assertThat(names.compareGivenNames("katherine", "katherine")).isEqualTo(FieldAgreement.AGREE);
        assertThat(names.compareGivenNames("katherine", "katherien")).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(names.compareGivenNames("william", "bill")).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(names.compareGivenNames("j", "john")).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(names.compareGivenNames("john", "mary")).isEqualTo(FieldAgreement.DISAGREE);
        assertThat(names.compareGivenNames("", "mary")).isEqualTo(FieldAgreement.MISSING);
    }

    @Test
    void jaroWinklerCloseSurnamesPartlyAgree() {
        assertThat(NameComparator.isClose("harrington", "harringtn")).isTrue();
        assertThat(NameComparator.isClose("harrington", "menzies")).isFalse();
    }

    @Test
    void datesPartlyAgreeOnSwappedDayAndMonthOrOneDigitTypo() {
        assertThat(compareDates(LocalDate.of(1980, 3, 4), LocalDate.of(1980, 3, 4))).isEqualTo(FieldAgreement.AGREE);
        assertThat(compareDates(LocalDate.of(1980, 3, 4), LocalDate.of(1980, 4, 3))).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(compareDates(LocalDate.of(1980, 3, 4), LocalDate.of(1986, 3, 4))).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(compareDates(LocalDate.of(1980, 3, 14), LocalDate.of(1980, 3, 11))).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(compareDates(LocalDate.of(1980, 3, 4), LocalDate.of(1975, 11, 20))).isEqualTo(FieldAgreement.DISAGREE);
        assertThat(compareDates(LocalDate.of(1980, 3, 4), null)).isEqualTo(FieldAgreement.MISSING);
    }

    @Test
    void anApproximateDateOfBirthComparesByItsYearGiveOrTakeOne() {
        LocalDate full = LocalDate.of(1980, 9, 25);

        assertThat(compareApproximate(full, LocalDate.of(1980, 1, 1))).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(compareApproximate(full, LocalDate.of(1981, 1, 1))).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(compareApproximate(full, LocalDate.of(1983, 1, 1))).isEqualTo(FieldAgreement.DISAGREE);
        // Equal to the day, an approximate date still says only the year.
        assertThat(compareApproximate(full, full)).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(compareApproximate(full, null)).isEqualTo(FieldAgreement.MISSING);
        // Without the mark, 1980-01-01 against 1980-09-25 is a disagreement.
        assertThat(compareDates(full, LocalDate.of(1980, 1, 1))).isEqualTo(FieldAgreement.DISAGREE);
    }

    @Test
    void ssnsPartlyAgreeOnOneWrongDigitOrTwoSwappedDigits() {
        assertThat(compareSsns("123456789", "123456789")).isEqualTo(FieldAgreement.AGREE);
        assertThat(compareSsns("123456789", "123456780")).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(compareSsns("123456789", "123546789")).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(compareSsns("123456789", "821456739")).isEqualTo(FieldAgreement.DISAGREE);
        assertThat(compareSsns("123456789", "6789")).isEqualTo(FieldAgreement.PARTIAL);
        assertThat(compareSsns("123456789", "234987651")).isEqualTo(FieldAgreement.DISAGREE);
    }

    @Test
    void invalidSsnsAreMissing() {
        assertThat(compareSsns("123456789", "666456789")).isEqualTo(FieldAgreement.MISSING);
        assertThat(compareSsns("999999999", "999999999")).isEqualTo(FieldAgreement.MISSING);
    }

    private static FieldAgreement compareDates(LocalDate a, LocalDate b) {
        return DateOfBirthComparator.compare(prepared(MatchSubject.builder("a").dateOfBirth(a)),
                prepared(MatchSubject.builder("b").dateOfBirth(b)));
    }

    private static FieldAgreement compareApproximate(LocalDate full, LocalDate approximate) {
        return DateOfBirthComparator.compare(prepared(MatchSubject.builder("a").dateOfBirth(full)),
                prepared(MatchSubject.builder("b").dateOfBirth(approximate).dateOfBirthApproximate(true)));
    }

    private static FieldAgreement compareSsns(String a, String b) {
        return IdentifierComparator.compareSsns(prepared(MatchSubject.builder("a").ssn(a)),
                prepared(MatchSubject.builder("b").ssn(b)));
    }

    private static PreparedSubject prepared(MatchSubject.Builder builder) {
        return PreparedSubject.of(builder.build());
    }
}
