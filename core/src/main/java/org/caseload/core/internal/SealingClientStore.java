// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.util.List;
import java.util.Optional;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.spi.storage.clients.ClientStore;
import org.caseload.spi.storage.clients.MatchKeyQuery;

/** The client store as services see it: records sealed on the way in, opened on the way out (see {@link ClientSealing}). */
record SealingClientStore(ClientStore store, ClientSealing sealing) implements ClientStore {

    @Override
    public ClientRecord insert(ClientRecord client) {
        return sealing.unseal(store.insert(sealing.seal(client)));
    }

    @Override
    public ClientRecord update(ClientRecord client) {
        return sealing.unseal(store.update(sealing.seal(client)));
    }

    @Override
    public Optional<ClientRecord> findById(String id) {
        return store.findById(id).map(sealing::unseal);
    }

    @Override
    public List<ClientRecord> findByMatchKeys(MatchKeyQuery query) {
        return store.findByMatchKeys(new MatchKeyQuery(sealing.lookupKeys(query.matchKeys()),
                query.organizationIds(), query.restrictedVisibleTo(), query.limit()))
                .stream().map(sealing::unseal).toList();
    }

    @Override
    public List<ClientRecord> scan(ClientScan scan) {
        return store.scan(scan).stream().map(sealing::unseal).toList();
    }
}
