// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caseload.clients.ClientSearch;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchModel;
import org.caseload.linkage.MatchSubject;
import org.caseload.linkage.ScoredPair;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.clients.ClientAddress;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.PersonName;
import org.junit.jupiter.api.Test;

class ClientSubjectsTest {

    private static final MatchEngine ENGINE = MatchEngine.standard();

    @Test
    void aStoredClientScoresTheSameAgainstEveryReadingOfASearchWithOrWithoutItsAddress() {
        ClientIdentity identity = new ClientIdentity(new PersonName("Maria", "Luisa", "Garcia", null),
                NameDataQuality.FULL, List.of(new PersonName("Mary", null, "Garcia", null)), "123456789",
                SsnDataQuality.FULL, LocalDate.of(1980, 3, 4), DobDataQuality.FULL, "A-17");
        List<ClientAddress> addresses = List.of(new ClientAddress("12B Main Street", "Apt 4", "Springfield", "IL",
                "62701", LocalDate.of(2020, 1, 1), null));
        MatchEngine.Prepared withAddress = ENGINE.prepare(ClientSubjects.of("c1", identity, addresses));
        MatchEngine.Prepared without = ENGINE.prepare(ClientSubjects.of("c1", identity, List.of()));

        for (String text : new String[] {"maria garcia", "garcia maria 3/4/1980", "maria garcia 123-45-6789",
                "mary garcia 6789", "garcia", "4/3/1980"}) {
            SearchText parsed = SearchText.parse(text);
            for (MatchSubject reading : SearchSubjects.readings(ClientSearch.text(text), parsed)) {
                MatchEngine.Prepared prepared = ENGINE.prepare(reading);
                ScoredPair expected = ENGINE.score(MatchModel.standard(), prepared, withAddress);
                ScoredPair actual = ENGINE.score(MatchModel.standard(), prepared, without);
                assertThat(actual).as(text).isEqualTo(expected);
            }
        }
    }
}
