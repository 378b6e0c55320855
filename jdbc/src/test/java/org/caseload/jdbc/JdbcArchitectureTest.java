// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's place in the architecture: beside core, not above it, with one public class. */
class JdbcArchitectureTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caseload.jdbc");

    @Test
    void theStorageDependsOnTheSpiAndNoOtherCaseloadModule() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.caseload.core..", "org.caseload.clients..", "org.caseload.casework..",
                        "org.caseload.ticketing..", "org.caseload.help..", "org.caseload.tck..")
                .check(MAIN_CLASSES);
    }

    @Test
    void noFrameworkIsUsed() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.inject..", "jakarta.enterprise..",
                        "jakarta.servlet..", "org.jdbi..")
                .check(MAIN_CLASSES);
    }

    @Test
    void jdbcStorageAndTheEmbeddedDatabasesOptionsAreTheOnlyPublicTypes() {
        classes().that().doNotHaveSimpleName("JdbcStorage").and().doNotHaveSimpleName("EmbeddedOption")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(MAIN_CLASSES);
    }
}
