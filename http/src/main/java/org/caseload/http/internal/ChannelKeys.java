// SPDX-License-Identifier: Apache-2.0
package org.caseload.http.internal;

import java.util.Objects;
import java.util.Optional;

/** The secrets one side signs and verifies with: the desk's from its store, an organization's as configured. */
public interface ChannelKeys {

    /**
     * One credential's secret, opened.
     *
     * @param credentialId   the credential's id
     * @param organizationId the organization it speaks for
     * @param secret         the HMAC key
     */
    record Key(String credentialId, String organizationId, byte[] secret) {
        public Key {
            Objects.requireNonNull(credentialId, "credentialId");
            Objects.requireNonNull(organizationId, "organizationId");
            secret = secret.clone();
        }

        @Override
        public byte[] secret() {
            return secret.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && credentialId.equals(that.credentialId);
        }

        @Override
        public int hashCode() {
            return credentialId.hashCode();
        }

        @Override
        public String toString() {
            return "Key[credentialId=" + credentialId + ", organizationId=" + organizationId + "]";
        }
    }

    /** Whether these are the vendor desk's keys (else an organization's). */
    boolean desk();

    /** The active credential with this id, to verify a request it signed. */
    Optional<Key> forVerification(String credentialId);

    /**
     * The credential to sign a request to or from this organization with.
     *
     * @throws org.caseload.spi.support.PermanentDeliveryException when the organization has no
     *         active credential
     */
    Key forSigning(String organizationId);

    /** Notes that the other side signed a request with this credential. */
    void used(Key key);
}
