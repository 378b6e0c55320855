// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The module's dependency rules and the shape of its public API. */
class HelpArchitectureTest {

    private static final String INTERNAL = "org.caseload.help.internal..";
    /** Packages whose types stay behind the public API: the module's implementation, its JSON parser and Lucene. */
    private static final List<String> IMPLEMENTATION_PACKAGES = List.of("org.caseload.help.internal", "com.fasterxml",
            "org.apache.lucene");
    private static final JavaClasses HELP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caseload.help");

    @Test
    void helpDependsOnNeitherTicketingNorTheExamples() {
        noClasses().that().resideInAPackage("org.caseload.help..")
                .should().dependOnClassesThat().resideInAnyPackage("org.caseload.ticketing..", "org.caseload.examples..")
                .check(HELP);
    }

    /** Except the kernel, which help reaches through {@code KernelAccess} in core's internal package. */
    @Test
    void helpUsesNoOtherModulesInternalsButTheKernel() {
        noClasses().that().resideInAPackage("org.caseload.help..")
                .should().dependOnClassesThat(resideInAPackage("..internal..")
                        .and(not(resideInAPackage(INTERNAL)))
                        .and(not(resideInAPackage("org.caseload.core.internal.."))))
                .check(HELP);
    }

    @Test
    void publicTypesExposeNoImplementationTypes() {
        classes().that().resideInAPackage("org.caseload.help")
                .and().arePublic()
                .should(exposeOnlyApiTypes())
                .check(HELP);
    }

    /** Checks every signature a caller sees: supertypes, and the types of visible members, generics and throws included. */
    private static ArchCondition<JavaClass> exposeOnlyApiTypes() {
        return new ArchCondition<>("expose no type of " + IMPLEMENTATION_PACKAGES + " in a public signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaClass exposed : exposedTypes(type)) {
                    if (IMPLEMENTATION_PACKAGES.stream().anyMatch(exposed.getPackageName()::startsWith)) {
                        events.add(SimpleConditionEvent.violated(type,
                                type.getName() + " exposes " + exposed.getName()));
                    }
                }
            }
        };
    }

    private static List<JavaClass> exposedTypes(JavaClass type) {
        List<JavaType> signatures = new ArrayList<>();
        type.getSuperclass().ifPresent(signatures::add);
        signatures.addAll(type.getInterfaces());
        for (JavaCodeUnit member : type.getCodeUnits()) {
            if (isVisible(member.getModifiers())) {
                signatures.add(member.getReturnType());
                signatures.addAll(member.getParameterTypes());
                signatures.addAll(member.getThrowsClause().getTypes());
            }
        }
        for (JavaField field : type.getFields()) {
            if (isVisible(field.getModifiers())) {
                signatures.add(field.getType());
            }
        }
        return signatures.stream().flatMap(signature -> signature.getAllInvolvedRawTypes().stream()).toList();
    }

    private static boolean isVisible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
