// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.util.List;
import java.util.Optional;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.UnitOfWork;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.spi.storage.clients.ClientStore;
import org.caseload.spi.storage.clients.MatchKeyQuery;

/**
 * The storage as the services see it: the one place where client records are sealed on their way
 * to the store and opened on their way back ({@link ClientSealing}), so that every store, the
 * host's included, only ever holds sealed SSNs, sealed sensitive form values and keyed SSN match
 * keys. Every other store passes through unchanged.
 */
final class SealingStorage implements Storage {

    private final Storage storage;
    private final ClientSealing sealing;

    SealingStorage(Storage storage, ClientSealing sealing) {
        this.storage = storage;
        this.sealing = sealing;
    }

    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
        return storage.inTransaction(session -> work.run(new SealingSession(session, sealing)));
    }

    @Override
    public boolean durable() {
        return storage.durable();
    }

    private static final class SealingSession implements StorageSession {
        private final StorageSession session;
        private final ClientSealing sealing;
        private ClientStore clients;

        SealingSession(StorageSession session, ClientSealing sealing) {
            this.session = session;
            this.sealing = sealing;
        }

        @Override
        public <S> S store(Class<S> storeType) {
            if (storeType != ClientStore.class) {
                return session.store(storeType);
            }
            if (clients == null) {
                clients = new SealingClientStore(session.clients(), sealing);
            }
            return storeType.cast(clients);
        }
    }

    private record SealingClientStore(ClientStore store, ClientSealing sealing) implements ClientStore {

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
}
