// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.help.ToolTip.Source;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditEntry.Outcome;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.ui.ToolTipEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

/** Tool tips as a host's user sees them, from the test bundle in {@code help/bundle}. */
class HelpServiceTest {

    private static final String INTAKE = "client.intake";
    private static final String OVERRIDING = "org-override";
    private static final String OTHER = "org-other";
    private static final Locale FRENCH_CANADA = Locale.forLanguageTag("fr-CA");

    private final TestIdentity identity = new TestIdentity();
    private final InMemoryStorage storage = new InMemoryStorage();
    private Caseload caseload;
    private HelpService help;

    @BeforeEach
    void createHelp() {
        caseload = Caseload.builder().storage(storage).identity(identity).build();
        help = Help.create(caseload, HelpContent.fromClasspath("help/bundle"));
    }

    @AfterEach
    void closeRuntime() {
        caseload.close();
    }

    @Test
    void anOrganizationsOverrideWinsOverTheProductDefault() {
        identity.as(TestUsers.user("user-1", OVERRIDING, Locale.ENGLISH, Role.HELP_READER));

        assertThat(help.toolTip(INTAKE, "dateOfBirth")).contains(new ToolTip(INTAKE, "dateOfBirth",
                "Check the date against a photo ID.", Locale.ENGLISH, Source.ORGANIZATION));
    }

    @Test
    void anotherOrganizationGetsTheProductDefault() {
        identity.as(TestUsers.user("user-1", OTHER, Locale.ENGLISH, Role.HELP_READER));

        assertThat(help.toolTip(INTAKE, "dateOfBirth")).contains(new ToolTip(INTAKE, "dateOfBirth",
                "The date of birth, as the client gives it.", Locale.ENGLISH, Source.PRODUCT));
    }

    @Test
    void anOrganizationListedWithoutAFolderGetsTheProductDefault() {
        identity.as(TestUsers.user("user-1", "org-without-folder", Locale.ENGLISH, Role.HELP_READER));

        assertThat(help.toolTip(INTAKE, "dateOfBirth")).get().extracting(ToolTip::source).isEqualTo(Source.PRODUCT);
    }

    @Test
    void aRegionalLocaleFindsItsOwnTextFirst() {
        identity.as(TestUsers.user("user-1", OTHER, FRENCH_CANADA, Role.HELP_READER));

        assertThat(help.toolTip(INTAKE, "ssn")).contains(new ToolTip(INTAKE, "ssn",
                "Neuf chiffres, sans tirets.", FRENCH_CANADA, Source.PRODUCT));
    }

    @Test
    void aRegionalLocaleFallsBackToItsLanguage() {
        identity.as(TestUsers.user("user-1", OTHER, FRENCH_CANADA, Role.HELP_READER));

        assertThat(help.toolTip(INTAKE, "dateOfBirth")).contains(new ToolTip(INTAKE, "dateOfBirth",
                "La date de naissance, telle que le client la donne.", Locale.FRENCH, Source.PRODUCT));
    }

    @Test
    void aLanguageWithoutTheTextFallsBackToEnglish() {
        identity.as(TestUsers.user("user-1", OTHER, FRENCH_CANADA, Role.HELP_READER));

        assertThat(help.toolTip(INTAKE, "veteranStatus")).contains(new ToolTip(INTAKE, "veteranStatus",
                "Whether the client served on active duty.", Locale.ENGLISH, Source.PRODUCT));
    }

    @Test
    void aLocaleTheBundleDoesNotHaveFallsBackToEnglish() {
        identity.as(TestUsers.user("user-1", OTHER, Locale.GERMANY, Role.HELP_READER));

        assertThat(help.toolTip(INTAKE, "ssn")).contains(new ToolTip(INTAKE, "ssn",
                "Nine digits, without dashes.", Locale.ENGLISH, Source.PRODUCT));
    }

    @Test
    void anOrganizationsOverrideInAFallbackLocaleBeatsTheProductDefaultInACloserOne() {
        identity.as(TestUsers.user("user-1", OVERRIDING, FRENCH_CANADA, Role.HELP_READER));

        assertThat(help.toolTip(INTAKE, "dateOfBirth")).contains(new ToolTip(INTAKE, "dateOfBirth",
                "Check the date against a photo ID.", Locale.ENGLISH, Source.ORGANIZATION));
    }

    @Test
    void anOrganizationsOverrideOutsideTheUsersLocaleChainIsNotUsed() {
        identity.as(TestUsers.user("user-1", OVERRIDING, Locale.ENGLISH, Role.HELP_READER));

        assertThat(help.toolTip(INTAKE, "veteranStatus")).contains(new ToolTip(INTAKE, "veteranStatus",
                "Whether the client served on active duty.", Locale.ENGLISH, Source.PRODUCT));
    }

    @Test
    void anOrganizationsOverrideInTheUsersOwnLocaleIsFound() {
        identity.as(TestUsers.user("user-1", OVERRIDING, FRENCH_CANADA, Role.HELP_READER));

        assertThat(help.toolTip(INTAKE, "veteranStatus")).contains(new ToolTip(INTAKE, "veteranStatus",
                "Demandez la carte d'ancien combattant.", FRENCH_CANADA, Source.ORGANIZATION));
    }

    @Test
    void aFieldOrScreenWithoutATipHasNone() {
        identity.as(TestUsers.user("user-1", OVERRIDING, FRENCH_CANADA, Role.HELP_READER));

        assertThat(help.toolTip(INTAKE, "favouriteColour")).isEmpty();
        assertThat(help.toolTip("client.exit", "dateOfBirth")).isEmpty();
    }

    @Test
    void missingOrBlankIdsAreRejectedWithEveryViolation() {
        identity.as(TestUsers.user("user-1", OTHER, Locale.ENGLISH, Role.HELP_READER));

        assertThatThrownBy(() -> help.toolTip(" ", ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactlyInAnyOrder("screenId", "fieldId"));
        assertThatThrownBy(() -> help.toolTip(null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactlyInAnyOrder(tuple("screenId", "caseload.argument.required"),
                                tuple("fieldId", "caseload.argument.required")));
    }

    @Test
    void overlongIdsAreRejected() {
        identity.as(TestUsers.user("user-1", OTHER, Locale.ENGLISH, Role.HELP_READER));

        assertThatThrownBy(() -> help.toolTip(INTAKE, "f".repeat(201)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("fieldId"));
    }

    @Test
    void aUserWithoutHelpReadIsDenied() {
        identity.as(TestUsers.user("user-1", OTHER, Locale.ENGLISH, Role.CLIENT_READER));

        assertThatThrownBy(() -> help.toolTip(INTAKE, "dateOfBirth"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("help.read");
    }

    @Test
    void nobodySignedInIsDenied() {
        identity.signOut();

        assertThatThrownBy(() -> help.toolTip(INTAKE, "dateOfBirth")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLookupWritesNoAuditEntryButARefusalIsAudited() {
        identity.as(TestUsers.user("user-1", OVERRIDING, FRENCH_CANADA, Role.HELP_READER));
        help.toolTip(INTAKE, "veteranStatus");
        help.toolTip(INTAKE, "favouriteColour");
        identity.as(TestUsers.user("user-1", OVERRIDING, Locale.ENGLISH));
        assertThatThrownBy(() -> help.toolTip(INTAKE, "ssn")).isInstanceOf(AccessDeniedException.class);

        List<AuditEntry> entries = storage.inTransaction(
                session -> session.audit().find(AuditQuery.forOrganization(OVERRIDING, 10)));

        assertThat(entries).extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::detail)
                .containsExactly(tuple("help.tooltip", Outcome.DENIED, "ACCESS_DENIED"));
    }

    @Test
    void anOrganizationsCustomFormTipComesFirst() {
        HelpService withForms = Help.create(caseload, () -> List.of(
                new ToolTipEntry(null, INTAKE, "bedPreference", Locale.ENGLISH, "Product text."),
                new ToolTipEntry(OVERRIDING, INTAKE, "bedPreference", Locale.ENGLISH, "Organization text."),
                new ToolTipEntry(OVERRIDING, INTAKE, "bedPreference", Locale.FRENCH, "Texte du formulaire.",
                        "shelter-intake")));
        identity.as(TestUsers.user("user-1", OVERRIDING, FRENCH_CANADA, Role.HELP_READER));

        assertThat(withForms.formToolTip(INTAKE, "shelter-intake", "bedPreference")).contains(new ToolTip(INTAKE,
                "bedPreference", "Texte du formulaire.", Locale.FRENCH, Source.FORM));
        assertThat(withForms.formToolTip(INTAKE, "another-form", "bedPreference")).get()
                .extracting(ToolTip::text, ToolTip::source).containsExactly("Organization text.", Source.ORGANIZATION);
        assertThat(withForms.toolTip(INTAKE, "bedPreference")).get()
                .extracting(ToolTip::source).isEqualTo(Source.ORGANIZATION);
        identity.as(TestUsers.user("user-1", OTHER, FRENCH_CANADA, Role.HELP_READER));
        assertThat(withForms.formToolTip(INTAKE, "shelter-intake", "bedPreference")).get()
                .extracting(ToolTip::text, ToolTip::source).containsExactly("Product text.", Source.PRODUCT);
    }

    @Test
    void aFormTipLookupRejectsABlankFormId() {
        identity.as(TestUsers.user("user-1", OTHER, Locale.ENGLISH, Role.HELP_READER));

        assertThatThrownBy(() -> help.formToolTip(INTAKE, " ", "dateOfBirth"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("formId"));
    }

    @Test
    void aProductTipCannotNameACustomForm() {
        assertThatThrownBy(() -> new ToolTipEntry(null, INTAKE, "ssn", Locale.ENGLISH, "Nine digits.", "a-form"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("custom form a-form belongs to an organization");
    }
}
