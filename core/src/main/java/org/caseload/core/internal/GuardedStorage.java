// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.HostPartException.Part;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.UnitOfWork;

/**
 * A {@link Storage} seen through a guard: whatever the storage or one of its stores throws that is
 * not a {@link CaseloadException} becomes a {@link org.caseload.spi.error.HostPartException} of
 * {@link Part#STORAGE}. Stores are guarded through proxies of their interfaces, so a store added to
 * the session is guarded without a change here. What the work itself throws is not the storage's
 * failure and leaves unchanged.
 */
final class GuardedStorage implements Storage {

    private final Storage storage;

    GuardedStorage(Storage storage) {
        this.storage = storage;
    }

    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
        return guarded(work, false);
    }

    @Override
    public <T> T inReadingTransaction(UnitOfWork<T> work) {
        return guarded(work, true);
    }

    private <T> T guarded(UnitOfWork<T> work, boolean reading) {
        UnitOfWork<T> guardedWork = session -> {
            try {
                return work.run(guard(session));
            } catch (CaseloadException deliberate) {
                throw deliberate;
            } catch (RuntimeException fromWork) {
                throw new WorkFailure(fromWork);
            }
        };
        try {
            return reading ? storage.inReadingTransaction(guardedWork) : storage.inTransaction(guardedWork);
        } catch (WorkFailure failure) {
            throw failure.original;
        } catch (CaseloadException deliberate) {
            throw deliberate;
        } catch (RuntimeException failure) {
            throw HostParts.failed(Part.STORAGE,
                    reading ? "Storage.inReadingTransaction" : "Storage.inTransaction", failure);
        }
    }

    @Override
    public boolean durable() {
        return storage.durable();
    }

    private static StorageSession guard(StorageSession session) {
        Map<Class<?>, Object> stores = new HashMap<>();
        return proxy(StorageSession.class, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(session, args);
            }
            // store(Class) names its store's type by its argument, the typed accessors by their return type.
            Class<?> type = method.getName().equals("store") ? (Class<?>) args[0] : method.getReturnType();
            String call = "StorageSession." + method.getName();
            if (type == null) {
                return invoke(session, method, args, call);
            }
            // A session returns the same store every time, so the guarded one is kept too.
            return stores.computeIfAbsent(type, storeType -> guardStore(storeType, invoke(session, method, args, call)));
        });
    }

    private static Object guardStore(Class<?> type, Object store) {
        if (store == null || !type.isInterface()) {
            return store;
        }
        String name = type.getSimpleName();
        return proxy(type, (proxy, method, args) -> method.getDeclaringClass() == Object.class
                ? method.invoke(store, args)
                : invoke(store, method, args, name + "." + method.getName()));
    }

    private static Object invoke(Object target, Method method, Object[] args, String call) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            if (thrown instanceof CaseloadException deliberate) {
                throw deliberate;
            }
            if (thrown instanceof RuntimeException failure) {
                throw HostParts.failed(Part.STORAGE, call, failure);
            }
            if (thrown instanceof Error error) {
                throw error;
            }
            throw HostParts.failed(Part.STORAGE, call, thrown);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + call, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** Carries what the work threw through the storage, which rethrows it unchanged. */
    private static final class WorkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient RuntimeException original;

        WorkFailure(RuntimeException original) {
            super(null, null, false, false);
            this.original = original;
        }
    }
}
