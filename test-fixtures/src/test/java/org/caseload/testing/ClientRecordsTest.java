// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ContactInfo;
import org.junit.jupiter.api.Test;

class ClientRecordsTest {

    @Test
    void aBareClientHasNothingCollected() {
        ClientRecord client = ClientRecords.client("c-1", "org-a").build();

        assertThat(client.identity().nameQuality()).isEqualTo(NameDataQuality.DATA_NOT_COLLECTED);
        assertThat(client.identity().ssn()).isNull();
        assertThat(client.identity().dateOfBirth()).isNull();
        assertThat(client.contact()).isEqualTo(ContactInfo.NONE);
        assertThat(client.restricted()).isFalse();
        assertThat(client.mergedInto()).isNull();
        assertThat(client.createdAt()).isEqualTo(ClientRecords.DEFAULT_TIME).isEqualTo(client.updatedAt());
        assertThat(client.version()).isEqualTo(1);
    }

    @Test
    void theBuilderFillsTheIdentifyingElementsWithTheirQuality() {
        Instant written = Instant.parse("2026-05-01T12:00:00Z");
        ClientRecord client = ClientRecords.client("c-2", "org-b").named("Maria", "Garcia").ssn("123456789")
                .bornOn(LocalDate.of(1980, 3, 4)).matchKeys("garcia").restricted(true).mergedInto("c-1")
                .writtenAt(written).version(3).build();

        assertThat(client.organizationId()).isEqualTo("org-b");
        assertThat(client.identity().name().first()).isEqualTo("Maria");
        assertThat(client.identity().name().last()).isEqualTo("Garcia");
        assertThat(client.identity().nameQuality()).isEqualTo(NameDataQuality.FULL);
        assertThat(client.identity().ssnQuality()).isEqualTo(SsnDataQuality.FULL);
        assertThat(client.identity().dobQuality()).isEqualTo(DobDataQuality.FULL);
        assertThat(client.matchKeys()).containsExactly("garcia");
        assertThat(client.restricted()).isTrue();
        assertThat(client.mergedInto()).isEqualTo("c-1");
        assertThat(client.updatedAt()).isEqualTo(written);
        assertThat(client.version()).isEqualTo(3);
    }
}
