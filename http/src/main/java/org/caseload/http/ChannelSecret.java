// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import java.util.Base64;
import java.util.Objects;
import org.caseload.spi.error.ConfigurationException;

/**
 * A credential as an organization holds it: the id the vendor issued and the secret, shown once at
 * issue. The organization keeps it where its host keeps secrets (a vault, a protected file), and
 * configures it with {@link ChannelCredentials#forOrganization}. Never printed.
 *
 * @param credentialId the credential's id
 * @param secret       the secret: 32 or more random bytes in base64url without padding
 */
public record ChannelSecret(String credentialId, String secret) {

    /** The fewest secret bytes accepted. */
    public static final int MIN_SECRET_BYTES = 32;

    /**
     * @throws ConfigurationException when either is blank or the secret is not base64url of at
     *         least {@value #MIN_SECRET_BYTES} bytes
     */
    public ChannelSecret {
        if (credentialId == null || credentialId.isBlank()) {
            throw new ConfigurationException("a channel secret needs its credential id");
        }
        Objects.requireNonNull(secret, "secret");
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(secret);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("the secret of credential " + credentialId
                    + " is not base64url (RFC 4648 section 5)");
        }
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new ConfigurationException("the secret of credential " + credentialId + " has " + bytes.length
                    + " bytes; at least " + MIN_SECRET_BYTES + " are required");
        }
    }

    /** The secret's bytes, the HMAC key. */
    byte[] key() {
        return Base64.getUrlDecoder().decode(secret);
    }

    @Override
    public String toString() {
        return "ChannelSecret[credentialId=" + credentialId + ", secret=(hidden)]";
    }
}
