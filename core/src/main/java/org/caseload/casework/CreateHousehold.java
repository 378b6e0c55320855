// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;

/**
 * Creates a household in the caller's organization with one member, its head.
 *
 * @param headClientId the client who heads the household; required
 */
public record CreateHousehold(@NotBlank String headClientId) {
}
