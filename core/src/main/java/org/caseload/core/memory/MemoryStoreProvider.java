// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

/**
 * A module's contribution of stores to {@link InMemoryStorage}. Found with
 * {@link java.util.ServiceLoader}: a module declares its provider in
 * {@code META-INF/services/org.caseload.core.memory.MemoryStoreProvider} (and with
 * {@code provides} in its module descriptor). Core contributes the stores of clients, casework,
 * sharing, audit and the outbox; {@code caseload-ticketing} those of tickets, the vendor's desk and
 * the support link; {@code caseload-help} those of help feedback.
 *
 * <p>A provider needs a public no-argument constructor and keeps no state of its own: each new
 * storage calls {@link #contribute} once, and the stores created there hold that storage's records.
 */
public interface MemoryStoreProvider {

    /** Creates this module's stores for one new storage and adds each to {@code stores}. */
    void contribute(MemoryStores stores);
}
