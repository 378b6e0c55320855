// SPDX-License-Identifier: Apache-2.0
/**
 * The contract test kit: JUnit 5 test interfaces that every {@link org.caseload.spi.storage.Storage}
 * must pass, one per store ({@link org.caseload.tck.ClientStoreContract},
 * {@link org.caseload.tck.TicketStoreContract} with {@link org.caseload.tck.TicketQueryContract} and
 * {@link org.caseload.tck.TicketScreenshotContract}, {@link org.caseload.tck.TicketHistoryStoreContract},
 * {@link org.caseload.tck.AuditStoreContract}, {@link org.caseload.tck.OutboxStoreContract}), one for the unit of work
 * ({@link org.caseload.tck.TransactionContract}), one for reading units of work
 * ({@link org.caseload.tck.ReadingUnitContract}) and one for thread safety
 * ({@link org.caseload.tck.ConcurrencyContract}), gathered in
 * {@link org.caseload.tck.StorageContract}.
 *
 * <p>An implementation runs them by implementing the interface in a test class and returning the
 * storage under test. Each test calls {@code storage()} once; it may return a new empty storage
 * per call, or one that the implementation cleans between tests. Because every test writes
 * records under ids, organizations and topics of its own, tests also pass against a storage that
 * is shared and never cleaned.
 */
package org.caseload.tck;
