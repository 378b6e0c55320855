// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import org.caseload.spi.error.ConcurrentModificationException;

/** The optimistic-locking check a change makes before it applies its rules to what it read. */
final class Versions {

    private Versions() {
    }

    /**
     * Refuses a change that names a version other than the stored one, so that rules are never
     * checked against a state the caller did not see. The store checks again when it writes.
     */
    static void require(String recordType, String id, long storedVersion, long expectedVersion) {
        if (storedVersion != expectedVersion) {
            throw new ConcurrentModificationException(recordType, id, expectedVersion);
        }
    }
}
