// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.SsnDataQuality;
import org.junit.jupiter.api.Test;

class ClientRecordTest {

    @Test
    void aClientKeepsOneEntryPerForm() {
        List<FormValues> twice = List.of(new FormValues("intake", 1, Map.of()), new FormValues("intake", 2, Map.of()));

        assertThatThrownBy(() -> new ClientRecord("c-1", "org-a",
                new ClientIdentity(PersonName.NONE, NameDataQuality.DATA_NOT_COLLECTED, List.of(), null,
                        SsnDataQuality.DATA_NOT_COLLECTED, null, DobDataQuality.DATA_NOT_COLLECTED),
                new Demographics(Set.of(RaceAndEthnicity.DATA_NOT_COLLECTED), Set.of(Gender.DATA_NOT_COLLECTED),
                        NoYesReasons.DATA_NOT_COLLECTED),
                ContactInfo.NONE, twice, Set.of(), Instant.EPOCH, Instant.EPOCH, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("client c-1 has two entries of form intake");
    }
}
