// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Revokes a recorded decision at once: a revoked grant no longer lets the organization see the
 * client; a revoked refusal no longer stands in the way of a grant.
 *
 * @param consentId       required
 * @param expectedVersion the version of the decision the caller read
 */
public record RevokeConsent(@NotBlank String consentId, @Positive long expectedVersion) {

    /** Revokes the decision as it was read. */
    public static RevokeConsent of(Consent consent) {
        return new RevokeConsent(consent.id(), consent.version());
    }
}
