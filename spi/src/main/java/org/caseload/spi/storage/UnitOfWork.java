// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage;

/** Work done inside one transaction of a {@link Storage}. */
@FunctionalInterface
public interface UnitOfWork<T> {

    /** Does the work with the stores of {@code session}; throwing rolls everything back. */
    T run(StorageSession session);
}
