// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.stream.Stream;

@AnalyzeClasses(packages = "org.caseload.ticketing", importOptions = ImportOption.DoNotIncludeTests.class)
class TicketingArchitectureTest {

    @ArchTest
    static final ArchRule ticketingDependsOnNeitherHelpNorExamples = noClasses()
            .that().resideInAPackage("org.caseload.ticketing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.caseload.help..", "org.caseload.examples..");

    /** Except the kernel, which ticketing reaches through {@code KernelAccess} in core's internal package. */
    @ArchTest
    static final ArchRule ticketingUsesNoOtherModulesInternals = noClasses()
            .that().resideInAPackage("org.caseload.ticketing..")
            .should().dependOnClassesThat(resideInAPackage("..internal..")
                    .and(not(resideInAPackage("org.caseload.ticketing..internal..")))
                    .and(not(resideInAPackage("org.caseload.core.internal.."))));

    @ArchTest
    static final ArchRule publicApiExposesNoInternalType = codeUnits()
            .that().arePublic()
            .and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat().resideInAPackage("org.caseload.ticketing..")
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .should(exposeNoInternalType());

    private static ArchCondition<JavaCodeUnit> exposeNoInternalType() {
        return new ArchCondition<>("expose no type of an internal package in their signature") {
            @Override
            public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
                Stream.concat(Stream.of(codeUnit.getReturnType()), codeUnit.getParameterTypes().stream())
                        .map(JavaType::getAllInvolvedRawTypes)
                        .flatMap(Set::stream)
                        .filter(type -> type.getPackageName().contains(".internal"))
                        .map(JavaClass::getName)
                        .forEach(type -> events.add(SimpleConditionEvent.violated(codeUnit,
                                codeUnit.getFullName() + " exposes " + type)));
            }
        };
    }
}
