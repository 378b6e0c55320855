// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Records that two clients are one person, keeping both records.
 *
 * @param clientIdA one client; required
 * @param clientIdB the other; required, another client
 * @param reason    why, for the audit trail; required, without personal data
 */
public record LinkClients(@NotBlank String clientIdA, @NotBlank String clientIdB,
        @NotBlank @Size(max = 500) String reason) {
}
