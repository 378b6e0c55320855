// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.audit;

import java.util.List;

/**
 * The audit log. Append-only by contract: there is no way to change or remove an entry, and an
 * implementation must not offer one.
 */
public interface AuditStore {

    /**
     * Appends an entry.
     *
     * @throws org.caseload.spi.error.StorageException when an entry with this id exists
     */
    void append(AuditEntry entry);

    /** The entries the query selects, oldest first. */
    List<AuditEntry> find(AuditQuery query);
}
