// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStore;
import org.caseload.spi.storage.UnitOfWork;

/**
 * A storage that can act, once, as if another node had just written: a look-up by idempotency key
 * misses a ticket another node stored meanwhile, or the ticket longest resolved changes right after
 * it was read. Everything else goes to the wrapped storage.
 */
final class InterferingStorage implements Storage {

    private final Storage storage;
    private final AtomicBoolean missNextLookUp = new AtomicBoolean();
    private final AtomicBoolean changeNextDueTicket = new AtomicBoolean();

    InterferingStorage(Storage storage) {
        this.storage = storage;
    }

    /** Makes the next look-up by idempotency key find nothing. */
    void missNextLookUp() {
        missNextLookUp.set(true);
    }

    /** Makes the next ticket found by status age change (get assigned) after it is read. */
    void changeNextDueTicket() {
        changeNextDueTicket.set(true);
    }

    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
        return storage.inTransaction(session -> work.run(proxy(StorageSession.class, session, (method, args) ->
                method.getName().equals("tickets") ? interfering(session.tickets()) : invoke(method, session, args))));
    }

    private TicketStore interfering(TicketStore tickets) {
        return proxy(TicketStore.class, tickets, (method, args) -> {
            if (method.getName().equals("findByIdempotencyKey") && missNextLookUp.compareAndSet(true, false)) {
                return Optional.empty();
            }
            Object result = invoke(method, tickets, args);
            if (method.getName().equals("findInStatusEnteredBy") && changeNextDueTicket.compareAndSet(true, false)) {
                @SuppressWarnings("unchecked")
                List<TicketRecord> due = (List<TicketRecord>) result;
                due.forEach(ticket -> tickets.update(ticket.withAssignee("u-other-node", Instant.EPOCH)));
            }
            return result;
        });
    }

    /** Calls through, rethrowing what the target threw. */
    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Handles one call on a proxy. */
    @FunctionalInterface
    private interface Call {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> call.handle(method, args);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
