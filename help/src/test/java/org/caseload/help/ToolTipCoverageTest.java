// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.ui.ToolTipEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

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
        identity.as(TestUsers.user("user-1", "org-b", Locale.CANADA_FRENCH, Role.DESIGNER));

        ToolTipCoverage coverage = help.toolTipCoverage(CATALOGUE);

        assertThat(coverage.fieldCount()).isEqualTo(4);
        assertThat(coverage.missing()).containsExactly(new ScreenField("client.intake", "ssn"),
                new ScreenField("client.enrollment", "entryDate"));
        assertThat(coverage.untranslated()).containsExactly(new ScreenField("client.intake", "dateOfBirth"));
        assertThat(coverage.complete()).isFalse();
    }

    @Test
    void countsTheOrganizationsOwnTips() {
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.DESIGNER));

        assertThat(help.toolTipCoverage(CATALOGUE).missing()).containsExactly(new ScreenField("client.intake", "ssn"));
    }

    @Test
    void aCoveredCatalogueIsComplete() {
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.DESIGNER));

        assertThat(help.toolTipCoverage(List.of(Screen.of("client.intake", "firstName"))).complete()).isTrue();
    }

    @Test
    void needsDesignRights() {
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.HELP_READER));

        assertThatThrownBy(() -> help.toolTipCoverage(CATALOGUE)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("design");
    }
}
