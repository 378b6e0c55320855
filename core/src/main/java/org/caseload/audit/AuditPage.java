// SPDX-License-Identifier: Apache-2.0
package org.caseload.audit;

import java.util.List;
import org.caseload.spi.storage.audit.AuditEntry;

/**
 * One page of audit entries, oldest first.
 *
 * @param entries       the entries
 * @param nextPageToken where the next page starts (pass it in {@link AuditSearch#pageToken()}); null
 *                      when this page is the last
 */
public record AuditPage(List<AuditEntry> entries, String nextPageToken) {
    public AuditPage {
        entries = List.copyOf(entries);
    }

    /** Whether another page follows. */
    public boolean hasNext() {
        return nextPageToken != null;
    }
}
