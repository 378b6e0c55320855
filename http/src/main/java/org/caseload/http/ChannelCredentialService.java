// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import java.util.List;

/**
 * The vendor's administration of the organizations' channel credentials (permission
 * {@code support.desk.credentials}). Every call is audited, never with a secret. Thread-safe.
 */
public interface ChannelCredentialService {

    /**
     * Issues a credential: a new 256-bit secret, sealed under the host's current key of purpose
     * {@code CHANNEL_SECRET_ENCRYPTION} and stored; the secret is returned this once.
     *
     * @throws org.caseload.spi.error.InvalidTransitionException when the organization already holds
     *         two active credentials
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk.credentials}
     */
    IssuedChannelCredential issue(IssueChannelCredential command);

    /**
     * The organization's credentials, active and revoked, oldest issued first; no secrets.
     *
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk.credentials}
     */
    List<ChannelCredential> list(String organizationId);

    /**
     * Revokes a credential at once.
     *
     * @return the revoked credential
     * @throws org.caseload.spi.error.NotFoundException when there is no such credential
     * @throws org.caseload.spi.error.InvalidTransitionException when it is already revoked
     * @throws org.caseload.spi.error.AccessDeniedException without {@code support.desk.credentials}
     */
    ChannelCredential revoke(RevokeChannelCredential command);
}
