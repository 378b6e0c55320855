// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Ends an agreement at once, whatever its last day: nothing more is shared under it.
 *
 * @param agreementId     required
 * @param expectedVersion the version of the agreement the caller read
 */
public record EndSharingAgreement(@NotBlank String agreementId, @Positive long expectedVersion) {

    /** Ends the agreement as it was read. */
    public static EndSharingAgreement of(SharingAgreement agreement) {
        return new EndSharingAgreement(agreement.id(), agreement.version());
    }
}
