// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import java.time.Instant;
import java.util.Objects;

/**
 * Two clients known to be one person, kept as two records.
 *
 * @param id             the link id; required
 * @param organizationId the organization of the user who linked them; required
 * @param clientIdA      the client whose id sorts first; required
 * @param clientIdB      the other client; required, sorting after {@code clientIdA}
 * @param reason         why, as the user gave it; required
 * @param linkedBy       the user id; required
 * @param linkedAt       required
 */
public record ClientLinkRecord(String id, String organizationId, String clientIdA, String clientIdB, String reason,
        String linkedBy, Instant linkedAt) {
    public ClientLinkRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(clientIdA, "clientIdA");
        Objects.requireNonNull(clientIdB, "clientIdB");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(linkedBy, "linkedBy");
        Objects.requireNonNull(linkedAt, "linkedAt");
        if (clientIdA.compareTo(clientIdB) >= 0) {
            throw new IllegalArgumentException("link " + id + ": clientIdA must sort before clientIdB");
        }
    }
}
