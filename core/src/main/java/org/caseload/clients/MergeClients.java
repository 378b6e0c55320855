// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.caseload.core.internal.MultiLine;

/**
 * Merges one client into another: the source record's casework moves to the target.
 *
 * @param sourceClientId the client merged away; required
 * @param targetClientId the client kept; required, another client
 * @param reason         why, for the audit trail; required, without personal data
 */
public record MergeClients(@NotBlank String sourceClientId, @NotBlank String targetClientId,
        @MultiLine @NotBlank @Size(max = 500) String reason) {
}
