// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.embedding;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.identity.Principal;

/** The smallest host: the embedding sample of the README, kept identical to it by a test. */
public final class MinimalHost {

    private MinimalHost() {
    }

    /** Registers a client and searches for it; returns what the search found. */
    public static List<ClientMatch> registerAndFind() {
        // begin README sample
        Principal caseworker = new Principal("u-17", "Dana Reyes", "shelter-north",
                Set.of("intake"), Set.of("client.read", "client.write"), Locale.US);

        try (Caseload caseload = Caseload.builder()
                .storage(new InMemoryStorage())              // or the host's own Storage
                .identity(() -> Optional.of(caseworker))     // who is calling, from the host's session
                .build()) {
            caseload.clients().register(RegisterClient.of("Maria", "Garcia", LocalDate.of(1980, 3, 4)));
            return caseload.clients().search(ClientSearch.byName("garcia maria"));
        }
        // end README sample
    }
}
