// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caseload.core.Caseload;
import org.caseload.linkage.MatchEngine;
import org.caseload.help.Help;
import org.caseload.hmis.HmisSpecification;
import org.caseload.http.HttpSupportChannel;
import org.caseload.servlet.SupportEndpointServlet;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.storage.Storage;
import org.caseload.ticketing.Ticketing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the whole library, checked over every module's main classes: arrows point
 * down only (examples to the domain modules and storage adapters, those to core, core to the SPI),
 * nothing depends on the examples, the module descriptors export every package but the
 * {@code internal} ones, and no exported signature exposes a type that a host cannot see.
 */
class ArchitectureTest {

    private static JavaClasses library;
    /** The library modules' descriptors, read from where their classes are loaded from. */
    private static List<ModuleDescriptor> modules;
    /** Every package that some library module exports to everyone. */
    private static Set<String> exported;

    @BeforeAll
    static void importLibrary() {
        library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.caseload");
        modules = Stream.of(Storage.class, MatchEngine.class, Caseload.class, Ticketing.class, Help.class, JdbcStorage.class,
                        HttpSupportChannel.class, SupportEndpointServlet.class, HmisSpecification.class)
                .map(ArchitectureTest::descriptorOf)
                .toList();
        exported = modules.stream()
                .flatMap(module -> module.exports().stream())
                .filter(export -> !export.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
    }

    private static ModuleDescriptor descriptorOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ModuleFinder.of(location).findAll().stream()
                    .map(ModuleReference::descriptor)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(location + " holds no module"));
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyModuleExportsToEveryoneExactlyItsPackagesThatAreNotInternal() {
        for (ModuleDescriptor module : modules) {
            Set<String> withTypes = module.packages().stream()
                    .filter(pkg -> library.stream().anyMatch(type -> type.getPackageName().equals(pkg)
                            && !type.getSimpleName().equals("package-info")))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> expected = withTypes.stream()
                    .filter(pkg -> !pkg.contains(".internal"))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> actual = module.exports().stream()
                    .filter(export -> !export.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(actual).as("packages %s exports to everyone", module.name())
                    .isEqualTo(expected);
        }
    }

    @Test
    void dependenciesPointDownOnly() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("SPI").definedBy("org.caseload.spi..")
                .layer("Linkage").definedBy("org.caseload.linkage..")
                .layer("Core").definedBy("org.caseload.core..", "org.caseload.clients..", "org.caseload.casework..",
                        "org.caseload.sharing..", "org.caseload.audit..")
                .layer("Ticketing").definedBy("org.caseload.ticketing..")
                .layer("Help").definedBy("org.caseload.help..")
                .layer("Hmis").definedBy("org.caseload.hmis..")
                .layer("Jdbc").definedBy("org.caseload.jdbc..")
                .layer("Http").definedBy("org.caseload.http..")
                .layer("Servlet").definedBy("org.caseload.servlet..")
                .layer("Web").definedBy("org.caseload.web..")
                .layer("Examples").definedBy("org.caseload.examples..")
                .whereLayer("Examples").mayNotBeAccessedByAnyLayer()
                .whereLayer("Web").mayOnlyBeAccessedByLayers("Examples")
                .whereLayer("Ticketing").mayOnlyBeAccessedByLayers("Web", "Examples")
                .whereLayer("Help").mayOnlyBeAccessedByLayers("Web", "Examples")
                .whereLayer("Hmis").mayOnlyBeAccessedByLayers("Examples")
                .whereLayer("Jdbc").mayOnlyBeAccessedByLayers("Web", "Examples")
                .whereLayer("Servlet").mayOnlyBeAccessedByLayers("Web", "Examples")
                .whereLayer("Http").mayOnlyBeAccessedByLayers("Servlet", "Web", "Examples")
                .whereLayer("Core").mayOnlyBeAccessedByLayers("Ticketing", "Help", "Hmis", "Http", "Web", "Examples")
                .whereLayer("Linkage").mayOnlyBeAccessedByLayers("Core", "Ticketing", "Help", "Web", "Examples")
                .check(library);
    }

    @Test
    void recordLinkageStandsAlone() {
        // javax.crypto is the JDK's own (java.base): the Splink export digests SSNs with its HMAC.
        noClasses().that().resideInAPackage("org.caseload.linkage..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.caseload.linkage..", "java..",
                        "javax.crypto..", "org.apache.commons.codec..", "org.apache.commons.text..")
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
        noClasses().that().resideOutsideOfPackages("org.caseload.examples..", "org.caseload.servlet..",
                        "org.caseload.web..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.inject..", "jakarta.enterprise..", "jakarta.servlet..",
                        "javax.servlet..")
                .check(library);
        // The servlet adapter sees the Servlet API (provided by the container) and nothing else.
        noClasses().that().resideInAPackage("org.caseload.servlet..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.inject..", "jakarta.enterprise..", "javax.servlet..")
                .check(library);
        // The reference web host runs in its own Jetty on the Servlet API, and nothing else.
        noClasses().that().resideInAPackage("org.caseload.web..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.inject..", "jakarta.enterprise..", "javax.servlet..")
                .check(library);
    }

    @Test
    void noExportedSignatureExposesATypeAHostCannotSee() {
        classes().that().arePublic().and(exportedToEveryone())
                .should(exposeNoInternalTypes())
                .check(library);
    }

    private static DescribedPredicate<JavaClass> exportedToEveryone() {
        return DescribedPredicate.describe("are in a package exported to everyone",
                type -> exported.contains(type.getPackageName()));
    }

    private static ArchCondition<JavaClass> exposeNoInternalTypes() {
        // A library type in a package no module exports to everyone: core.internal is exported to
        // ticketing and help only, so their API must not show it either.
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe("internal",
                type -> modules.stream().anyMatch(module -> module.packages().contains(type.getPackageName()))
                        && !exported.contains(type.getPackageName()));
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
