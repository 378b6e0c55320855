// SPDX-License-Identifier: Apache-2.0
/**
 * Storage: the unit of work ({@link org.caseload.spi.storage.Storage#inTransaction}) and the stores
 * a {@link org.caseload.spi.storage.StorageSession} hands out, with the records they keep.
 *
 * <p>A session hands out its stores through one lookup,
 * {@link org.caseload.spi.storage.StorageSession#store(Class)}, by store interface: the same
 * instance for every call within a session, and a
 * {@link org.caseload.spi.error.ConfigurationException} naming the type (and the module that
 * provides it) when the storage has no such store. The named accessors ({@code clients()},
 * {@code tickets()}, ...) are shorthands for it. The store interfaces and their records live in one
 * package per domain ({@code clients}, {@code casework}, {@code sharing}, {@code audit},
 * {@code messaging}, {@code tickets}, {@code desk}, {@code help}). The in-memory storage gathers its
 * stores from the modules present (core, ticketing, help); {@code caseload-jdbc} has them all.
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
