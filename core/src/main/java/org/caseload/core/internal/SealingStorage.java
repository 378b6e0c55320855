// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.UnitOfWork;
import org.caseload.spi.storage.casework.EnrollmentStore;
import org.caseload.spi.storage.clients.ClientStore;

/**
 * The storage as the services see it: the one place where client and enrollment records are sealed
 * on their way to the store and opened on their way back ({@link SealingClientStore},
 * {@link SealingEnrollmentStore}), so that every store, the host's included, only ever holds sealed
 * SSNs, sealed sensitive form values and keyed SSN match keys. Every other store passes through
 * unchanged.
 */
final class SealingStorage implements Storage {

    private final Storage storage;
    private final ClientSealing clients;
    private final EnrollmentSealing enrollments;

    SealingStorage(Storage storage, ClientSealing clients, EnrollmentSealing enrollments) {
        this.storage = storage;
        this.clients = clients;
        this.enrollments = enrollments;
    }

    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
        return storage.inTransaction(session -> work.run(sealing(session)));
    }

    @Override
    public <T> T inReadingTransaction(UnitOfWork<T> work) {
        return storage.inReadingTransaction(session -> work.run(sealing(session)));
    }

    @Override
    public boolean durable() {
        return storage.durable();
    }

    /**
     * The session, every call passed to it as made (a wrapper of the host's may watch a named
     * accessor such as {@code slaClocks()}), except those that hand out the client or the
     * enrollment store.
     */
    private StorageSession sealing(StorageSession session) {
        Object[] sealed = new Object[2];
        return (StorageSession) Proxy.newProxyInstance(StorageSession.class.getClassLoader(),
                new Class<?>[] {StorageSession.class}, (proxy, method, args) -> {
                    if (asks(method, args, "clients", ClientStore.class)) {
                        if (sealed[0] == null) {
                            sealed[0] = new SealingClientStore(session.clients(), clients);
                        }
                        return sealed[0];
                    }
                    if (asks(method, args, "enrollments", EnrollmentStore.class)) {
                        if (sealed[1] == null) {
                            sealed[1] = new SealingEnrollmentStore(session.enrollments(), enrollments);
                        }
                        return sealed[1];
                    }
                    try {
                        return method.invoke(session, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Whether the call hands out this store: by its shorthand accessor or by {@code store(Class)}. */
    private static boolean asks(Method method, Object[] args, String accessor, Class<?> store) {
        return method.getName().equals(accessor)
                || method.getName().equals("store") && args != null && args[0] == store;
    }
}
