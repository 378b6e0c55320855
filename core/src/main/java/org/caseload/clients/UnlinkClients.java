// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Removes a link between two clients.
 *
 * @param linkId the link; required
 * @param reason why, for the audit trail; required, without personal data
 */
public record UnlinkClients(@NotBlank String linkId, @NotBlank @Size(max = 500) String reason) {
}
