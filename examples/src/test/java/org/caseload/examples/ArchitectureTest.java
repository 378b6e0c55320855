// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the whole library, checked over every module's main classes: arrows point
 * down only (examples to the domain modules and storage adapters, those to core, core to the SPI),
 * nothing depends on the examples, and no public signature exposes an internal type.
 */
class ArchitectureTest {

    private static JavaClasses library;

    @BeforeAll
    static void importLibrary() {
        library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.caseload");
    }

    @Test
    void dependenciesPointDownOnly() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("SPI").definedBy("org.caseload.spi..")
                .layer("Core").definedBy("org.caseload.core..", "org.caseload.clients..", "org.caseload.casework..")
                .layer("Ticketing").definedBy("org.caseload.ticketing..")
                .layer("Help").definedBy("org.caseload.help..")
                .layer("Jdbc").definedBy("org.caseload.jdbc..")
                .layer("Examples").definedBy("org.caseload.examples..")
                .whereLayer("Examples").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ticketing").mayOnlyBeAccessedByLayers("Examples")
                .whereLayer("Help").mayOnlyBeAccessedByLayers("Examples")
                .whereLayer("Jdbc").mayOnlyBeAccessedByLayers("Examples")
                .whereLayer("Core").mayOnlyBeAccessedByLayers("Ticketing", "Help", "Examples")
                .check(library);
    }

    @Test
    void theSpiKnowsNoImplementation() {
        noClasses().that().resideInAPackage("org.caseload.spi..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "org.caseload.spi..", "java..", "jakarta.validation..")
                .check(library);
    }

    @Test
    void noLibraryModuleDependsOnAFramework() {
        noClasses().that().resideOutsideOfPackage("org.caseload.examples..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.inject..", "jakarta.enterprise..", "jakarta.servlet..",
                        "javax.servlet..")
                .check(library);
    }

    @Test
    void noPublicSignatureExposesAnInternalType() {
        classes().that().arePublic().and().resideOutsideOfPackage("..internal..")
                .should(exposeNoInternalTypes())
                .check(library);
    }

    private static ArchCondition<JavaClass> exposeNoInternalTypes() {
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe("internal",
                type -> type.getPackageName().contains(".internal"));
        return new ArchCondition<>("expose no internal type in a public or protected signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnit member : visible(type.getCodeUnits().stream())) {
                    List<JavaClass> signature = new ArrayList<>(member.getRawParameterTypes());
                    signature.add(member.getRawReturnType());
                    signature.addAll(member.getExceptionTypes());
                    signature.stream().filter(internal).forEach(exposed -> events.add(SimpleConditionEvent.violated(
                            member, member.getFullName() + " exposes internal type " + exposed.getName())));
                }
                for (JavaField field : visible(type.getFields().stream())) {
                    if (internal.test(field.getRawType())) {
                        events.add(SimpleConditionEvent.violated(field,
                                field.getFullName() + " exposes internal type " + field.getRawType().getName()));
                    }
                }
                type.getRawSuperclass().filter(internal).ifPresent(parent -> events.add(SimpleConditionEvent.violated(
                        type, type.getName() + " extends internal type " + parent.getName())));
            }
        };
    }

    private static <M extends com.tngtech.archunit.core.domain.JavaMember> List<M> visible(Stream<M> members) {
        return members.filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)
                || m.getModifiers().contains(JavaModifier.PROTECTED)).toList();
    }
}
