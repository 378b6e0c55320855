// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.errors;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caseload.core.internal.HostParts;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.error.HostPartException;
import org.caseload.spi.support.SupportChannel;
import org.caseload.spi.ui.Notifier;
import org.junit.jupiter.api.Test;

/** The guards of the parts that deliver messages: what they throw is named by part, the original kept. */
class HostPartsGuardTest {

    private final IllegalStateException failure = new IllegalStateException("smtp 421 for someone@example.org");

    @Test
    void aNotifiersOwnExceptionBecomesTheNotifiersFailure() {
        Notifier guarded = HostParts.guard((Notifier) notification -> {
            throw failure;
        });

        assertThatThrownBy(() -> guarded.send(null))
                .isInstanceOf(HostPartException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.NOTIFIER_FAILED)
                .hasCause(failure)
                .hasMessage("Notifier.send failed with java.lang.IllegalStateException");
    }

    @Test
    void aSupportChannelsOwnExceptionBecomesTheChannelsFailureAndACaseloadExceptionPasses() {
        SupportChannel failing = HostParts.guard((SupportChannel) message -> {
            throw failure;
        });
        ConfigurationException deliberate = new ConfigurationException("no endpoint configured");
        SupportChannel refusing = HostParts.guard((SupportChannel) message -> {
            throw deliberate;
        });

        assertThatThrownBy(() -> failing.send(null))
                .isInstanceOf(HostPartException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.SUPPORT_CHANNEL_FAILED)
                .hasCause(failure);
        assertThatThrownBy(() -> refusing.send(null)).isSameAs(deliberate);
    }
}
