// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.error.HostPartException;
import org.caseload.spi.ui.HelpContentSource;
import org.caseload.spi.ui.ToolTipEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

/** Creating a help service: its arguments and the content it indexes. */
class HelpTest {

    private static final ToolTipEntry SSN = new ToolTipEntry(null, "client.intake", "ssn", Locale.ENGLISH,
            "Nine digits.");

    private final TestIdentity identity = new TestIdentity();
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity).build();

    @AfterEach
    void closeRuntime() {
        caseload.close();
    }

    @Test
    void aMissingRuntimeIsRejected() {
        assertThatThrownBy(() -> Help.create(null, () -> List.of(SSN)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("caseload must not be null");
    }

    @Test
    void missingContentIsRejected() {
        assertThatThrownBy(() -> Help.create(caseload, null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("content must not be null");
    }

    @Test
    void theContentIsReadOnceAtCreation() {
        AtomicInteger reads = new AtomicInteger();
        HelpContentSource counting = () -> {
            reads.incrementAndGet();
            return List.of(SSN);
        };

        HelpService help = Help.create(caseload, counting);
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.HELP_READER));
        help.toolTip("client.intake", "ssn");
        help.toolTip("client.intake", "ssn");

        assertThat(reads).hasValue(1);
    }

    @Test
    void aHostsOwnContentSourceIsServed() {
        HelpService help = Help.create(caseload, () -> List.of(SSN,
                new ToolTipEntry("org-a", "client.intake", "ssn", Locale.forLanguageTag("es-US"), "Nueve dígitos.")));
        identity.as(TestUsers.user("user-1", "org-a", Locale.forLanguageTag("es-US"), Role.HELP_READER));

        assertThat(help.toolTip("client.intake", "ssn")).get().extracting(ToolTip::text).isEqualTo("Nueve dígitos.");
    }

    @Test
    void twoTipsForTheSamePlaceAreRejected() {
        HelpContentSource twice = () -> List.of(SSN,
                new ToolTipEntry(null, "client.intake", "ssn", Locale.ENGLISH, "Nine digits, again."));

        assertThatThrownBy(() -> Help.create(caseload, twice))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("the help content holds two tool tips for screen client.intake, field ssn, "
                        + "locale en in the product defaults");
    }

    @Test
    void aSourceThatReturnsNullBreaksItsContract() {
        assertThatThrownBy(() -> Help.create(caseload, () -> null))
                .isInstanceOfSatisfying(HostPartException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.HELP_CONTENT_SOURCE_FAILED))
                .hasMessageContaining("returned null");
    }
}
