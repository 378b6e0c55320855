// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * A credential the vendor issued to an organization: the secret both sides sign their requests
 * with, kept only sealed (encrypted and authenticated under a key of the host's
 * {@link org.caseload.spi.security.KeyProvider}, never in clear).
 *
 * @param id             the credential's id, sent with every signed request; unique
 * @param organizationId the organization the credential speaks for
 * @param keyId          the id of the host's key the secret is sealed under
 * @param sealedSecret   the sealed secret, as text (base64)
 * @param issuedAt       when it was issued
 * @param firstUsedAt    when the organization first signed a request with it; null until then
 * @param revokedAt      when it was revoked; null while active
 * @param version        the stored version, for optimistic locking; 0 before the first insert
 */
public record ChannelCredentialRecord(String id, String organizationId, String keyId, String sealedSecret,
                                      Instant issuedAt, Instant firstUsedAt, Instant revokedAt, long version) {

    public ChannelCredentialRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(sealedSecret, "sealedSecret");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** Whether it still signs and verifies requests. */
    public boolean active() {
        return revokedAt == null;
    }

    /** This credential, first used at {@code at}. */
    public ChannelCredentialRecord withFirstUse(Instant at) {
        return new ChannelCredentialRecord(id, organizationId, keyId, sealedSecret, issuedAt, at, revokedAt, version);
    }

    /** This credential, revoked at {@code at}. */
    public ChannelCredentialRecord withRevocation(Instant at) {
        return new ChannelCredentialRecord(id, organizationId, keyId, sealedSecret, issuedAt, firstUsedAt, at, version);
    }

    /** This credential with another stored version. */
    public ChannelCredentialRecord withVersion(long newVersion) {
        return new ChannelCredentialRecord(id, organizationId, keyId, sealedSecret, issuedAt, firstUsedAt, revokedAt,
                newVersion);
    }
}
