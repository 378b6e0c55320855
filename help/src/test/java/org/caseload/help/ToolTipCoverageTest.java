// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.ui.ToolTipEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The coverage report: which fields of the host's screen catalogue lack a tool tip. */
class ToolTipCoverageTest {

    private static final List<Screen> CATALOGUE = List.of(
            Screen.of("client.intake", "firstName", "dateOfBirth", "ssn"),
            Screen.of("client.enrollment", "entryDate"));

    private final TestIdentity identity = new TestIdentity();
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity).build();
    private final HelpService help = Help.create(caseload, new TestContent()
            .tip(new ToolTipEntry(null, "client.intake", "firstName", Locale.ENGLISH, "As the client spells it."))
            .tip(new ToolTipEntry(null, "client.intake", "firstName", Locale.FRENCH, "Comme la personne l'écrit."))
            .tip(new ToolTipEntry(null, "client.intake", "dateOfBirth", Locale.ENGLISH, "As the client gives it."))
            .tip(new ToolTipEntry("org-a", "client.enrollment", "entryDate", Locale.ENGLISH, "The first night.")));

    @AfterEach
    void closeRuntime() {
        caseload.close();
    }

    @Test
    void listsTheFieldsWithoutATipAndThoseOnlyInAnotherLanguage() {
        identity.signIn("org-b", Locale.CANADA_FRENCH, Permission.DESIGN);

        ToolTipCoverage coverage = help.toolTipCoverage(CATALOGUE);

        assertThat(coverage.fieldCount()).isEqualTo(4);
        assertThat(coverage.missing()).containsExactly(new ScreenField("client.intake", "ssn"),
                new ScreenField("client.enrollment", "entryDate"));
        assertThat(coverage.untranslated()).containsExactly(new ScreenField("client.intake", "dateOfBirth"));
        assertThat(coverage.complete()).isFalse();
    }

    @Test
    void countsTheOrganizationsOwnTips() {
        identity.signIn("org-a", Locale.ENGLISH, Permission.DESIGN);

        assertThat(help.toolTipCoverage(CATALOGUE).missing()).containsExactly(new ScreenField("client.intake", "ssn"));
    }

    @Test
    void aCoveredCatalogueIsComplete() {
        identity.signIn("org-a", Locale.ENGLISH, Permission.DESIGN);

        assertThat(help.toolTipCoverage(List.of(Screen.of("client.intake", "firstName"))).complete()).isTrue();
    }

    @Test
    void needsDesignRights() {
        identity.signIn("org-a", Locale.ENGLISH, Permission.HELP_READ);

        assertThatThrownBy(() -> help.toolTipCoverage(CATALOGUE)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("design");
    }
}
