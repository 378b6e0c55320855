// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import java.time.Instant;

/**
 * A credential as the desk lists it, without its secret.
 *
 * @param id             the credential's id, sent with every request it signs
 * @param organizationId the organization it speaks for
 * @param issuedAt       when it was issued
 * @param firstUsedAt    when the organization first signed with it; null until then
 * @param revokedAt      when it was revoked; null while active
 */
public record ChannelCredential(String id, String organizationId, Instant issuedAt, Instant firstUsedAt,
                                Instant revokedAt) {

    /** Whether requests signed with it are accepted. */
    public boolean active() {
        return revokedAt == null;
    }
}
