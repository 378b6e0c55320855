// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.caseload.core.internal.MultiLine;

/**
 * Undoes a merge.
 *
 * @param mergeId the merge to undo; required
 * @param reason  why, for the audit trail; required, without personal data
 */
public record UnmergeClients(@NotBlank String mergeId, @MultiLine @NotBlank @Size(max = 500) String reason) {
}
