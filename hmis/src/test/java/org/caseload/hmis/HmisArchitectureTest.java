// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module's dependency rules: the SPI, Jackson, and of core only what a module contributing
 * stores needs (the in-memory store provider and the versioned-record helpers) and the sealing of
 * SSNs; Jackson kept behind the API.
 */
class HmisArchitectureTest {

    private static final JavaClasses HMIS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caseload.hmis");

    @Test
    void hmisDependsOnTheSpiJacksonAndCoresStoreAndSealingPartsOnly() {
        noClasses().that().resideInAPackage("org.caseload.hmis..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.caseload.hmis..", "org.caseload.spi..",
                        "org.caseload.core.memory..", "org.caseload.core.internal.crypto..", "java..",
                        "com.fasterxml.jackson..")
                .check(HMIS);
    }

    @Test
    void publicMethodsShowNoJacksonType() {
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("org.caseload.hmis").and().arePublic()
                .should().haveRawReturnType(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage("com.fasterxml.."))
                .check(HMIS);
    }
}
