// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

/**
 * The whole contract of {@link org.caseload.spi.storage.Storage}: every store, the unit of work and
 * its thread safety. A storage implementation's test class implements this interface and returns
 * the storage under test from {@link #storage()}:
 *
 * <pre>{@code
 * class H2StorageContractTest implements StorageContract {
 *     @Override
 *     public Storage storage() {
 *         return JdbcStorage.inMemory(UUID.randomUUID().toString());
 *     }
 * }
 * }</pre>
 *
 * <p>The tests use only the SPI, so they hold for every implementation alike. The contract is the
 * sum of one contract per module that contributes stores ({@link CoreStorageContract},
 * {@link TicketingStorageContract}, {@link HelpStorageContract}, and
 * {@link ChannelCredentialStoreContract} of {@code caseload-http}, {@link HmisRecordStoreContract} of
 * {@code caseload-hmis}); an in-memory storage runs each
 * in the module that contributes those stores, a database storage runs them all.
 */
public interface StorageContract extends CoreStorageContract, TicketingStorageContract, HelpStorageContract,
        HmisRecordStoreContract,
        ChannelCredentialStoreContract {
}
