// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.linkage.FieldAgreement.AGREE;
import static org.caseload.linkage.FieldAgreement.DISAGREE;
import static org.caseload.linkage.FieldAgreement.MISSING;
import static org.caseload.linkage.FieldAgreement.PARTIAL;

import java.time.LocalDate;
import org.caseload.linkage.MatchSubject;
import org.junit.jupiter.api.Test;

class EvidenceClassesTest {

    @Test
    void threeAgreeingFieldsOrTheFullSsnAndOneMoreAreRecoverable() {
        // a nickname, the surname and the last four
        assertThat(EvidenceClasses.recoverable(PARTIAL, AGREE, MISSING, PARTIAL)).isTrue();
        // names and a date with a typo, the SSN disagreeing
        assertThat(EvidenceClasses.recoverable(AGREE, AGREE, PARTIAL, DISAGREE)).isTrue();
        // the full SSN and the surname
        assertThat(EvidenceClasses.recoverable(DISAGREE, AGREE, MISSING, AGREE)).isTrue();
    }

    @Test
    void whatDifferentPeopleAlsoShareIsNotRecoverable() {
        // two names and nothing else
        assertThat(EvidenceClasses.recoverable(AGREE, AGREE, MISSING, MISSING)).isFalse();
        // twins: a surname and a date
        assertThat(EvidenceClasses.recoverable(DISAGREE, AGREE, AGREE, MISSING)).isFalse();
        // a date and the last four
        assertThat(EvidenceClasses.recoverable(DISAGREE, DISAGREE, AGREE, PARTIAL)).isFalse();
        // a common surname alone
        assertThat(EvidenceClasses.recoverable(MISSING, AGREE, MISSING, MISSING)).isFalse();
    }

    @Test
    void theReportCountsEachClassAndRecallOverTheRecoverablePairs() {
        LocalDate born = LocalDate.of(1980, 3, 4);
        MatchSubject anna = MatchSubject.builder("1").firstName("Anna").lastName("Kowalski").dateOfBirth(born).build();
        MatchSubject ann = MatchSubject.builder("2").firstName("Ann").lastName("Kowalski").dateOfBirth(born).build();
        MatchSubject undated = MatchSubject.builder("3").firstName("Anna").lastName("Kowalski").build();
        EvidenceClasses classes = new EvidenceClasses();
        classes.add(anna, ann, true, true);
        classes.add(anna, undated, true, false);
        classes.add(ann, undated, false, false);

        String report = classes.report(10);

        assertThat(report).contains("first A last A dob - ssn -").contains("first P last A dob - ssn -")
                .contains("recoverable true pairs 1 of 3")
                .contains("recall 0.3333 over all true pairs, 1.0000 over the recoverable ones");
    }
}
