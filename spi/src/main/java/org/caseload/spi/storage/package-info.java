// SPDX-License-Identifier: Apache-2.0
/**
 * Storage: the unit of work ({@link org.caseload.spi.storage.Storage#inTransaction}) and the stores
 * a {@link org.caseload.spi.storage.StorageSession} hands out, with the records they keep.
 *
 * <p>Rules shared by every store:
 * <ul>
 *   <li>A store is used only inside the unit of work that handed it out, on that unit's thread.</li>
 *   <li>Every mutable record carries a {@code version}. An update names the version it read; the
 *       store writes version + 1 or, when the stored version differs, throws
 *       {@link org.caseload.spi.error.ConcurrentModificationException} and writes nothing.</li>
 *   <li>A failure of the storage itself is a {@link org.caseload.spi.error.StorageException} with
 *       the storage's exception as its cause.</li>
 *   <li>Arguments are never null unless a parameter says so; records reject nulls where their
 *       documentation says a component is required.</li>
 * </ul>
 * The contract test kit ({@code caseload-tck}) checks all of this for an implementation.
 */
package org.caseload.spi.storage;
