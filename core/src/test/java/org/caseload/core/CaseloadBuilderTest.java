// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;

import org.caseload.core.internal.KernelAccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestIdentity;

class CaseloadBuilderTest {

    @Test
    void rejectsAMissingStorageNamingIt() {
        assertThatThrownBy(() -> Caseload.builder().identity(new TestIdentity()).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("storage is required")
                .hasMessageNotContaining("identity");
    }

    @Test
    void rejectsAMissingIdentityNamingIt() {
        assertThatThrownBy(() -> Caseload.builder().storage(new InMemoryStorage()).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("identity is required")
                .hasMessageNotContaining("storage");
    }

    @Test
    void namesEveryMissingPartAtOnce() {
        assertThatThrownBy(() -> Caseload.builder().build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("storage is required")
                .hasMessageContaining("identity is required")
                .extracting(e -> ((ConfigurationException) e).code())
                .isEqualTo(ErrorCode.INVALID_CONFIGURATION);
    }

    @Test
    void rejectsNullPartsAtTheSetter() {
        Caseload.Builder builder = Caseload.builder();
        assertThatThrownBy(() -> builder.clock(null)).hasMessage("clock must not be null");
        assertThatThrownBy(() -> builder.notifier(null)).hasMessage("notifier must not be null");
        assertThatThrownBy(() -> builder.forms(null)).hasMessage("forms must not be null");
        assertThatThrownBy(() -> builder.ids(null)).hasMessage("ids must not be null");
    }

    @Test
    void buildsWithDefaultsForTheOptionalParts() {
        try (Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(new TestIdentity()).build()) {
            assertThat(caseload.clients()).isNotNull();
            assertThat(KernelAccess.of(caseload).forms().forms("any")).isEmpty();
            assertThat(KernelAccess.of(caseload).ids().newId()).isNotEqualTo(KernelAccess.of(caseload).ids().newId());
        }
    }
}
