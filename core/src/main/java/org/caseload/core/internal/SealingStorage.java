// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
        return storage.inTransaction(session -> work.run(sealing(session, sealing)));
    }

    @Override
    public boolean durable() {
        return storage.durable();
    }

    /**
     * The session, every call passed to it as made (a wrapper of the host's may watch a named
     * accessor such as {@code slaClocks()}), except those that hand out the client store.
     */
    private static StorageSession sealing(StorageSession session, ClientSealing sealing) {
        ClientStore[] clients = new ClientStore[1];
        return (StorageSession) Proxy.newProxyInstance(StorageSession.class.getClassLoader(),
                new Class<?>[] {StorageSession.class}, (proxy, method, args) -> {
                    boolean clientStore = method.getName().equals("clients")
                            || method.getName().equals("store") && args[0] == ClientStore.class;
                    if (!clientStore) {
                        try {
                            return method.invoke(session, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                    if (clients[0] == null) {
                        clients[0] = new SealingClientStore(session.clients(), sealing);
                    }
                    return clients[0];
                });
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
